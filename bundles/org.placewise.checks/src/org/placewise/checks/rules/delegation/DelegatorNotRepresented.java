package org.placewise.checks.rules.delegation;

import java.util.List;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Dependency;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.GovernancePackage;
import org.placewise.model.governance.Membership;
import org.placewise.model.organisation.Organisation;
import org.placewise.model.query.Organisations;

/** An organisation delegating to a joint board or committee on which it has no seat. */
public final class DelegatorNotRepresented extends CheckRule<Delegation> {

	public DelegatorNotRepresented() {
		super(Delegation.class, GovernancePackage.Literals.DELEGATION, "delegation.delegator-not-represented",
				Severity.WARNING, "Delegating organisation not represented on the delegate board",
				"Partner boards keep their statutory accountability for what they delegate (King's Fund, place-based "
						+ "systems of care); an organisation that delegates to a joint committee or partnership board needs "
						+ "a member there to answer for it and report back.");
	}

	@Override
	public void check(Delegation delegation, CheckContext context) {
		if (!(delegation.getDelegate() instanceof Board board) || board.getMemberships().isEmpty()) {
			return;
		}
		Organisation organisation = delegation.getDelegator() instanceof Organisation o ? o
				: delegation.getDelegator() instanceof Board b ? b.getOrganisation() : null;
		if (organisation == null || board.getOrganisation() == organisation) {
			return; // a body's own committee: its members all serve that body
		}
		if (!Organisations.isRepresented(board, organisation)) {
			context.report(delegation,
					String.format("Delegation %s is made by %s to %s, where %s has no seat among its %s",
							Figures.quoted(delegation), Figures.quoted(delegation.getDelegator()),
							Figures.quoted(board),
							Figures.quoted(organisation), Figures.many(board.getMemberships().size(), "member")),
					organisation, board);
		}
	}

	@Override
	public List<Dependency> dependencies() {
		return List.of(
				Dependency.on(GovernancePackage.Literals.BOARD__MEMBERSHIPS, (Board b) -> b.getDelegationsReceived()),
				Dependency.on(GovernancePackage.Literals.MEMBERSHIP__REPRESENTS,
						(Membership m) -> m.getBoard() == null ? List.of()
								: m.getBoard().getDelegationsReceived()),
				Dependency.on(GovernancePackage.Literals.BOARD__ORGANISATION, (Board b) -> b.getDelegationsGiven()),
				Dependency.on(GovernancePackage.Literals.BOARD__ORGANISATION, (Board b) -> b.getDelegationsReceived()));
	}
}
