package org.placewise.checks.rules.finance;

import java.util.List;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Dependency;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.finance.FinancePackage;
import org.placewise.model.finance.PooledBudget;
import org.placewise.model.finance.RiskShare;
import org.placewise.model.finance.RiskShareBasis;

/** A pooled budget with no agreed way of sharing over- and underspends. */
public final class PooledBudgetNoRiskShare extends CheckRule<PooledBudget> {

	public PooledBudgetNoRiskShare() {
		super(PooledBudget.class, FinancePackage.Literals.POOLED_BUDGET, "finance.pooled-budget-no-risk-share",
				Severity.WARNING, "Pooled budget with no risk share",
				"Who bears an overspend is the first question a pool meets; partners agree a risk-share arrangement "
						+ "(in proportion to contributions, agreed shares, host bears risk, capped) when they pool (HFMA "
						+ "roundtable on ICS finance: Tameside's pooled budget and risk share).");
	}

	@Override
	public void check(PooledBudget budget, CheckContext context) {
		RiskShare share = budget.getRiskShare();
		if (share == null || share.getBasis() == RiskShareBasis.NOT_STATED) {
			context.report(budget,
					String.format("Pooled budget %s has no risk-share arrangement%s", Figures.quoted(budget),
							share == null ? "" : " basis stated"));
		}
	}

	@Override
	public List<Dependency> dependencies() {
		return List.of(Dependency.onOne(FinancePackage.Literals.RISK_SHARE__BASIS,
				(RiskShare r) -> r.eContainer() instanceof PooledBudget b ? b : null));
	}
}
