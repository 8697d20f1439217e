package org.placewise.model.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.DecisionArea;
import org.placewise.model.governance.DecisionMaker;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.EscalationRule;
import org.placewise.model.governance.ReservedMatter;
import org.placewise.model.organisation.Organisation;
import org.placewise.model.organisation.Role;

/**
 * Who may take a decision: for a decision area, an amount, a footprint and a date, every body and role that holds the
 * authority, with the chain of delegations that gives it, and every delegate that does not, with the reason.
 * <p>
 * A decision area retained by a board is taken by that board alone. Otherwise the delegator of each delegation that
 * covers the area and is not made under another one covering it holds the area in its own right; each delegate holds it
 * when every link of its chain is in force on the date, no limit along the chain is below the amount, no escalation
 * threshold along the chain is below it, no delegation up the chain keeps the area back as a reserved matter, and the
 * delegate can lawfully receive a delegation and (for a role) has a holder.
 */
public final class Approvals {

	private Approvals() {
	}

	/** How an approver holds the authority. */
	public enum Basis {
		/** The area is retained by this board (a board-level reservation). */
		RETAINED,
		/** The approver delegated the area and so holds it in its own right. */
		OWN_RIGHT,
		/** The approver holds the area by the chain of delegations given. */
		DELEGATED
	}

	/** Why a delegate cannot take the decision. */
	public enum Refusal {
		/** The area is retained by a board. */
		RETAINED,
		/** A delegation in the chain has ended or not yet started. */
		NOT_IN_FORCE,
		/** The amount is above a financial limit along the chain. */
		ABOVE_LIMIT,
		/** The amount is above an escalation threshold along the chain. */
		MUST_ESCALATE,
		/** A delegation up the chain keeps the area back as a reserved matter. */
		RESERVED,
		/** The delegate cannot lawfully receive a delegation. */
		CANNOT_RECEIVE,
		/** The delegate is a role nobody holds. */
		VACANT
	}

	/**
	 * One body or role that may take the decision.
	 *
	 * @param maker the body or role
	 * @param area  the decision area
	 * @param basis how it holds the authority
	 * @param chain the delegations giving it, from the one made in its own right down to the one it received (empty
	 *              unless {@link Basis#DELEGATED})
	 */
	public record Approver(DecisionMaker maker, DecisionArea area, Basis basis, List<Delegation> chain) {
	}

	/**
	 * A delegate that may not take the decision.
	 *
	 * @param maker  the delegate
	 * @param area   the decision area
	 * @param chain  the delegations it holds the area by, origin first
	 * @param reason why not
	 * @param at     the delegation where the reason lies
	 */
	public record Refused(DecisionMaker maker, DecisionArea area, List<Delegation> chain, Refusal reason,
			Delegation at) {
	}

	/**
	 * The answer.
	 *
	 * @param areas     the decision areas whose names matched
	 * @param approvers who may take the decision
	 * @param refused   delegates who may not, and why
	 */
	public record Answer(List<DecisionArea> areas, List<Approver> approvers, List<Refused> refused) {
	}

	/**
	 * @param model     the model
	 * @param amount    the value of the decision in pounds; {@code null} when it is not about money
	 * @param area      words in the name of the decision area (case does not matter)
	 * @param footprint only bodies and roles working at, above or below this footprint; {@code null} for all
	 * @param asOf      the date of the decision
	 * @return who may take it
	 */
	public static Answer whoCanApprove(PlacewiseModel model, BigDecimal amount, String area, Footprint footprint,
			LocalDate asOf) {
		String wanted = area.strip().toLowerCase(Locale.ROOT);
		List<DecisionArea> areas = model.getDecisionAreas().stream()
				.filter(a -> a.getName() != null && a.getName().toLowerCase(Locale.ROOT).contains(wanted)).toList();
		List<Approver> approvers = new ArrayList<>();
		List<Refused> refused = new ArrayList<>();
		for (DecisionArea decisionArea : areas) {
			answer(decisionArea, amount, asOf, approvers, refused);
		}
		if (footprint != null) {
			approvers.removeIf(a -> !worksAt(a.maker(), footprint));
			refused.removeIf(r -> !worksAt(r.maker(), footprint));
		}
		return new Answer(areas, List.copyOf(approvers), List.copyOf(refused));
	}

	private static void answer(DecisionArea area, BigDecimal amount, LocalDate asOf, List<Approver> approvers,
			List<Refused> refused) {
		if (area.getRetainedBy() != null) {
			approvers.add(new Approver(area.getRetainedBy(), area, Basis.RETAINED, List.of()));
			for (Delegation delegation : area.getCoveredBy()) {
				refused.add(new Refused(delegation.getDelegate(), area, originFirst(delegation), Refusal.RETAINED,
						delegation));
			}
			return;
		}
		Set<DecisionMaker> ownRight = new LinkedHashSet<>();
		for (Delegation delegation : area.getCoveredBy()) {
			if (!Delegations.coveredAbove(delegation, area) && delegation.getDelegator() != null) {
				ownRight.add(delegation.getDelegator());
			}
		}
		for (DecisionMaker maker : ownRight) {
			approvers.add(new Approver(maker, area, Basis.OWN_RIGHT, List.of()));
		}
		for (Delegation delegation : area.getCoveredBy()) {
			if (delegation.getDelegate() == null) {
				continue;
			}
			List<Delegation> chain = originFirst(delegation);
			Optional<Refused> refusal = refusal(delegation.getDelegate(), area, chain, amount, asOf);
			if (refusal.isPresent()) {
				refused.add(refusal.get());
			} else {
				approvers.add(new Approver(delegation.getDelegate(), area, Basis.DELEGATED, chain));
			}
		}
	}

	private static Optional<Refused> refusal(DecisionMaker delegate, DecisionArea area, List<Delegation> chain,
			BigDecimal amount, LocalDate asOf) {
		Delegation last = chain.get(chain.size() - 1);
		for (Delegation link : chain) {
			if (!Delegations.inForce(link, asOf)) {
				return Optional.of(new Refused(delegate, area, chain, Refusal.NOT_IN_FORCE, link));
			}
			if (link != last && !Delegations.reservedFor(link, area).isEmpty()) {
				return Optional.of(new Refused(delegate, area, chain, Refusal.RESERVED, link));
			}
			if (amount != null && link.getFinancialLimit() != null && amount.compareTo(link.getFinancialLimit()) > 0) {
				return Optional.of(new Refused(delegate, area, chain, Refusal.ABOVE_LIMIT, link));
			}
			EscalationRule rule = link.getEscalationRule();
			if (amount != null && rule != null && rule.getThresholdAmount() != null
					&& amount.compareTo(rule.getThresholdAmount()) > 0) {
				return Optional.of(new Refused(delegate, area, chain, Refusal.MUST_ESCALATE, link));
			}
		}
		if (LegalCapacity.whyCannotReceive(delegate).isPresent()) {
			return Optional.of(new Refused(delegate, area, chain, Refusal.CANNOT_RECEIVE, last));
		}
		if (delegate instanceof Role role && role.getHolder() == null) {
			return Optional.of(new Refused(delegate, area, chain, Refusal.VACANT, last));
		}
		return Optional.empty();
	}

	/** @return the delegations from the one made in its own right down to this one */
	public static List<Delegation> originFirst(Delegation delegation) {
		List<Delegation> chain = new ArrayList<>(Delegations.chain(delegation));
		Collections.reverse(chain);
		return chain;
	}

	/** @return the reserved matters of a delegation that name the area */
	public static List<ReservedMatter> reservedFor(Delegation delegation, DecisionArea area) {
		return Delegations.reservedFor(delegation, area);
	}

	/** Whether a body or role works at the footprint, above it or below it; true when the model does not say. */
	private static boolean worksAt(DecisionMaker maker, Footprint footprint) {
		List<Footprint> own = footprintsOf(maker);
		return own.isEmpty() || own.stream().anyMatch(f -> f == footprint || Footprints.ancestors(f).contains(footprint)
				|| Footprints.ancestors(footprint).contains(f));
	}

	private static List<Footprint> footprintsOf(DecisionMaker maker) {
		List<Footprint> footprints = new ArrayList<>();
		if (maker instanceof Board board) {
			if (board.getFootprint() != null) {
				footprints.add(board.getFootprint());
			} else if (board.getOrganisation() != null) {
				footprints.addAll(footprintsOf(board.getOrganisation()));
			}
		} else if (maker instanceof Organisation organisation) {
			if (organisation.getFootprint() != null) {
				footprints.add(organisation.getFootprint());
			}
			footprints.addAll(organisation.getOtherFootprints());
		} else if (maker instanceof Role role) {
			if (role.getPartnership() != null && role.getPartnership().getFootprint() != null) {
				footprints.add(role.getPartnership().getFootprint());
			} else if (role.getOrganisation() != null) {
				footprints.addAll(footprintsOf(role.getOrganisation()));
			}
		}
		return footprints;
	}
}
