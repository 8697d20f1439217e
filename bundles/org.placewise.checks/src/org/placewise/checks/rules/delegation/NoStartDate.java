package org.placewise.checks.rules.delegation;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.GovernancePackage;

/** A delegation with no start date. */
public final class NoStartDate extends CheckRule<Delegation> {

	public NoStartDate() {
		super(Delegation.class, GovernancePackage.Literals.DELEGATION, "delegation.no-start-date", Severity.INFO,
				"Delegation with no start date",
				"The start date says from when decisions taken by the delegate are valid; schemes of delegation "
						+ "record it with the review date (general NHS governance practice).");
	}

	@Override
	public void check(Delegation delegation, CheckContext context) {
		if (delegation.getStartDate() == null) {
			context.report(delegation, String.format("Delegation %s has no start date", Figures.quoted(delegation)));
		}
	}
}
