package org.placewise.checks.rules.board;

import java.util.List;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Dependency;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.GovernancePackage;
import org.placewise.model.governance.Membership;
import org.placewise.model.organisation.OrganisationPackage;
import org.placewise.model.organisation.Person;

/** A chair who holds no seat on the board they chair. */
public final class ChairNotMember extends CheckRule<Board> {

	public ChairNotMember() {
		super(Board.class, GovernancePackage.Literals.BOARD, "board.chair-not-member", Severity.WARNING,
				"Chair is not a member of the board",
				"The chair should be one of the members named in the terms of reference, in person or through "
						+ "the role they hold; a chair outside the membership has no recorded seat, vote or accountability "
						+ "on it (general NHS governance practice; standing orders and terms of reference).");
	}

	@Override
	public void check(Board board, CheckContext context) {
		Person chair = board.getChair();
		if (chair == null || board.getMemberships().isEmpty()) {
			return;
		}
		for (Membership membership : board.getMemberships()) {
			if (membership.getPerson() == chair
					|| membership.getRole() != null && membership.getRole().getHolder() == chair) {
				return;
			}
		}
		context.report(board, String.format("Chair %s of board %s is not one of its %s", Figures.quoted(chair),
				Figures.quoted(board), Figures.many(board.getMemberships().size(), "member")), chair);
	}

	@Override
	public List<Dependency> dependencies() {
		return List.of(Dependency.onOne(GovernancePackage.Literals.MEMBERSHIP__PERSON, Membership::getBoard),
				Dependency.onOne(GovernancePackage.Literals.MEMBERSHIP__ROLE, Membership::getBoard),
				Dependency.everywhere(OrganisationPackage.Literals.ROLE__HOLDER, GovernancePackage.Literals.BOARD));
	}
}
