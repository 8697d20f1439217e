package org.placewise.generator.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.placewise.generator.GapKind;
import org.placewise.model.core.Frequency;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.BoardKind;
import org.placewise.model.governance.DecisionArea;
import org.placewise.model.governance.DecisionMaker;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.DisputeResolutionProcedure;
import org.placewise.model.governance.EscalationRule;
import org.placewise.model.governance.GovernanceFactory;
import org.placewise.model.governance.LegalBasis;
import org.placewise.model.governance.LimitKind;
import org.placewise.model.governance.Membership;
import org.placewise.model.governance.Partnership;
import org.placewise.model.governance.PartnershipModel;
import org.placewise.model.governance.ReservedMatter;
import org.placewise.model.governance.TermsOfReference;
import org.placewise.model.organisation.Organisation;
import org.placewise.model.organisation.Person;

/**
 * Partnerships, boards with their members, terms of reference and quorum, decision areas retained by a board or covered
 * by delegations, and delegations with their financial limits, reserved matters and escalation rules; the gaps planted
 * here are missing quorums, missing dispute procedures, delegations above their delegator's limit and overdue reviews.
 */
final class Governance extends GeneratorPart {

	Governance(Generation generation) {
		super(generation);
	}

	Partnership partnership(String name, PartnershipModel form, Footprint footprint) {
		Partnership partnership = identify(GovernanceFactory.eINSTANCE.createPartnership());
		partnership.setName(name);
		partnership.setModel(form);
		partnership.setFootprint(footprint);
		partnership.setEstablishedDate(ESTABLISHED);
		if (!gap(GapKind.PARTNERSHIP_NO_DISPUTE_PROCEDURE)) {
			DisputeResolutionProcedure procedure = identify(
					GovernanceFactory.eINSTANCE.createDisputeResolutionProcedure());
			procedure.setName(names.pick(List.of("Escalate to chief executives, then independent mediation",
					"Chairs meet within 14 days, then refer to the ICB chair",
					"Mediation by the Integrated Care Partnership chair")));
			procedure.setAgreedDate(ESTABLISHED.plusMonths(2));
			partnership.setDisputeResolution(procedure);
		}
		model.getPartnerships().add(partnership);
		return partnership;
	}

	Board board(String name, BoardKind kind, Footprint footprint, Person chair, Frequency frequency) {
		Board board = identify(GovernanceFactory.eINSTANCE.createBoard());
		board.setName(name);
		board.setKind(kind);
		board.setFootprint(footprint);
		board.setChair(chair);
		board.setMeetingFrequency(frequency);
		TermsOfReference terms = identify(GovernanceFactory.eINSTANCE.createTermsOfReference());
		terms.setName("Terms of reference of the " + name);
		terms.setPurpose("Sets out the membership, quorum and delegated decisions of the " + name + ".");
		terms.setApprovedDate(LocalDate.of(2025, 4, 1).minusMonths(random.nextInt(12)));
		terms.setReviewDate(REFERENCE_DATE.plusMonths(3 + random.nextInt(12)).withDayOfMonth(1));
		terms.setDocumentReference("Governance handbook, appendix " + (1 + random.nextInt(9)));
		board.setTermsOfReference(terms);
		return board;
	}

	Membership member(Board board, Person person, Organisation represents, boolean voting) {
		Membership membership = identify(GovernanceFactory.eINSTANCE.createMembership());
		membership.setPerson(person);
		membership.setRepresents(represents);
		membership.setVoting(voting);
		board.getMemberships().add(membership);
		return membership;
	}

	/** Quorum: a majority of the voting members, unless this board is planted without one. */
	void setQuorum(Board board) {
		if (!gap(GapKind.BOARD_NO_QUORUM)) {
			int voting = 0;
			for (Membership membership : board.getMemberships()) {
				voting += membership.isVoting() ? 1 : 0;
			}
			board.setQuorum(voting / 2 + 1);
		}
	}

	Delegation delegation(String name, DecisionMaker delegator, DecisionMaker delegate, String scope,
			BigDecimal limit, LegalBasis basis, Delegation source, DecisionMaker escalateTo, boolean onward) {
		Delegation delegation = identify(GovernanceFactory.eINSTANCE.createDelegation());
		delegation.setName(name);
		delegation.setDelegator(delegator);
		delegation.setDelegate(delegate);
		delegation.setSourceDelegation(source);
		delegation.setScope(scope);
		if (source != null && gap(GapKind.DELEGATION_ABOVE_DELEGATOR_LIMIT)) {
			// More than the delegator holds: between 110% and 150% of the source's limit.
			limit = source.getFinancialLimit().multiply(BigDecimal.valueOf(110 + random.nextInt(41), 2))
					.setScale(0, RoundingMode.HALF_UP);
		}
		delegation.setFinancialLimit(limit);
		delegation.setLegalBasis(basis);
		delegation.setOnwardDelegationAllowed(onward);
		delegation.setStartDate(DELEGATIONS_START);
		delegation.setReviewDate(gap(GapKind.DELEGATION_REVIEW_OVERDUE)
				? REFERENCE_DATE.minusDays(30 + random.nextInt(300))
				: REFERENCE_DATE.plusDays(60 + random.nextInt(500)));
		EscalationRule escalation = identify(GovernanceFactory.eINSTANCE.createEscalationRule());
		escalation.setThresholdAmount(limit.divide(BigDecimal.TEN, 0, RoundingMode.HALF_UP));
		escalation.setCircumstances("Any single decision above the threshold, or rated high risk");
		escalation.setEscalateTo(escalateTo);
		delegation.setEscalationRule(escalation);
		model.getDelegations().add(delegation);
		return delegation;
	}

	/** A reserved matter of the delegation, keeping back the decision areas named (none: in words only). */
	void reserved(Delegation delegation, String matter, DecisionArea... areas) {
		ReservedMatter reserved = identify(GovernanceFactory.eINSTANCE.createReservedMatter());
		reserved.setName(matter);
		reserved.getDecisionAreas().addAll(List.of(areas));
		delegation.getReservedMatters().add(reserved);
	}

	/**
	 * A decision area of the scheme of reservation and delegation.
	 *
	 * @param retainedBy the board that keeps it for itself, or {@code null} for an area given by delegations
	 */
	DecisionArea decisionArea(String name, DecisionMaker retainedBy) {
		DecisionArea area = identify(GovernanceFactory.eINSTANCE.createDecisionArea());
		area.setName(name);
		area.setRetainedBy(retainedBy);
		model.getDecisionAreas().add(area);
		return area;
	}

	/** The delegation covers these decision areas, and its limit is of this kind. */
	void covers(Delegation delegation, LimitKind limitKind, DecisionArea... areas) {
		delegation.getDecisionAreas().addAll(List.of(areas));
		delegation.setLimitKind(limitKind);
	}

	BigDecimal onwardLimit(BigDecimal source, int minPercent, int maxPercent) {
		long percent = minPercent + random.nextInt(maxPercent - minPercent + 1);
		return source.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100_000), 0, RoundingMode.DOWN)
				.multiply(BigDecimal.valueOf(1000));
	}
}
