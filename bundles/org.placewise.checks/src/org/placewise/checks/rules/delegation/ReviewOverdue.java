package org.placewise.checks.rules.delegation;

import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.QuickFix;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.checks.rules.ReviewDateFix;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.GovernancePackage;

/** A delegation whose review date has passed. */
public final class ReviewOverdue extends CheckRule<Delegation> {

	public ReviewOverdue() {
		super(Delegation.class, GovernancePackage.Literals.DELEGATION, "delegation.review-overdue", Severity.WARNING,
				"Delegation overdue for review",
				"A delegation past its review date is still exercised but no longer confirmed by the delegator; "
						+ "governance professionals keep the scheme of reservation and delegation under scheduled review "
						+ "(general NHS governance practice).");
	}

	@Override
	public void check(Delegation delegation, CheckContext context) {
		if (delegation.getReviewDate() != null && delegation.getReviewDate().isBefore(context.asOf())) {
			long days = ChronoUnit.DAYS.between(delegation.getReviewDate(), context.asOf());
			context.report(delegation, String.format("Delegation %s was due for review on %s, %s before %s",
					Figures.quoted(delegation), Figures.date(delegation.getReviewDate()), Figures.many(days, "day"),
					Figures.date(context.asOf())));
		}
	}

	@Override
	public Optional<QuickFix<Delegation>> quickFix() {
		return Optional.of(new ReviewDateFix<>(d -> d, GovernancePackage.Literals.DELEGATION__REVIEW_DATE));
	}
}
