package org.placewise.checks.rules.board;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.GovernancePackage;

/** A quorum larger than the board's membership: it can never be met. */
public final class QuorumAboveMembership extends CheckRule<Board> {

	public QuorumAboveMembership() {
		super(Board.class, GovernancePackage.Literals.BOARD, "board.quorum-above-membership", Severity.ERROR,
				"Quorum larger than the membership",
				"A quorum above the number of members can never be met, so no decision the board takes is valid "
						+ "(general NHS governance practice; standing orders and terms of reference).");
	}

	@Override
	public void check(Board board, CheckContext context) {
		int members = board.getMemberships().size();
		if (board.getQuorum() != null && members > 0 && board.getQuorum() > members) {
			context.report(board, String.format("Board %s has a quorum of %s but only %s", Figures.quoted(board),
					Figures.count(board.getQuorum()), Figures.many(members, "member")));
		}
	}
}
