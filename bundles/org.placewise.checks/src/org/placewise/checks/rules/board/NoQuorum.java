package org.placewise.checks.rules.board;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.GovernancePackage;

/** A board or committee with no quorum stated. */
public final class NoQuorum extends CheckRule<Board> {

	public NoQuorum() {
		super(Board.class, GovernancePackage.Literals.BOARD, "board.no-quorum", Severity.WARNING,
				"Board or committee with no quorum",
				"A quorum says how many members must be present for a decision to be valid; without one any "
						+ "decision can be challenged (general NHS governance practice; standing orders and terms of "
						+ "reference).");
	}

	@Override
	public void check(Board board, CheckContext context) {
		if (board.getQuorum() == null) {
			context.report(board, String.format("Board %s has no quorum stated", Figures.quoted(board)));
		}
	}
}
