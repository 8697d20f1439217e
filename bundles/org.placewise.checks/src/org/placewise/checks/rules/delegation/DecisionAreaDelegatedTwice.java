package org.placewise.checks.rules.delegation;

import java.util.ArrayList;
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

/** A decision area given to two delegates at once by delegations neither made under the other. */
public final class DecisionAreaDelegatedTwice extends CheckRule<DecisionArea> {

	public DecisionAreaDelegatedTwice() {
		super(DecisionArea.class, GovernancePackage.Literals.DECISION_AREA, "delegation.decision-area-delegated-twice",
				Severity.ERROR, "Decision area delegated twice",
				"A scheme of reservation and delegation says for each decision who takes it. When two delegations in "
						+ "force give the same decision area to different delegates, and neither is made under the "
						+ "other, two bodies each believe they decide, and a decision either takes can be challenged "
						+ "by the other.");
	}

	@Override
	public void check(DecisionArea area, CheckContext context) {
		List<Delegation> original = new ArrayList<>();
		for (Delegation delegation : area.getCoveredBy()) {
			if (Delegations.inForce(delegation, context.asOf()) && !Delegations.coveredAbove(delegation, area)) {
				original.add(delegation);
			}
		}
		if (original.size() > 1) {
			context.report(area, String.format("Decision area %s is delegated by %s, none made under another: %s",
					Figures.quoted(area), Figures.many(original.size(), "delegation"),
					String.join(", ", original.stream().map(Figures::quoted).toList())),
					original.toArray(new Delegation[0]));
		}
	}

	@Override
	public List<Dependency> dependencies() {
		return List.of(
				Dependency.on(GovernancePackage.Literals.DELEGATION__DECISION_AREAS,
						(Delegation d) -> d.getDecisionAreas()),
				Dependency.everywhere(GovernancePackage.Literals.DELEGATION__SOURCE_DELEGATION,
						GovernancePackage.Literals.DECISION_AREA),
				Dependency.everywhere(GovernancePackage.Literals.DELEGATION__END_DATE,
						GovernancePackage.Literals.DECISION_AREA));
	}
}
