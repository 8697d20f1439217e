package org.placewise.checks.rules.finance;

import java.util.List;
import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Dependency;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.finance.FinancePackage;
import org.placewise.model.finance.PooledBudget;

/** A pooled budget hosted by an organisation that is not party to its agreement. */
public final class PooledBudgetHostNotParty extends CheckRule<PooledBudget> {

	public PooledBudgetHostNotParty() {
		super(PooledBudget.class, FinancePackage.Literals.POOLED_BUDGET, "finance.pooled-budget-host-not-party",
				Severity.ERROR, "Pooled budget hosted by an organisation not party to its agreement",
				"The host of a pooled fund holds and accounts for the partners' money under the agreement that set it "
						+ "up (NHS Bodies and Local Authorities Partnership Arrangements Regulations 2000). A host that is "
						+ "not a party to that agreement has no duty to the partners under it.");
	}

	@Override
	public void check(PooledBudget budget, CheckContext context) {
		if (budget.getHost() != null && budget.getAgreement() != null
				&& !budget.getAgreement().getParties().isEmpty()
				&& !budget.getAgreement().getParties().contains(budget.getHost())) {
			context.report(budget, String.format("Pooled budget %s is hosted by %s, which is not party to %s",
					Figures.quoted(budget), Figures.quoted(budget.getHost()), Figures.quoted(budget.getAgreement())),
					budget.getHost(), budget.getAgreement());
		}
	}

	@Override
	public List<Dependency> dependencies() {
		return List.of(Dependency.everywhere(FinancePackage.Literals.AGREEMENT__PARTIES,
				FinancePackage.Literals.POOLED_BUDGET));
	}
}
