package org.placewise.checks.rules.finance;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.finance.FinancePackage;
import org.placewise.model.finance.PooledBudget;

/** A pooled budget with no host organisation. */
public final class PooledBudgetNoHost extends CheckRule<PooledBudget> {

	public PooledBudgetNoHost() {
		super(PooledBudget.class, FinancePackage.Literals.POOLED_BUDGET, "finance.pooled-budget-no-host",
				Severity.WARNING,
				"Pooled budget with no host",
				"A pool is held in one partner's accounts, and that host's finance officer (for a council, the section "
						+ "151 officer) answers for it (HFMA roundtable on ICS finance: different governance regimes); a pool "
						+ "with no host has no one accounting for it.");
	}

	@Override
	public void check(PooledBudget budget, CheckContext context) {
		if (budget.getHost() == null) {
			context.report(budget, String.format("Pooled budget %s has no host organisation", Figures.quoted(budget)));
		}
	}
}
