package org.placewise.spc;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One analysed point of the series.
 *
 * @param position      position in the analysed series (after sorting by date)
 * @param inputIndex    index of the observation in the list given to the analysis
 * @param date          the observation's date, or {@code null} when it had none
 * @param value         the observed value
 * @param partition     1-based number of the partition the point belongs to
 * @param movingRange   |value − previous value| within the partition; empty for its first point
 * @param specialCauses every rule that flagged the point, in order of precedence
 * @param winningCause  the cause that decides the point's variation (highest precedence)
 * @param variation     the point's variation type
 */
public record SpcPoint(int position, int inputIndex, LocalDate date, double value, int partition,
		OptionalDouble movingRange, List<SpecialCause> specialCauses, Optional<SpecialCause> winningCause,
		Variation variation) {

	/** Copies the list of causes so the point cannot change. */
	public SpcPoint {
		specialCauses = List.copyOf(specialCauses);
	}

	/** Whether any special-cause rule flagged this point. */
	public boolean isFlagged() {
		return !specialCauses.isEmpty();
	}

	/** Whether {@code rule} flagged this point (on either side). */
	public boolean isFlaggedBy(SpecialCauseRule rule) {
		return specialCauses.stream().anyMatch(cause -> cause.rule() == rule);
	}

	/** A label for reports: the date, or "point N" (1-based) when undated. */
	public String label() {
		return date != null ? date.toString() : "point " + (position + 1);
	}
}
