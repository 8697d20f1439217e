package org.placewise.checks.rules.delegation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.placewise.checks.Dependency;
import org.placewise.model.core.CorePackage;
import org.placewise.model.governance.DecisionMaker;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.GovernancePackage;
import org.placewise.model.query.Delegations;

/** What the delegation rules share: the authority a delegator holds, and when to re-check. */
final class DelegationChains {

	private DelegationChains() {
	}

	/**
	 * The most a delegator can pass on: the effective limit of the delegation it acts under when one is named, else the
	 * largest effective limit among the delegations it has received. Empty when it holds authority in its own right
	 * (nothing received) or no limit is stated.
	 */
	static Optional<BigDecimal> heldByDelegator(Delegation delegation) {
		if (delegation.getSourceDelegation() != null) {
			return Delegations.effectiveLimit(delegation.getSourceDelegation());
		}
		DecisionMaker delegator = delegation.getDelegator();
		if (delegator == null) {
			return Optional.empty();
		}
		BigDecimal most = null;
		for (Delegation received : delegator.getDelegationsReceived()) {
			if (received == delegation) {
				continue;
			}
			Optional<BigDecimal> limit = Delegations.effectiveLimit(received);
			if (limit.isEmpty()) {
				return Optional.empty(); // an unlimited delegation received: nothing to compare against
			}
			most = most == null || limit.get().compareTo(most) > 0 ? limit.get() : most;
		}
		return Optional.ofNullable(most);
	}

	/**
	 * Delegation chains run through any number of delegations and decision makers, so a change to any link re-checks
	 * every delegation of the model (schemes of delegation have tens of entries, not thousands).
	 */
	static List<Dependency> anyLinkChanged() {
		return List.of(
				Dependency.everywhere(GovernancePackage.Literals.DELEGATION__FINANCIAL_LIMIT,
						GovernancePackage.Literals.DELEGATION),
				Dependency.everywhere(GovernancePackage.Literals.DELEGATION__SOURCE_DELEGATION,
						GovernancePackage.Literals.DELEGATION),
				Dependency.everywhere(GovernancePackage.Literals.DELEGATION__ONWARD_DELEGATIONS,
						GovernancePackage.Literals.DELEGATION),
				Dependency.everywhere(GovernancePackage.Literals.DELEGATION__DELEGATOR,
						GovernancePackage.Literals.DELEGATION),
				Dependency.everywhere(GovernancePackage.Literals.DELEGATION__DELEGATE,
						GovernancePackage.Literals.DELEGATION),
				Dependency.everywhere(GovernancePackage.Literals.DECISION_MAKER__DELEGATIONS_GIVEN,
						GovernancePackage.Literals.DELEGATION),
				Dependency.everywhere(GovernancePackage.Literals.DECISION_MAKER__DELEGATIONS_RECEIVED,
						GovernancePackage.Literals.DELEGATION),
				Dependency.everywhere(CorePackage.Literals.PLACEWISE_MODEL__DELEGATIONS,
						GovernancePackage.Literals.DELEGATION));
	}
}
