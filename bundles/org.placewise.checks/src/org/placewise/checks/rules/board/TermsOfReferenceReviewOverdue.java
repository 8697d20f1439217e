package org.placewise.checks.rules.board;

import java.util.Optional;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.QuickFix;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.checks.rules.ReviewDateFix;
import org.placewise.model.governance.GovernancePackage;
import org.placewise.model.governance.TermsOfReference;

/** Terms of reference whose review date has passed. */
public final class TermsOfReferenceReviewOverdue extends CheckRule<TermsOfReference> {

	public TermsOfReferenceReviewOverdue() {
		super(TermsOfReference.class, GovernancePackage.Literals.TERMS_OF_REFERENCE,
				"board.terms-of-reference-review-overdue", Severity.WARNING, "Terms of reference overdue for review",
				"Place arrangements evolve quickly (new delegations, new partners, new statutory duties); terms of "
						+ "reference are reviewed on a fixed cycle, usually yearly, so that the board still has the remit "
						+ "and membership it acts on (HFMA roundtables on ICS governance; Integration at place toolkit).");
	}

	@Override
	public void check(TermsOfReference terms, CheckContext context) {
		if (terms.getReviewDate() != null && terms.getReviewDate().isBefore(context.asOf())) {
			context.report(terms, String.format("Terms of reference of %s were due for review on %s (as of %s)",
					Figures.quoted(terms.eContainer()), Figures.date(terms.getReviewDate()),
					Figures.date(context.asOf())),
					terms.eContainer());
		}
	}

	@Override
	public Optional<QuickFix<TermsOfReference>> quickFix() {
		return Optional.of(new ReviewDateFix<>(t -> t, GovernancePackage.Literals.TERMS_OF_REFERENCE__REVIEW_DATE));
	}
}
