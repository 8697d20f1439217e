package org.placewise.checks.rules.finance;

import java.util.List;
import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Dependency;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.finance.AgreementKind;
import org.placewise.model.finance.FinancePackage;
import org.placewise.model.finance.PooledBudget;

/** A pooled budget whose agreement is not a section 75 agreement. */
public final class PooledBudgetNotSection75 extends CheckRule<PooledBudget> {

	public PooledBudgetNotSection75() {
		super(PooledBudget.class, FinancePackage.Literals.POOLED_BUDGET, "finance.pooled-budget-not-section-75",
				Severity.ERROR, "Pooled budget under an agreement that is not a section 75 agreement",
				"NHS bodies and local authorities pool money under section 75 of the NHS Act 2006 and the NHS Bodies and "
						+ "Local Authorities Partnership Arrangements Regulations 2000. A memorandum of understanding, "
						+ "partnership agreement or contract does not let them put money into one fund, so a pool "
						+ "resting on one has no lawful basis.");
	}

	@Override
	public void check(PooledBudget budget, CheckContext context) {
		if (budget.getAgreement() != null && budget.getAgreement().getKind() != AgreementKind.SECTION_75) {
			context.report(budget, String.format("Pooled budget %s rests on %s, a %s, not a section 75 agreement",
					Figures.quoted(budget), Figures.quoted(budget.getAgreement()),
					PlacewiseLabels.literalInSentence(budget.getAgreement().getKind())), budget.getAgreement());
		}
	}

	@Override
	public List<Dependency> dependencies() {
		return List.of(Dependency.everywhere(FinancePackage.Literals.AGREEMENT__KIND,
				FinancePackage.Literals.POOLED_BUDGET));
	}
}
