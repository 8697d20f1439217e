package org.placewise.checks.rules.delegation;

import java.util.List;
import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Dependency;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.GovernancePackage;
import org.placewise.model.organisation.OrganisationPackage;
import org.placewise.model.organisation.Role;

/** A delegation to a role nobody holds. */
public final class RoleWithoutHolder extends CheckRule<Delegation> {

	public RoleWithoutHolder() {
		super(Delegation.class, GovernancePackage.Literals.DELEGATION, "delegation.role-without-holder",
				Severity.WARNING, "Delegation to a role nobody holds",
				"Authority delegated to an officer is exercised by the person in the post. While the role is vacant (or "
						+ "its holder is not recorded) nobody can take the decision, and the scheme should say who acts "
						+ "in the meantime.");
	}

	@Override
	public void check(Delegation delegation, CheckContext context) {
		if (delegation.getDelegate() instanceof Role role && role.getHolder() == null) {
			context.report(delegation, String.format("Delegation %s goes to the role %s, which nobody holds",
					Figures.quoted(delegation), Figures.quoted(role)), role);
		}
	}

	@Override
	public List<Dependency> dependencies() {
		return List
				.of(Dependency.on(OrganisationPackage.Literals.ROLE__HOLDER, (Role r) -> r.getDelegationsReceived()));
	}
}
