package org.placewise.report;

import org.eclipse.emf.ecore.EObject;
import org.placewise.checks.ObjectPaths;
import org.placewise.checks.Severity;
import org.placewise.model.governance.DecisionMaker;
import org.placewise.model.measures.DesiredDirection;
import org.placewise.model.measures.Measure;
import org.placewise.spc.ChartKind;
import org.placewise.spc.ImprovementDirection;
import org.placewise.spc.SpcResult;

/**
 * The few phrases only the pack uses. Everything else the pack says about the model (enum literals, dates, money,
 * numbers, counts) comes from the one label API, {@link org.placewise.model.edit.label.PlacewiseLabels}; names are
 * those the check findings use.
 */
final class PackWording {

	private PackWording() {
	}

	/** The name a reader knows an object by. */
	static String name(EObject object) {
		return ObjectPaths.name(object);
	}

	static String decisionMakerName(DecisionMaker maker) {
		return maker instanceof EObject object ? ObjectPaths.name(object) : String.valueOf(maker);
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
