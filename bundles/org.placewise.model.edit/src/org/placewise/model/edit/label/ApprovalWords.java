package org.placewise.model.edit.label;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.placewise.model.footprint.Footprint;
import org.placewise.model.governance.DecisionArea;
import org.placewise.model.governance.DecisionMaker;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.EscalationRule;
import org.placewise.model.governance.GovernancePackage;
import org.placewise.model.governance.LimitKind;
import org.placewise.model.organisation.Role;
import org.placewise.model.query.Approvals;
import org.placewise.model.query.Approvals.Approver;
import org.placewise.model.query.Approvals.Refused;

/**
 * Who may take a decision, in words, all through {@link PlacewiseLabels}: the question ("Who can approve £250,000 for
 * 'discharge fund' at Exampletown, as of 26 Nov 2026"), how each approver holds the authority, each delegation of its
 * chain with its limit, escalation, reserved matters and review, and why a delegate may not. The one wording of
 * {@link Approvals}' answer: {@code placewise who-can-approve} and the workbench's Who Can Approve view both use it.
 */
public final class ApprovalWords {

	private ApprovalWords() {
	}

	/**
	 * One line of an answer, with the model object it is about (to go to) and the lines under it.
	 *
	 * @param text     the words
	 * @param element  the decision area, body, role or delegation the line is about; {@code null} for a heading
	 * @param children the lines under it
	 */
	public record Line(String text, Object element, List<Line> children) {
	}

	/**
	 * The answer as an outline: under each decision area, either "May approve:" with each approver (how it holds the
	 * authority, then each delegation of its chain) or why nobody may; then "May not:" with each delegate that may not
	 * and why (the line is about the delegation where the reason lies). When no decision area matched, one line saying
	 * so and naming the model's decision areas.
	 *
	 * @param answer    the answer of {@link Approvals#whoCanApprove}
	 * @param area      the words naming the decision area, as the user gave them
	 * @param allAreas  every decision area of the model
	 * @param amount    the value of the decision, or {@code null}
	 * @param footprint the footprint asked about, or {@code null}
	 * @param asOf      the date of the decision
	 * @return one line for each decision area (or the one "Nobody" line)
	 */
	public static List<Line> outline(Approvals.Answer answer, String area, List<DecisionArea> allAreas,
			BigDecimal amount, Footprint footprint, LocalDate asOf) {
		if (answer.areas().isEmpty()) {
			return List.of(new Line(noSuchArea(area, allAreas), null, List.of()));
		}
		List<Line> lines = new ArrayList<>();
		for (DecisionArea decisionArea : answer.areas()) {
			List<Line> under = new ArrayList<>();
			List<Approver> approvers = answer.approvers().stream().filter(a -> a.area() == decisionArea).toList();
			List<Refused> refused = answer.refused().stream().filter(r -> r.area() == decisionArea).toList();
			if (approvers.isEmpty()) {
				under.add(new Line(nobody(footprint, !refused.isEmpty()), null, List.of()));
			} else {
				under.add(new Line("May approve:", null, approvers.stream()
						.map(approver -> new Line(who(approver.maker()) + ": " + basis(approver), approver.maker(),
								approver.chain().stream().map(link -> new Line(link(link, asOf), link, List.of()))
										.toList()))
						.toList()));
			}
			if (!refused.isEmpty()) {
				under.add(new Line("May not:", null, refused.stream()
						.map(no -> new Line(who(no.maker()) + ": " + reason(no, amount, asOf), no.at(), List.of()))
						.toList()));
			}
			lines.add(new Line(PlacewiseLabels.name(decisionArea), decisionArea, List.copyOf(under)));
		}
		return List.copyOf(lines);
	}

	/**
	 * Reads the value of a decision as people write it: digits with or without thousands separators and pence, an
	 * optional pound sign, and "k" for thousands or "m" for millions: {@code 250000}, {@code 250,000},
	 * {@code £250,000.00}, {@code £250k}, {@code 1.5m}.
	 *
	 * @param text the amount as written
	 * @return the amount in pounds
	 * @throws IllegalArgumentException with a message a user understands, when it is not an amount in pounds
	 */
	public static BigDecimal pounds(String text) {
		String plain = text.strip().replace(",", "").replace("\u00a3", "").strip().toLowerCase(java.util.Locale.ROOT);
		int shift = plain.endsWith("k") ? 3 : plain.endsWith("m") ? 6 : 0;
		if (shift > 0) {
			plain = plain.substring(0, plain.length() - 1).strip();
		}
		try {
			BigDecimal value = new BigDecimal(plain).movePointRight(shift);
			if (value.signum() < 0 || plain.startsWith("+")) {
				throw new NumberFormatException(text);
			}
			return value.scale() < 0 ? value.setScale(0) : value;
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("'" + text + "' is not an amount in pounds; write it as digits, e.g."
					+ " 250000, 250,000 or \u00a3250k", e);
		}
	}

	/**
	 * @param amount    the value of the decision, or {@code null} when it is not about money
	 * @param area      the words naming the decision area, as the user gave them
	 * @param footprint the footprint asked about, or {@code null}
	 * @param asOf      the date of the decision
	 * @return "Who can approve £250,000 for 'discharge fund' at Exampletown, as of 26 Nov 2026"
	 */
	public static String question(BigDecimal amount, String area, Footprint footprint, LocalDate asOf) {
		return "Who can approve " + (amount == null ? "a decision" : PlacewiseLabels.money(amount)) + " for '"
				+ area.strip() + "'" + at(footprint) + ", as of " + PlacewiseLabels.date(asOf);
	}

	/**
	 * @param area  the words naming the decision area, as the user gave them
	 * @param areas every decision area of the model
	 * @return "Nobody: no decision area's name contains 'care homes'. The decision areas are: 'A', 'B'."
	 */
	public static String noSuchArea(String area, List<DecisionArea> areas) {
		return "Nobody: no decision area's name contains '" + area.strip() + "'. The decision areas are: "
				+ names(areas) + ".";
	}

	/**
	 * @param footprint  the footprint asked about, or {@code null}
	 * @param anyRefused whether some delegates may not (they are listed after this sentence)
	 * @return "Nobody may approve it at Exampletown: no body or role holds it." (or ": see below.")
	 */
	public static String nobody(Footprint footprint, boolean anyRefused) {
		return "Nobody may approve it" + at(footprint)
				+ (anyRefused ? ": see below." : ": no body or role holds it.");
	}

	/**
	 * @param maker a body or role
	 * @return its name, with the holder of a role: "Exampletown place lead (held by Alex Example)"
	 */
	public static String who(DecisionMaker maker) {
		String name = PlacewiseLabels.name(maker);
		if (maker instanceof Role role && role.getHolder() != null) {
			return name + " (held by " + PlacewiseLabels.name(role.getHolder()) + ")";
		}
		return name;
	}

	/**
	 * @param approver one that may take the decision
	 * @return how it holds the authority: "holds it in its own right and delegated it", "by 2 delegations:"
	 */
	public static String basis(Approver approver) {
		return switch (approver.basis()) {
		case RETAINED -> "retains this decision area for itself (reserved at board level)";
		case OWN_RIGHT -> "holds it in its own right and delegated it";
		case DELEGATED ->
			"by " + PlacewiseLabels.count(approver.chain().size(), GovernancePackage.Literals.DELEGATION) + ":";
		};
	}

	/**
	 * One delegation of a chain: from whom, its limit, escalation rule, reserved matters, overdue review and end.
	 *
	 * @param delegation a delegation of the chain
	 * @param asOf       the date of the decision (a review before it is overdue)
	 * @return "'Discharge fund' from Exampletown Place Committee; budget £2,000,000; review overdue since 31 Mar 2025"
	 */
	public static String link(Delegation delegation, LocalDate asOf) {
		List<String> parts = new ArrayList<>();
		parts.add("'" + PlacewiseLabels.name(delegation) + "' from " + PlacewiseLabels.name(delegation.getDelegator()));
		if (delegation.getFinancialLimit() != null) {
			parts.add(limit(delegation));
		}
		EscalationRule rule = delegation.getEscalationRule();
		if (rule != null && rule.getThresholdAmount() != null) {
			parts.add("decisions above " + PlacewiseLabels.money(rule.getThresholdAmount()) + " go to "
					+ PlacewiseLabels.name(rule.getEscalateTo()));
		}
		if (rule != null && rule.getCircumstances() != null && !rule.getCircumstances().isBlank()) {
			parts.add("also escalated: " + rule.getCircumstances().strip().replaceAll("\\.$", ""));
		}
		List<String> reserved = delegation.getReservedMatters().stream().map(PlacewiseLabels::name).toList();
		if (!reserved.isEmpty()) {
			parts.add("reserved: " + String.join(", ", reserved));
		}
		if (delegation.getReviewDate() != null && delegation.getReviewDate().isBefore(asOf)) {
			parts.add("review overdue since " + PlacewiseLabels.date(delegation.getReviewDate()));
		}
		if (delegation.getEndDate() != null) {
			parts.add("ends " + PlacewiseLabels.date(delegation.getEndDate()));
		}
		return String.join("; ", parts);
	}

	private static String limit(Delegation delegation) {
		String pounds = PlacewiseLabels.money(delegation.getFinancialLimit());
		return switch (delegation.getLimitKind()) {
		case BUDGET -> PlacewiseLabels.literalInSentence(LimitKind.BUDGET) + " " + pounds;
		case PER_DECISION -> "limit " + pounds + " for " + PlacewiseLabels.literalInSentence(LimitKind.PER_DECISION);
		default -> "limit " + pounds + " (whether for each decision or a budget is not recorded)";
		};
	}

	/**
	 * @param no     a delegate that may not take the decision
	 * @param amount the value of the decision, or {@code null}
	 * @param asOf   the date of the decision
	 * @return why not: "£1,500,000 is above £1,000,000, so under 'Community services budget' it goes to ICB Board"
	 */
	public static String reason(Refused no, BigDecimal amount, LocalDate asOf) {
		Delegation at = no.at();
		String by = "'" + PlacewiseLabels.name(at) + "'";
		return switch (no.reason()) {
		case RETAINED -> "the decision area is retained by " + PlacewiseLabels.name(no.area().getRetainedBy())
				+ ", so " + by + " gives no authority for it";
		case NOT_IN_FORCE -> by + (at.getEndDate() != null && at.getEndDate().isBefore(asOf)
				? " ended on " + PlacewiseLabels.date(at.getEndDate())
				: " starts on " + PlacewiseLabels.date(at.getStartDate()));
		case ABOVE_LIMIT -> PlacewiseLabels.money(amount) + " is above the limit of "
				+ PlacewiseLabels.money(at.getFinancialLimit()) + " set by " + by;
		case MUST_ESCALATE -> PlacewiseLabels.money(amount) + " is above "
				+ PlacewiseLabels.money(at.getEscalationRule().getThresholdAmount()) + ", so under " + by
				+ " it goes to " + PlacewiseLabels.name(at.getEscalationRule().getEscalateTo());
		case RESERVED -> by + " keeps it back as reserved matter " + names(Approvals.reservedFor(at, no.area()));
		case CANNOT_RECEIVE -> "it cannot lawfully receive a delegation (see 'placewise check', rule"
				+ " delegation.delegate-lacks-legal-capacity)";
		case VACANT -> "the role is vacant (nobody holds it)";
		};
	}

	/**
	 * @param elements model objects
	 * @return their names quoted and listed, "'Exampleshire', 'Exampletown'", or "none"
	 */
	public static String names(List<?> elements) {
		return elements.isEmpty() ? "none"
				: String.join(", ", elements.stream().map(e -> "'" + PlacewiseLabels.name(e) + "'").toList());
	}

	private static String at(Footprint footprint) {
		return footprint == null ? "" : " at " + PlacewiseLabels.name(footprint);
	}
}
