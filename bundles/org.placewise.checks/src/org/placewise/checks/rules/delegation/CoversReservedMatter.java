package org.placewise.checks.rules.delegation;

import java.util.List;
import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Dependency;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.governance.DecisionArea;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.GovernancePackage;
import org.placewise.model.governance.ReservedMatter;
import org.placewise.model.query.Delegations;

/** A delegation covering a decision area its delegator, or a delegator up its chain, kept. */
public final class CoversReservedMatter extends CheckRule<Delegation> {

	public CoversReservedMatter() {
		super(Delegation.class, GovernancePackage.Literals.DELEGATION, "delegation.covers-reserved-matter",
				Severity.ERROR, "Delegation covers a reserved matter",
				"What a board reserves to itself stays with it: a delegation cannot pass on a decision area its "
						+ "delegator retained, or that a delegation up its chain kept back as a reserved matter (only "
						+ "what is formally delegated moves). Decisions taken under it in that area have no authority.");
	}

	@Override
	public void check(Delegation delegation, CheckContext context) {
		for (DecisionArea area : delegation.getDecisionAreas()) {
			for (Delegation link : Delegations.chain(delegation)) {
				if (link.getDelegator() != null && area.getRetainedBy() == link.getDelegator()) {
					context.report(delegation, String.format("Delegation %s covers decision area %s, which %s retains",
							Figures.quoted(delegation), Figures.quoted(area), Figures.quoted(link.getDelegator())),
							area, link.getDelegator());
					break;
				}
				ReservedMatter reserved = link == delegation ? null
						: Delegations.reservedFor(link, area).stream().findFirst().orElse(null);
				if (reserved != null) {
					context.report(delegation, String.format("Delegation %s covers decision area %s, which %s keeps "
							+ "back as reserved matter %s", Figures.quoted(delegation), Figures.quoted(area),
							Figures.quoted(link), Figures.quoted(reserved)), area, link);
					break;
				}
			}
		}
	}

	@Override
	public List<Dependency> dependencies() {
		return List.of(
				Dependency.on(GovernancePackage.Literals.DECISION_AREA__RETAINED_BY,
						(DecisionArea a) -> a.getCoveredBy()),
				Dependency.everywhere(GovernancePackage.Literals.RESERVED_MATTER__DECISION_AREAS,
						GovernancePackage.Literals.DELEGATION),
				Dependency.everywhere(GovernancePackage.Literals.DELEGATION__RESERVED_MATTERS,
						GovernancePackage.Literals.DELEGATION),
				Dependency.everywhere(GovernancePackage.Literals.DELEGATION__SOURCE_DELEGATION,
						GovernancePackage.Literals.DELEGATION));
	}
}
