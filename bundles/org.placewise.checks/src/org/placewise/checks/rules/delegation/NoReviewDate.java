package org.placewise.checks.rules.delegation;

import java.util.Optional;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.QuickFix;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.checks.rules.ReviewDateFix;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.GovernancePackage;

/** A delegation with no review date. */
public final class NoReviewDate extends CheckRule<Delegation> {

	public NoReviewDate() {
		super(Delegation.class, GovernancePackage.Literals.DELEGATION, "delegation.no-review-date", Severity.WARNING,
				"Delegation with no review date",
				"Every entry in a scheme of delegation is reviewed on a set date so that limits, scope and "
						+ "reserved matters keep up with the partnership (general NHS governance practice); a delegation "
						+ "with none stays in force unexamined.");
	}

	@Override
	public void check(Delegation delegation, CheckContext context) {
		if (delegation.getReviewDate() == null) {
			context.report(delegation, String.format("Delegation %s has no review date", Figures.quoted(delegation)));
		}
	}

	@Override
	public Optional<QuickFix<Delegation>> quickFix() {
		return Optional.of(new ReviewDateFix<>(d -> d, GovernancePackage.Literals.DELEGATION__REVIEW_DATE));
	}
}
