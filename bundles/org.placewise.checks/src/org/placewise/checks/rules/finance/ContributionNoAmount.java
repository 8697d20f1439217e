package org.placewise.checks.rules.finance;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.finance.Contribution;
import org.placewise.model.finance.FinancePackage;

/** A contribution to a pooled budget with no amount. */
public final class ContributionNoAmount extends CheckRule<Contribution> {

	public ContributionNoAmount() {
		super(Contribution.class, FinancePackage.Literals.CONTRIBUTION, "finance.contribution-no-amount",
				Severity.WARNING,
				"Contribution with no amount",
				"Each partner's contribution is what its share of the risk and its say over the pool rest on (HFMA "
						+ "roundtable on ICS finance: contributions per partner, risk share); a contribution without an "
						+ "amount leaves both open.");
	}

	@Override
	public void check(Contribution contribution, CheckContext context) {
		if (contribution.getAmount() == null) {
			context.report(contribution, String.format("Contribution of %s to pooled budget %s has no amount",
					Figures.quoted(contribution.getContributor()), Figures.quoted(contribution.getBudget())),
					contribution.getBudget());
		}
	}
}
