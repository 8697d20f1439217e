package org.placewise.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.placewise.checks.ObjectPaths;
import org.placewise.checks.Severity;
import org.placewise.model.governance.DecisionMaker;
import org.placewise.model.governance.LegalBasis;
import org.placewise.model.measures.DesiredDirection;
import org.placewise.model.measures.Measure;
import org.placewise.spc.ChartKind;
import org.placewise.spc.ImprovementDirection;
import org.placewise.spc.SpcResult;

/**
 * The pack's own words: names of objects, the few phrases only the pack uses, and how missing
 * values read.
 */
final class PackWording {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

	private PackWording() {
	}

	/** The name a reader knows an object by. */
	static String name(EObject object) {
		return ObjectPaths.name(object);
	}

	static String decisionMakerName(DecisionMaker maker) {
		return maker instanceof EObject object ? ObjectPaths.name(object) : String.valueOf(maker);
	}

	static String date(LocalDate date) {
		return DAY.format(date);
	}

	/** An enum literal as words: "committee-of-the-icb" reads "Committee of the ICB". */
	static String words(String literal) {
		String text = (" " + literal.replace('-', ' ') + " ").replace(" icb ", " ICB ").replace(" nhs ", " NHS ")
				.replace(" vcse ", " VCSE ").replace(" pcn ", " PCN ").replace(" gp ", " GP ").strip();
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	static String plural(long count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}

	static String legalBasis(LegalBasis basis) {
		if (basis == null) {
			return "Not stated";
		}
		return switch (basis) {
			case NOT_STATED -> "Not stated";
			case NHS_ACT_SECTION_65Z5 -> "NHS Act 2006 s.65Z5";
			case NHS_ACT_SECTION_75 -> "NHS Act 2006 s.75";
			case ICB_CONSTITUTION -> "ICB constitution";
			case LOCAL_GOVERNMENT_ACT_SECTION_101 -> "Local Government Act 1972 s.101";
			case SCHEME_OF_RESERVATION_AND_DELEGATION -> "Scheme of reservation and delegation";
			case CONTRACT -> "Contract";
			case OTHER -> "Other";
		};
	}

	/** The "Better when" column of a measures table. */
	static String betterWhen(DesiredDirection direction) {
		if (direction == null) {
			return "Not stated";
		}
		return switch (direction) {
			case HIGHER_IS_BETTER -> "Higher";
			case LOWER_IS_BETTER -> "Lower";
			case NONE -> "Not stated";
		};
	}

	/** A severity as a badge says it. */
	static String severity(Severity severity) {
		return switch (severity) {
			case ERROR -> "Error";
			case WARNING -> "Warning";
			case INFO -> "Note";
		};
	}

	/** Why a measure has no assurance icon, in a few words. */
	static String noAssuranceReason(Measure measure, SpcResult result) {
		if (measure.getTargetValue() == null) {
			return "no target";
		}
		if (result.options().direction() == ImprovementDirection.NEUTRAL) {
			return "no direction";
		}
		if (result.points().isEmpty()) {
			return "no data";
		}
		if (result.chartKind() != ChartKind.XMR) {
			return "fewer than 15 points";
		}
		return "no process limits";
	}

	/** A measure's unit, or {@code null} when it has none. */
	static String unit(Measure measure) {
		return blankToNull(measure.getUnit());
	}

	/** A unit after a number: " days", or nothing. */
	static String suffix(String unit) {
		return unit == null || unit.isBlank() ? "" : " " + unit;
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
