package org.placewise.checks.rules.delegation;

import java.util.List;
import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Dependency;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.BoardKind;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.GovernancePackage;
import org.placewise.model.organisation.Organisation;

/** A delegation by a body that holds authority only by delegation, naming no delegation it acts under. */
public final class OnwardWithoutSource extends CheckRule<Delegation> {

	public OnwardWithoutSource() {
		super(Delegation.class, GovernancePackage.Literals.DELEGATION, "delegation.onward-without-source",
				Severity.WARNING, "Onward delegation that names no source delegation",
				"A committee, sub-committee or officer holds only what was delegated to it, and can pass on only part of "
						+ "that, where the delegation allows it (a delegate cannot hold more than its delegator had). A "
						+ "delegation it makes must say which delegation it is made under, or nobody can tell whether the "
						+ "authority existed, what limit applies or whether onward delegation was allowed.");
	}

	@Override
	public void check(Delegation delegation, CheckContext context) {
		if (delegation.getSourceDelegation() != null || delegation.getDelegator() == null
				|| holdsInOwnRight(delegation)) {
			return;
		}
		int received = delegation.getDelegator().getDelegationsReceived().size();
		context.report(delegation, String.format("Delegation %s is made by %s, which holds authority only by "
				+ "delegation (%s), but names no delegation it is made under", Figures.quoted(delegation),
				Figures.quoted(delegation.getDelegator()),
				received == 0 ? "and has received none" : "it has received " + Figures.many(received, "delegation")),
				delegation.getDelegator());
	}

	/** An organisation, or its main board, holds its functions in its own right. */
	private static boolean holdsInOwnRight(Delegation delegation) {
		return delegation.getDelegator() instanceof Organisation
				|| delegation.getDelegator() instanceof Board board && board.getKind() == BoardKind.BOARD
						&& board.getParentGroup() == null;
	}

	@Override
	public List<Dependency> dependencies() {
		return DelegationChains.anyLinkChanged();
	}
}
