package org.placewise.checks.rules.board;

import java.util.List;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.RuleParameter;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.GovernancePackage;

/** A board or committee so large that responsibility is diluted. */
public final class TooManyMembers extends CheckRule<Board> {

	public TooManyMembers() {
		super(Board.class, GovernancePackage.Literals.BOARD, "board.too-many-members", Severity.WARNING,
				"Board or committee with too many members",
				"Oversight groups built so that every function of every partner is represented grow to 20 or more "
						+ "participants, where responsibility becomes diluted and decision-making is slowed (Integration at "
						+ "place toolkit, NHS Providers 2022): be clear who needs to be in the room.");
	}

	@Override
	public List<RuleParameter> parameters() {
		return List.of(new RuleParameter("max", 20, "the most members a board may have before it is reported"));
	}

	@Override
	public void check(Board board, CheckContext context) {
		int max = context.parameter("max");
		int members = board.getMemberships().size();
		if (members > max) {
			context.report(board, String.format("Board %s has %s, more than %s", Figures.quoted(board),
					Figures.many(members, "member"), Figures.count(max)));
		}
	}
}
