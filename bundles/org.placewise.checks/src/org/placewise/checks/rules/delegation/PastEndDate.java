package org.placewise.checks.rules.delegation;

import java.util.List;
import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Dependency;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.GovernancePackage;

/** A delegation past its end date, still in the scheme. */
public final class PastEndDate extends CheckRule<Delegation> {

	public PastEndDate() {
		super(Delegation.class, GovernancePackage.Literals.DELEGATION, "delegation.past-end-date", Severity.WARNING,
				"Delegation past its end date",
				"A delegation that has ended gives no authority: decisions taken under it after its end date, and "
						+ "delegations made onward under it, rest on nothing until it is renewed or removed from the "
						+ "scheme.");
	}

	@Override
	public void check(Delegation delegation, CheckContext context) {
		if (delegation.getEndDate() != null && delegation.getEndDate().isBefore(context.asOf())) {
			int onward = delegation.getOnwardDelegations().size();
			context.report(delegation, String.format("Delegation %s ended on %s%s", Figures.quoted(delegation),
					Figures.date(delegation.getEndDate()), onward == 0 ? ""
							: "; " + Figures.many(onward, "delegation") + " made under it rest on it"),
					delegation.getOnwardDelegations().toArray(new Delegation[0]));
		}
	}
}
