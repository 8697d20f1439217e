package org.placewise.diagram.kinds;

import java.math.BigDecimal;

import org.placewise.diagram.scene.Palettes;
import org.placewise.model.measures.DesiredDirection;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.Observation;
import org.placewise.model.query.Measures;

/**
 * Where a measure stands: its latest observation compared with its target in the direction that counts as better. Shown
 * as words on the measure and as the measure's colour, so that it reads without colour vision too.
 */
public enum MeasureStatus {
	/** The latest value meets or beats the target. */
	MEETS_TARGET("Meets target", Palettes.MEASURE_MET),
	/** The latest value is short of the target but better than the baseline. */
	IMPROVING("Short of target, better than baseline", Palettes.MEASURE_NOT_MET),
	/** The latest value is short of the target and no better than the baseline (or there is no baseline). */
	SHORT_OF_TARGET("Short of target", Palettes.MEASURE_NOT_MET),
	/** There is a target but no observation to compare with it. */
	NO_DATA("No data to compare with target", Palettes.MEASURE_UNKNOWN),
	/** There is no target, or no desired direction to judge the value by. */
	NO_TARGET("Status unknown: no target or direction", Palettes.MEASURE_UNKNOWN);

	private final String label;
	private final String styleKey;

	MeasureStatus(String label, String styleKey) {
		this.label = label;
		this.styleKey = styleKey;
	}

	/** @return the words shown on the measure */
	public String label() {
		return label;
	}

	/** @return the palette key the measure is drawn with */
	public String styleKey() {
		return styleKey;
	}

	/**
	 * @param measure a measure
	 * @return its status
	 */
	public static MeasureStatus of(Measure measure) {
		DesiredDirection direction = measure.getDesiredDirection();
		BigDecimal target = measure.getTargetValue();
		if (target == null || direction == null || direction == DesiredDirection.NONE) {
			return NO_TARGET;
		}
		Observation latest = Measures.latestObservation(measure).orElse(null);
		if (latest == null || latest.getObservedValue() == null) {
			return NO_DATA;
		}
		BigDecimal value = latest.getObservedValue();
		if (better(direction, value, target) >= 0) {
			return MEETS_TARGET;
		}
		BigDecimal baseline = measure.getBaselineValue();
		return baseline != null && better(direction, value, baseline) > 0 ? IMPROVING : SHORT_OF_TARGET;
	}

	/** Positive when {@code a} is better than {@code b} in the desired direction. */
	private static int better(DesiredDirection direction, BigDecimal a, BigDecimal b) {
		int c = a.compareTo(b);
		return direction == DesiredDirection.HIGHER_IS_BETTER ? c : -c;
	}
}
