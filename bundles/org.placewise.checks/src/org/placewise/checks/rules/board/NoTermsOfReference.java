package org.placewise.checks.rules.board;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.QuickFix;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.GovernanceFactory;
import org.placewise.model.governance.GovernancePackage;
import org.placewise.model.governance.TermsOfReference;

/** A board or committee with no terms of reference. */
public final class NoTermsOfReference extends CheckRule<Board> {

	public NoTermsOfReference() {
		super(Board.class, GovernancePackage.Literals.BOARD, "board.no-terms-of-reference", Severity.WARNING,
				"Board or committee with no terms of reference",
				"Terms of reference say what a board is for, who sits on it, its quorum and what it may decide; "
						+ "without them partners cannot tell which decisions are valid (general NHS governance practice).");
	}

	@Override
	public void check(Board board, CheckContext context) {
		if (board.getTermsOfReference() == null) {
			context.report(board, String.format("Board %s has no terms of reference", Figures.quoted(board)));
		}
	}

	@Override
	public Optional<QuickFix<Board>> quickFix() {
		return Optional.of(new QuickFix<>() {
			@Override
			public String label() {
				return "Add terms of reference to be drafted, due for review a year after the as-of date";
			}

			@Override
			public Command createCommand(EditingDomain domain, Board board, CheckContext context) {
				TermsOfReference stub = GovernanceFactory.eINSTANCE.createTermsOfReference();
				stub.setName("Terms of reference (draft)");
				stub.setPurpose("To be drafted: purpose, membership, quorum, decisions delegated and reporting line.");
				stub.setReviewDate(context.asOf().plusYears(1));
				return SetCommand.create(domain, board, GovernancePackage.Literals.BOARD__TERMS_OF_REFERENCE, stub);
			}
		});
	}
}
