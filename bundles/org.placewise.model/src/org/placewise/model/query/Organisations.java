package org.placewise.model.query;

import java.util.Optional;

import org.placewise.model.governance.Board;
import org.placewise.model.governance.Membership;
import org.placewise.model.organisation.Organisation;
import org.placewise.model.organisation.Role;
import org.placewise.model.organisation.RoleKind;

/**
 * Values derived from organisations, roles and boards.
 */
public final class Organisations {

	private Organisations() {
	}

	/**
	 * @param organisation an organisation (usually a local authority)
	 * @return its section 151 (chief finance) officer role, if recorded
	 */
	public static Optional<Role> section151Officer(Organisation organisation) {
		return organisation.getRoles().stream().filter(r -> r.getKind() == RoleKind.SECTION_151_OFFICER).findFirst();
	}

	/**
	 * @param board a board or committee
	 * @return how many of its members have a vote
	 */
	public static int votingMembers(Board board) {
		return (int) board.getMemberships().stream().filter(Membership::isVoting).count();
	}

	/**
	 * Whether an organisation has a seat on a board (as the organisation a member represents).
	 *
	 * @param board        the board
	 * @param organisation the organisation
	 * @return true when some member represents the organisation
	 */
	public static boolean isRepresented(Board board, Organisation organisation) {
		return board.getMemberships().stream().anyMatch(m -> m.getRepresents() == organisation);
	}
}
