package org.placewise.checks.rules.delegation;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.GovernancePackage;

/** A delegation that does not name who delegates or who receives. */
public final class PartyMissing extends CheckRule<Delegation> {

	public PartyMissing() {
		super(Delegation.class, GovernancePackage.Literals.DELEGATION, "delegation.party-missing", Severity.ERROR,
				"Delegation without a delegator or a delegate",
				"A delegation moves authority from a named delegator to a named delegate (King's Fund, place-based "
						+ "systems of care); with either missing it moves nothing anyone can rely on.");
	}

	@Override
	public void check(Delegation delegation, CheckContext context) {
		if (delegation.getDelegator() == null || delegation.getDelegate() == null) {
			String missing = delegation.getDelegator() == null && delegation.getDelegate() == null
					? "neither a delegator nor a delegate"
					: delegation.getDelegator() == null ? "no delegator" : "no delegate";
			context.report(delegation, String.format("Delegation %s names %s", Figures.quoted(delegation), missing));
		}
	}
}
