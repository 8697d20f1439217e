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

/** Terms of reference with no date for their next review. */
public final class TermsOfReferenceNoReviewDate extends CheckRule<TermsOfReference> {

	public TermsOfReferenceNoReviewDate() {
		super(TermsOfReference.class, GovernancePackage.Literals.TERMS_OF_REFERENCE,
				"board.terms-of-reference-no-review-date", Severity.INFO, "Terms of reference with no review date",
				"Terms of reference without a review date are never reviewed; general NHS governance practice "
						+ "expects arrangements to be revisited as partners and delegations change.");
	}

	@Override
	public void check(TermsOfReference terms, CheckContext context) {
		if (terms.getReviewDate() == null) {
			context.report(terms,
					String.format("Terms of reference of %s have no review date", Figures.quoted(terms.eContainer())),
					terms.eContainer());
		}
	}

	@Override
	public Optional<QuickFix<TermsOfReference>> quickFix() {
		return Optional.of(new ReviewDateFix<>(t -> t, GovernancePackage.Literals.TERMS_OF_REFERENCE__REVIEW_DATE));
	}
}
