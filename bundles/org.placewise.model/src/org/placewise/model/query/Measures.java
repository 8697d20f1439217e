package org.placewise.model.query;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Optional;

import org.placewise.model.measures.DesiredDirection;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.Observation;

/**
 * Values derived from measures and their observations.
 */
public final class Measures {

	private Measures() {
	}

	/**
	 * The most recent dated observation of a measure (observations without a date are ignored; of two on the same date
	 * the later in the list wins).
	 *
	 * @param measure the measure
	 * @return the latest observation, or empty when there is none with a date
	 */
	public static Optional<Observation> latestObservation(Measure measure) {
		return measure.getObservations().stream()
				.filter(o -> o.getObservedOn() != null)
				.reduce((a, b) -> b.getObservedOn().isBefore(a.getObservedOn()) ? a : b);
	}

	/**
	 * Whether the target moves the measure the way its desired direction says is better. A target equal to the baseline
	 * counts as not improving.
	 *
	 * @param measure the measure
	 * @return empty when baseline, target or direction is missing; otherwise whether the target improves
	 */
	public static Optional<Boolean> targetImproves(Measure measure) {
		BigDecimal baseline = measure.getBaselineValue();
		BigDecimal target = measure.getTargetValue();
		DesiredDirection direction = measure.getDesiredDirection();
		if (baseline == null || target == null || direction == DesiredDirection.NONE) {
			return Optional.empty();
		}
		int change = target.compareTo(baseline);
		return Optional.of(direction == DesiredDirection.HIGHER_IS_BETTER ? change > 0 : change < 0);
	}

	/** Orders observations by date, undated ones last. */
	public static final Comparator<Observation> BY_DATE = Comparator.comparing(Observation::getObservedOn,
			Comparator.nullsLast(Comparator.naturalOrder()));
}
