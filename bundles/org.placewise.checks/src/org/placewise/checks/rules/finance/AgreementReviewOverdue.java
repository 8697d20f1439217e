package org.placewise.checks.rules.finance;

import java.util.Optional;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.QuickFix;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.checks.rules.ReviewDateFix;
import org.placewise.model.finance.Agreement;
import org.placewise.model.finance.FinancePackage;

/** An agreement (section 75, benefit share, partnership) whose review date has passed. */
public final class AgreementReviewOverdue extends CheckRule<Agreement> {

	public AgreementReviewOverdue() {
		super(Agreement.class, FinancePackage.Literals.AGREEMENT, "finance.agreement-review-overdue", Severity.WARNING,
				"Agreement overdue for review",
				"Section 75 and other partnership agreements are reviewed on the schedule they set, so that "
						+ "contributions, hosting and risk share still match what partners do (general NHS governance "
						+ "practice).");
	}

	@Override
	public void check(Agreement agreement, CheckContext context) {
		if (agreement.getReviewDate() != null && agreement.getReviewDate().isBefore(context.asOf())) {
			context.report(agreement, String.format("Agreement %s was due for review on %s (as of %s)",
					Figures.quoted(agreement), Figures.date(agreement.getReviewDate()), Figures.date(context.asOf())));
		}
	}

	@Override
	public Optional<QuickFix<Agreement>> quickFix() {
		return Optional.of(new ReviewDateFix<>(a -> a, FinancePackage.Literals.AGREEMENT__REVIEW_DATE));
	}
}
