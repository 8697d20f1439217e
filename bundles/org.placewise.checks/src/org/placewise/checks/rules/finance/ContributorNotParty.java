package org.placewise.checks.rules.finance;

import java.util.List;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Dependency;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.finance.Agreement;
import org.placewise.model.finance.Contribution;
import org.placewise.model.finance.FinancePackage;
import org.placewise.model.finance.PooledBudget;

/** A partner contributing to a pool whose agreement it is not party to. */
public final class ContributorNotParty extends CheckRule<Contribution> {

	public ContributorNotParty() {
		super(Contribution.class, FinancePackage.Literals.CONTRIBUTION, "finance.contributor-not-party",
				Severity.WARNING,
				"Contributor is not party to the pooled budget's agreement",
				"Money goes into a pool only under the agreement that establishes it (a section 75 agreement is signed "
						+ "by every contributing body: HFMA roundtable on ICS finance); a contributor that is not a party "
						+ "has no agreed rights or obligations over the pool.");
	}

	@Override
	public void check(Contribution contribution, CheckContext context) {
		PooledBudget budget = contribution.getBudget();
		Agreement agreement = budget == null ? null : budget.getAgreement();
		if (agreement == null || contribution.getContributor() == null) {
			return;
		}
		if (!agreement.getParties().contains(contribution.getContributor())) {
			context.report(contribution,
					String.format("%s contributes to pooled budget %s but is not a party to its agreement %s",
							Figures.quoted(contribution.getContributor()), Figures.quoted(budget),
							Figures.quoted(agreement)),
					contribution.getContributor(), agreement);
		}
	}

	@Override
	public List<Dependency> dependencies() {
		return List.of(
				Dependency.everywhere(FinancePackage.Literals.AGREEMENT__PARTIES, FinancePackage.Literals.CONTRIBUTION),
				Dependency.on(FinancePackage.Literals.POOLED_BUDGET__AGREEMENT,
						(PooledBudget b) -> b.getContributions()));
	}
}
