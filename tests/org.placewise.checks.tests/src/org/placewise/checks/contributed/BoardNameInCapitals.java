package org.placewise.checks.contributed;

import java.util.Locale;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Severity;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.GovernancePackage;

/**
 * A rule as another bundle would contribute it (declared in resources/contributions/*.xml, never in this fragment's own
 * plugin.xml, so the catalogue every other test sees stays Placewise's).
 */
public final class BoardNameInCapitals extends CheckRule<Board> {

	public BoardNameInCapitals() {
		super(Board.class, GovernancePackage.Literals.BOARD, "board.name-in-capitals", Severity.INFO,
				"Board name written in capitals", "Papers read better when names are written as people say them.");
	}

	@Override
	public void check(Board board, CheckContext context) {
		String name = board.getName();
		if (name != null && name.equals(name.toUpperCase(Locale.UK)) && !name.equals(name.toLowerCase(Locale.UK))) {
			context.report(board, "Board '" + name + "' is named in capitals");
		}
	}
}
