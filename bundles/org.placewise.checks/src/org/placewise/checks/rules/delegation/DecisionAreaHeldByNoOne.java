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
import org.placewise.model.query.Delegations;

/** A decision area nobody retains and no delegation in force covers. */
public final class DecisionAreaHeldByNoOne extends CheckRule<DecisionArea> {

	public DecisionAreaHeldByNoOne() {
		super(DecisionArea.class, GovernancePackage.Literals.DECISION_AREA, "delegation.decision-area-held-by-no-one",
				Severity.WARNING, "Decision area held by no one",
				"Every decision area in a scheme of reservation and delegation is either reserved to a board or "
						+ "delegated. One that is neither retained nor covered by a delegation in force has no named "
						+ "decision maker: the decision drifts, or is taken by whoever is in the room.");
	}

	@Override
	public void check(DecisionArea area, CheckContext context) {
		if (area.getRetainedBy() != null) {
			return;
		}
		long inForce = area.getCoveredBy().stream().filter(d -> Delegations.inForce(d, context.asOf())).count();
		if (inForce == 0) {
			context.report(area, String.format("Decision area %s is retained by nobody and %s", Figures.quoted(area),
					area.getCoveredBy().isEmpty() ? "covered by no delegation"
							: "every delegation covering it has ended or not yet started"));
		}
	}

	@Override
	public List<Dependency> dependencies() {
		return List.of(
				Dependency.on(GovernancePackage.Literals.DELEGATION__DECISION_AREAS,
						(Delegation d) -> d.getDecisionAreas()),
				Dependency.on(GovernancePackage.Literals.DELEGATION__END_DATE, (Delegation d) -> d.getDecisionAreas()),
				Dependency.on(GovernancePackage.Literals.DELEGATION__START_DATE,
						(Delegation d) -> d.getDecisionAreas()));
	}
}
