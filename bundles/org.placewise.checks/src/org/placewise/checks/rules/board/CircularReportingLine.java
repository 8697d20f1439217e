package org.placewise.checks.rules.board;

import java.util.ArrayList;
import java.util.List;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Dependency;
import org.placewise.checks.ObjectPaths;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.GovernancePackage;

/** A board whose reporting line leads back to itself. */
public final class CircularReportingLine extends CheckRule<Board> {

	public CircularReportingLine() {
		super(Board.class, GovernancePackage.Literals.BOARD, "board.circular-reporting-line", Severity.ERROR,
				"Board reporting line goes round in a circle",
				"Each board reports to one above it, up to a statutory board that holds the accountability (King's Fund, "
						+ "place-based systems of care: partner boards keep their statutory accountability); a reporting "
						+ "line that comes back to where it started has no top, so nothing is ever escalated.");
	}

	@Override
	public void check(Board board, CheckContext context) {
		List<Board> line = new ArrayList<>();
		for (Board b = board.getReportsTo(); b != null && !line.contains(b); b = b.getReportsTo()) {
			line.add(b);
			if (b == board) {
				context.report(board, String.format("Board %s reports to itself through %s",
						Figures.quoted(board), String.join(" \u2192 ", line.stream().map(ObjectPaths::name).toList())),
						line.toArray(new Board[0]));
				return;
			}
		}
	}

	@Override
	public List<Dependency> dependencies() {
		return List.of(
				Dependency.everywhere(GovernancePackage.Literals.BOARD__REPORTS_TO, GovernancePackage.Literals.BOARD));
	}
}
