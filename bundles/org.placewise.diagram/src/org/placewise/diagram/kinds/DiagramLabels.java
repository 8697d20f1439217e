package org.placewise.diagram.kinds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.placewise.model.core.NamedElement;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.finance.Agreement;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.footprint.FootprintKind;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.EscalationRule;
import org.placewise.model.governance.ReservedMatter;
import org.placewise.model.measures.DesiredDirection;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.Observation;
import org.placewise.model.organisation.Organisation;
import org.placewise.model.organisation.Role;

/**
 * The words and figures Placewise diagrams put on their elements, in one place so that the generated diagrams, the
 * workbench diagram view and the Sirius services label things alike. Figures on the drawing are short ("£7.5m",
 * "330,000 people"); the exact amounts go into the accessible descriptions (via
 * {@link PlacewiseLabels#money(BigDecimal)}). Enum literals, dates and counts are worded by {@link PlacewiseLabels}, as
 * everywhere else.
 */
public final class DiagramLabels {

	private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
	private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
	private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);

	private DiagramLabels() {
	}

	/**
	 * @param object a named model object
	 * @return its name, or "(unnamed)"
	 */
	public static String name(Object object) {
		if (object instanceof NamedElement named && named.getName() != null && !named.getName().isBlank()) {
			return named.getName().trim();
		}
		return object == null ? "(none)" : "(unnamed)";
	}

	/**
	 * Short money for a drawing: {@code £74}, {@code £950k}, {@code £7.5m}, {@code £1bn}.
	 *
	 * @param amount pounds, may be null
	 * @return the text, or "not recorded"
	 */
	public static String money(BigDecimal amount) {
		if (amount == null) {
			return "not recorded";
		}
		BigDecimal abs = amount.abs();
		String sign = amount.signum() < 0 ? "-" : "";
		if (abs.compareTo(BILLION) >= 0) {
			return sign + "£" + shortNumber(abs.divide(BILLION)) + "bn";
		}
		if (abs.compareTo(MILLION) >= 0) {
			return sign + "£" + shortNumber(abs.divide(MILLION)) + "m";
		}
		if (abs.compareTo(BigDecimal.valueOf(10_000)) >= 0) {
			return sign + "£" + shortNumber(abs.divide(THOUSAND)) + "k";
		}
		return PlacewiseLabels.money(amount);
	}

	private static String shortNumber(BigDecimal value) {
		// Two significant decimals at most: £7.5m, £1.25bn; trailing zeros dropped.
		return value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

	/**
	 * @param population people, may be null
	 * @return "330,000 people" or "population unknown"
	 */
	public static String population(Long population) {
		return population == null ? "population unknown" : PlacewiseLabels.number(population) + " people";
	}

	/**
	 * @param footprint a footprint
	 * @return its level and population, e.g. "Place · 330,000 people"
	 */
	public static String footprintSummary(Footprint footprint) {
		return PlacewiseLabels.literal(footprint.getKind()) + " \u00b7 " + population(footprint.getPopulation());
	}

	/**
	 * @param kind  a footprint level
	 * @param count how many
	 * @return e.g. "6 localities", "1 place"
	 */
	public static String footprintCount(FootprintKind kind, long count) {
		String singular = PlacewiseLabels.literalInSentence(kind);
		String plural = switch (kind) {
		case LOCALITY -> "localities";
		default -> singular + "s";
		};
		return PlacewiseLabels.count(count, singular, plural);
	}

	/**
	 * @param organisation an organisation
	 * @return its kind, e.g. "Community trust (foundation trust)"
	 */
	public static String organisationKind(Organisation organisation) {
		String kind = PlacewiseLabels.literal(organisation.getKind());
		return organisation.isFoundationTrust() ? kind + " (foundation trust)" : kind;
	}

	/**
	 * @param board a board or committee
	 * @return the lines under its name: kind, membership and quorum, chair
	 */
	public static List<String> boardDetails(Board board) {
		var lines = new ArrayList<String>();
		lines.add(PlacewiseLabels.literal(board.getKind()));
		int members = board.getMemberships().size();
		var meeting = new ArrayList<String>();
		if (members > 0) {
			meeting.add(PlacewiseLabels.count(members, "member", "members"));
		}
		if (board.getQuorum() != null) {
			meeting.add("quorum " + board.getQuorum());
		}
		if (board.getMeetingFrequency() != null && board.getMeetingFrequency().getValue() != 0) {
			meeting.add(PlacewiseLabels.literalInSentence(board.getMeetingFrequency()));
		}
		if (!meeting.isEmpty()) {
			lines.add(capitalise(String.join(", ", meeting)));
		}
		if (board.getChair() != null) {
			lines.add("Chair: " + name(board.getChair()));
		}
		return lines;
	}

	/**
	 * @param role a role
	 * @return e.g. "Place lead · Alex Example"
	 */
	public static String roleDetail(Role role) {
		String kind = PlacewiseLabels.literal(role.getKind());
		return role.getHolder() == null ? kind : kind + " \u00b7 " + name(role.getHolder());
	}

	/**
	 * The label lines on a delegation arrow: what is delegated, the limit, reserved matters and the escalation rule.
	 *
	 * @param delegation the delegation
	 * @return label lines, at least the scope
	 */
	public static List<String> delegationLines(Delegation delegation) {
		var lines = new ArrayList<String>();
		String scope = delegation.getScope() != null && !delegation.getScope().isBlank() ? delegation.getScope()
				: name(delegation);
		lines.add(scope);
		lines.add(delegation.getFinancialLimit() == null ? "No £ limit stated"
				: "Limit " + money(delegation.getFinancialLimit()));
		if (!delegation.getReservedMatters().isEmpty()) {
			lines.add("Reserved: " + reservedMatters(delegation));
		}
		EscalationRule rule = delegation.getEscalationRule();
		if (rule != null) {
			lines.add(escalation(rule));
		}
		return lines;
	}

	private static String reservedMatters(Delegation delegation) {
		List<ReservedMatter> matters = delegation.getReservedMatters();
		if (matters.size() <= 2) {
			return String.join("; ", matters.stream().map(DiagramLabels::name).toList());
		}
		return name(matters.get(0)) + " and " + (matters.size() - 1) + " more";
	}

	/**
	 * @param rule an escalation rule
	 * @return e.g. "Escalate above £1m to ICB Board"
	 */
	public static String escalation(EscalationRule rule) {
		var text = new StringBuilder("Escalate");
		if (rule.getThresholdAmount() != null) {
			text.append(" above ").append(money(rule.getThresholdAmount()));
		} else if (rule.getCircumstances() != null && !rule.getCircumstances().isBlank()) {
			text.append(" when stated");
		}
		if (rule.getEscalateTo() != null) {
			text.append(" to ").append(name(rule.getEscalateTo()));
		}
		return text.toString();
	}

	/**
	 * A full sentence about a delegation for the accessible description.
	 *
	 * @param delegation the delegation
	 * @return the sentence
	 */
	public static String delegationSentence(Delegation delegation) {
		var text = new StringBuilder();
		text.append(name(delegation.getDelegator())).append(" delegates ")
				.append(delegation.getScope() == null ? "'" + name(delegation) + "'" : delegation.getScope())
				.append(" to ").append(name(delegation.getDelegate()));
		text.append(delegation.getFinancialLimit() == null ? ", with no financial limit stated"
				: ", up to " + PlacewiseLabels.money(delegation.getFinancialLimit()));
		if (!delegation.getReservedMatters().isEmpty()) {
			text.append("; reserved: ")
					.append(String.join("; ",
							delegation.getReservedMatters().stream().map(DiagramLabels::name).toList()));
		}
		EscalationRule rule = delegation.getEscalationRule();
		if (rule != null) {
			text.append("; escalate");
			if (rule.getThresholdAmount() != null) {
				text.append(" above ").append(PlacewiseLabels.money(rule.getThresholdAmount()));
			}
			if (rule.getCircumstances() != null && !rule.getCircumstances().isBlank()) {
				text.append(" or when: ").append(rule.getCircumstances().trim());
			}
			if (rule.getEscalateTo() != null) {
				text.append(" to ").append(name(rule.getEscalateTo()));
			}
		}
		if (delegation.getLegalBasis() != null && delegation.getLegalBasis().getValue() != 0) {
			text.append("; legal basis: ").append(PlacewiseLabels.literal(delegation.getLegalBasis()));
		}
		if (delegation.getReviewDate() != null) {
			text.append("; review by ").append(PlacewiseLabels.date(delegation.getReviewDate()));
		}
		return text.append('.').toString();
	}

	/**
	 * @param agreement an agreement, may be null
	 * @return e.g. "Agreement: Exampletown section 75 agreement" or "No agreement recorded"
	 */
	public static String agreement(Agreement agreement) {
		return agreement == null ? "No agreement recorded" : "Agreement: " + name(agreement);
	}

	/**
	 * A measure's value with its unit: "9.4 days", "£74 per week", "12%".
	 *
	 * @param measure the measure (for the unit)
	 * @param value   the value, may be null
	 * @return the text
	 */
	public static String value(Measure measure, BigDecimal value) {
		if (value == null) {
			return "not recorded";
		}
		String number = PlacewiseLabels.number(value);
		String unit = measure.getUnit() == null ? "" : measure.getUnit().trim();
		if (unit.isEmpty()) {
			return number;
		}
		if (unit.equals("%")) {
			return number + "%";
		}
		if (unit.startsWith("£")) {
			String rest = unit.substring(1).trim();
			return "£" + number + (rest.isEmpty() ? "" : " " + rest);
		}
		return number + " " + unit;
	}

	/** A value with its currency or percent sign but without trailing unit words: "£74", "10.0", "12%". */
	private static String bareValue(Measure measure, BigDecimal value) {
		String unit = measure.getUnit() == null ? "" : measure.getUnit().trim();
		String number = PlacewiseLabels.number(value);
		return unit.startsWith("£") ? "£" + number : unit.equals("%") ? number + "%" : number;
	}

	/**
	 * The lines a measure shows: latest value, target and baseline, status.
	 *
	 * @param measure the measure
	 * @return label lines under the measure's name
	 */
	public static List<String> measureLines(Measure measure) {
		var lines = new ArrayList<String>();
		Observation latest = org.placewise.model.query.Measures.latestObservation(measure).orElse(null);
		lines.add(latest == null ? "No observations yet"
				: "Latest " + value(measure, latest.getObservedValue()) + " ("
						+ PlacewiseLabels.date(latest.getObservedOn()) + ")");
		if (measure.getTargetValue() != null) {
			String target = "target " + value(measure, measure.getTargetValue());
			lines.add(measure.getBaselineValue() == null ? capitalise(target)
					: "Baseline " + bareValue(measure, measure.getBaselineValue()) + " \u2192 " + target);
		} else {
			lines.add("No target set");
		}
		MeasureStatus status = MeasureStatus.of(measure);
		if (status != MeasureStatus.NO_DATA
				&& (status != MeasureStatus.NO_TARGET || measure.getTargetValue() != null)) {
			// The two lines above already say "no observations" or "no target"; repeat only news.
			lines.add(status.label());
		}
		return lines;
	}

	/**
	 * @param direction a desired direction
	 * @return "higher is better", "lower is better" or empty
	 */
	public static String direction(DesiredDirection direction) {
		return direction == null || direction == DesiredDirection.NONE ? ""
				: PlacewiseLabels.literalInSentence(direction);
	}

	/**
	 * @param date a date, may be null
	 * @return e.g. "27 May 2024", or "undated"
	 */
	public static String date(LocalDate date) {
		return date == null ? "undated" : PlacewiseLabels.date(date);
	}

	private static String capitalise(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
