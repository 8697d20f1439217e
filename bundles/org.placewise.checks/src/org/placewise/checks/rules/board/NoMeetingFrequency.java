package org.placewise.checks.rules.board;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.core.Frequency;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.GovernancePackage;

/** A board or committee with no meeting frequency stated. */
public final class NoMeetingFrequency extends CheckRule<Board> {

	public NoMeetingFrequency() {
		super(Board.class, GovernancePackage.Literals.BOARD, "board.no-meeting-frequency", Severity.INFO,
				"Board or committee with no meeting frequency",
				"How often a board meets decides how fast escalations are heard and how current the reports it "
						+ "reads are; terms of reference state it (general NHS governance practice).");
	}

	@Override
	public void check(Board board, CheckContext context) {
		if (board.getMeetingFrequency() == Frequency.NOT_STATED) {
			context.report(board, String.format("Board %s has no meeting frequency stated", Figures.quoted(board)));
		}
	}
}
