package org.placewise.checks.rules.board;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.GovernancePackage;

/** A board or committee with no chair recorded. */
public final class NoChair extends CheckRule<Board> {

	public NoChair() {
		super(Board.class, GovernancePackage.Literals.BOARD, "board.no-chair", Severity.WARNING,
				"Board or committee with no chair",
				"The chair runs the meeting, holds the board to its terms of reference and signs off its "
						+ "decisions; every board and committee needs one (general NHS governance practice).");
	}

	@Override
	public void check(Board board, CheckContext context) {
		if (board.getChair() == null) {
			context.report(board, String.format("Board %s has no chair", Figures.quoted(board)));
		}
	}
}
