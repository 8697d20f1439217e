package org.placewise.checks.rules.delegation;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.GovernancePackage;

/** A delegation that does not say what is delegated. */
public final class NoScope extends CheckRule<Delegation> {

	public NoScope() {
		super(Delegation.class, GovernancePackage.Literals.DELEGATION, "delegation.no-scope", Severity.WARNING,
				"Delegation with no scope",
				"Only what is formally delegated moves: the decisions, services or budget lines must be written down, "
						+ "or delegate and delegator will each think the other holds them (King's Fund, place-based systems "
						+ "of care; Integration at place toolkit: governance).");
	}

	@Override
	public void check(Delegation delegation, CheckContext context) {
		if (delegation.getScope() == null || delegation.getScope().isBlank()) {
			context.report(delegation, String.format("Delegation %s does not say what is delegated (no scope)",
					Figures.quoted(delegation)));
		}
	}
}
