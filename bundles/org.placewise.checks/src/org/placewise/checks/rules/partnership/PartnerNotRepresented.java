package org.placewise.checks.rules.partnership;

import java.util.List;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Dependency;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.GovernancePackage;
import org.placewise.model.governance.Membership;
import org.placewise.model.governance.Partnership;
import org.placewise.model.organisation.Organisation;
import org.placewise.model.query.Organisations;

/** A partner organisation with no seat on its partnership's board. */
public final class PartnerNotRepresented extends CheckRule<Partnership> {

	public PartnerNotRepresented() {
		super(Partnership.class, GovernancePackage.Literals.PARTNERSHIP, "partnership.partner-not-represented",
				Severity.WARNING, "Partner organisation not represented on the partnership board",
				"Every partner in scope should be represented where the partnership decides (Integration at place "
						+ "toolkit, NHS Providers 2022: be clear who needs to be in the room); a partner without a seat "
						+ "is bound by decisions it had no part in and keeps its own accountability regardless.");
	}

	@Override
	public void check(Partnership partnership, CheckContext context) {
		Board board = partnership.getBoard();
		if (board == null || board.getMemberships().isEmpty()) {
			return; // partnership.no-board, or the membership is simply not recorded yet
		}
		for (Organisation partner : partnership.getPartners()) {
			if (!Organisations.isRepresented(board, partner)) {
				context.report(partnership,
						String.format("Partner %s of partnership %s has no seat on its board %s (%s)",
								Figures.quoted(partner), Figures.quoted(partnership), Figures.quoted(board),
								Figures.many(board.getMemberships().size(), "member")),
						partner, board);
			}
		}
	}

	@Override
	public List<Dependency> dependencies() {
		return List.of(
				Dependency.onOne(GovernancePackage.Literals.BOARD__MEMBERSHIPS, Board::getPartnership),
				Dependency.onOne(GovernancePackage.Literals.MEMBERSHIP__REPRESENTS,
						(Membership m) -> m.getBoard() == null ? null : m.getBoard().getPartnership()));
	}
}
