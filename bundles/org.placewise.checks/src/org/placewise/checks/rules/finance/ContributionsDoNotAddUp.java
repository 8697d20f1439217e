package org.placewise.checks.rules.finance;

import java.math.BigDecimal;
import java.util.List;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Dependency;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.finance.Contribution;
import org.placewise.model.finance.FinancePackage;
import org.placewise.model.finance.PooledBudget;

/** Partner contributions that do not add up to the pooled budget's stated total. */
public final class ContributionsDoNotAddUp extends CheckRule<PooledBudget> {

	public ContributionsDoNotAddUp() {
		super(PooledBudget.class, FinancePackage.Literals.POOLED_BUDGET, "finance.contributions-do-not-add-up",
				Severity.WARNING, "Contributions do not add up to the pooled budget",
				"A pool is what its partners put in; when the contributions recorded differ from the stated total, "
						+ "either a contribution is missing or wrong or the total is, and the risk share built on the "
						+ "contributions is wrong too (HFMA roundtable on ICS finance: pooled budgets and risk share).");
	}

	@Override
	public void check(PooledBudget budget, CheckContext context) {
		if (budget.getTotalAmount() == null || budget.getContributions().isEmpty()
				|| budget.getContributions().stream().anyMatch(c -> c.getAmount() == null)) {
			return; // finance.contribution-no-amount reports the gaps first
		}
		BigDecimal sum = budget.getContributions().stream().map(Contribution::getAmount).reduce(BigDecimal.ZERO,
				BigDecimal::add);
		if (sum.compareTo(budget.getTotalAmount()) != 0) {
			context.report(budget, String.format("The %s to pooled budget %s add up to %s but its total is %s",
					Figures.many(budget.getContributions().size(), "contribution"), Figures.quoted(budget),
					Figures.money(sum), Figures.money(budget.getTotalAmount())));
		}
	}

	@Override
	public List<Dependency> dependencies() {
		return List.of(Dependency.onOne(FinancePackage.Literals.CONTRIBUTION__AMOUNT, Contribution::getBudget));
	}
}
