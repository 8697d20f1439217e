package org.placewise.checks.rules.finance;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.finance.FinancePackage;
import org.placewise.model.finance.InvestmentBenefitFlow;

/** Money invested in one organisation for a benefit that lands in another, with no agreement. */
public final class InvestmentFlowNoAgreement extends CheckRule<InvestmentBenefitFlow> {

	public InvestmentFlowNoAgreement() {
		super(InvestmentBenefitFlow.class, FinancePackage.Literals.INVESTMENT_BENEFIT_FLOW,
				"finance.investment-flow-no-agreement", Severity.WARNING,
				"Cross-organisation investment with no benefit-share agreement",
				"When one organisation invests and another gets the saving (Birmingham: about £2m in community services "
						+ "saves the council about £10m), the investor needs an explicit investment and benefit-share "
						+ "agreement or the investment will not survive the next budget round (HFMA roundtable on ICS "
						+ "finance; Integration at place toolkit).");
	}

	@Override
	public void check(InvestmentBenefitFlow flow, CheckContext context) {
		if (flow.getAgreement() != null || flow.getBeneficiary() == null) {
			return;
		}
		boolean crossesOrganisations = flow.getInvestedIn() != flow.getBeneficiary()
				|| flow.getInvestor() != null && flow.getInvestor() != flow.getBeneficiary();
		if (crossesOrganisations) {
			context.report(flow, String.format("Investment %s%s in %s benefits %s%s, but there is no investment and "
					+ "benefit-share agreement", Figures.quoted(flow),
					flow.getInvestmentAmount() == null ? "" : " of " + Figures.money(flow.getInvestmentAmount()),
					Figures.quoted(flow.getInvestedIn()), Figures.quoted(flow.getBeneficiary()),
					flow.getExpectedBenefit() == null ? "" : " by " + Figures.money(flow.getExpectedBenefit())),
					flow.getInvestedIn(), flow.getBeneficiary());
		}
	}
}
