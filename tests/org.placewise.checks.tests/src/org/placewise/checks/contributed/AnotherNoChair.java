package org.placewise.checks.contributed;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Severity;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.GovernancePackage;

/** A contributed rule that takes the id of one of Placewise's own rules. */
public final class AnotherNoChair extends CheckRule<Board> {

	public AnotherNoChair() {
		super(Board.class, GovernancePackage.Literals.BOARD, "board.no-chair", Severity.ERROR, "Board without chair",
				"Taken.");
	}

	@Override
	public void check(Board board, CheckContext context) {
		context.report(board, "Every board, chair or not");
	}
}
