package org.placewise.model.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.placewise.model.governance.DecisionArea;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.ReservedMatter;

/**
 * Values derived from the scheme of delegation.
 * <p>
 * A delegation made under another one names it as its {@link Delegation#getSourceDelegation() source}; following the
 * sources leads to the delegation whose delegator holds the authority in its own right. Chains may be (wrongly)
 * circular; every method here stops at the first repeat.
 */
public final class Delegations {

	private Delegations() {
	}

	/**
	 * The chain of delegations from the given one back to its origin: the delegation itself first, then its source, its
	 * source's source and so on, stopping before any delegation repeats.
	 *
	 * @param delegation where to start
	 * @return the chain, never empty
	 */
	public static List<Delegation> chain(Delegation delegation) {
		List<Delegation> chain = new ArrayList<>();
		Set<Delegation> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Delegation d = delegation; d != null && seen.add(d); d = d.getSourceDelegation()) {
			chain.add(d);
		}
		return chain;
	}

	/**
	 * Whether following the sources from this delegation comes back to a delegation already visited (a delegation chain
	 * that goes round in a circle).
	 *
	 * @param delegation where to start
	 * @return true when the chain is circular
	 */
	public static boolean isCircular(Delegation delegation) {
		List<Delegation> chain = chain(delegation);
		Delegation last = chain.get(chain.size() - 1);
		return last.getSourceDelegation() != null && chain.contains(last.getSourceDelegation());
	}

	/**
	 * The effective financial limit of a delegation: the lowest limit stated anywhere along its chain, since a delegate
	 * cannot hold more than its delegator had. Limits not stated are ignored.
	 *
	 * @param delegation the delegation
	 * @return the effective limit in pounds, or empty when no delegation in the chain states one
	 */
	public static Optional<BigDecimal> effectiveLimit(Delegation delegation) {
		BigDecimal lowest = null;
		for (Delegation d : chain(delegation)) {
			BigDecimal limit = d.getFinancialLimit();
			if (limit != null && (lowest == null || limit.compareTo(lowest) < 0)) {
				lowest = limit;
			}
		}
		return Optional.ofNullable(lowest);
	}

	/**
	 * Whether this delegation gives more than the delegation it was made under allows.
	 *
	 * @param delegation the delegation
	 * @return true when both limits are stated and this one is higher than its source's effective limit
	 */
	public static boolean exceedsSourceLimit(Delegation delegation) {
		Delegation source = delegation.getSourceDelegation();
		if (source == null || delegation.getFinancialLimit() == null) {
			return false;
		}
		return effectiveLimit(source).map(limit -> delegation.getFinancialLimit().compareTo(limit) > 0).orElse(false);
	}

	/**
	 * Whether a delegation gives authority on a day: it has started and not ended.
	 *
	 * @param delegation the delegation
	 * @param day        the day
	 * @return false when the delegation ends before {@code day} or starts after it
	 */
	public static boolean inForce(Delegation delegation, LocalDate day) {
		return (delegation.getEndDate() == null || !delegation.getEndDate().isBefore(day))
				&& (delegation.getStartDate() == null || !delegation.getStartDate().isAfter(day));
	}

	/**
	 * Whether a delegation up the chain of this one covers the decision area too, so that this one passes on part of
	 * what it was given rather than giving the area for the first time.
	 *
	 * @param delegation the delegation
	 * @param area       a decision area it covers
	 * @return true when a source delegation, or its source and so on, covers the area
	 */
	public static boolean coveredAbove(Delegation delegation, DecisionArea area) {
		List<Delegation> chain = chain(delegation);
		return chain.subList(1, chain.size()).stream().anyMatch(d -> d.getDecisionAreas().contains(area));
	}

	/**
	 * @param delegation a delegation
	 * @param area       a decision area
	 * @return the reserved matters of the delegation that keep the area back
	 */
	public static List<ReservedMatter> reservedFor(Delegation delegation, DecisionArea area) {
		return delegation.getReservedMatters().stream().filter(m -> m.getDecisionAreas().contains(area)).toList();
	}
}
