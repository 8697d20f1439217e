package org.placewise.checks.rules.delegation;

import java.util.List;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Dependency;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.GovernancePackage;

/** A delegation made onward under one that does not allow onward delegation. */
public final class OnwardNotAllowed extends CheckRule<Delegation> {

	public OnwardNotAllowed() {
		super(Delegation.class, GovernancePackage.Literals.DELEGATION, "delegation.onward-not-allowed", Severity.ERROR,
				"Onward delegation where it is not allowed",
				"A scheme of delegation says whether a delegate may delegate further; where it may not, the authority "
						+ "must be exercised by the delegate itself (King's Fund, place-based systems of care: only what is "
						+ "formally delegated moves).");
	}

	@Override
	public void check(Delegation delegation, CheckContext context) {
		Delegation source = delegation.getSourceDelegation();
		if (source != null && !source.isOnwardDelegationAllowed()) {
			context.report(delegation,
					String.format("Delegation %s is made onward under %s, which does not allow onward "
							+ "delegation", Figures.quoted(delegation), Figures.quoted(source)),
					source);
		}
	}

	@Override
	public List<Dependency> dependencies() {
		return List.of(Dependency.on(GovernancePackage.Literals.DELEGATION__ONWARD_DELEGATION_ALLOWED,
				(Delegation d) -> d.getOnwardDelegations()));
	}
}
