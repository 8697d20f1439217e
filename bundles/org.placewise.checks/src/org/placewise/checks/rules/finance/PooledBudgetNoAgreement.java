package org.placewise.checks.rules.finance;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.finance.FinancePackage;
import org.placewise.model.finance.PooledBudget;

/** A pooled budget with no agreement establishing it. */
public final class PooledBudgetNoAgreement extends CheckRule<PooledBudget> {

	public PooledBudgetNoAgreement() {
		super(PooledBudget.class, FinancePackage.Literals.POOLED_BUDGET, "finance.pooled-budget-no-agreement",
				Severity.ERROR,
				"Pooled budget with no agreement",
				"NHS bodies and councils may only pool money under a formal agreement, usually a section 75 agreement "
						+ "of the NHS Act 2006 (HFMA roundtable on ICS finance: Tameside's pooled budget; Integration at "
						+ "place toolkit); without one the pool has no lawful basis, host or risk share.");
	}

	@Override
	public void check(PooledBudget budget, CheckContext context) {
		if (budget.getAgreement() == null) {
			context.report(budget, String.format("Pooled budget %s%s has no agreement (such as a section 75 agreement) "
					+ "establishing it", Figures.quoted(budget),
					budget.getTotalAmount() == null ? "" : " of " + Figures.money(budget.getTotalAmount())));
		}
	}
}
