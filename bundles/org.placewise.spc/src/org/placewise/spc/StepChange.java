package org.placewise.spc;

import java.time.LocalDate;

/**
 * A recorded change to the process (for example, a new service model going live) from which the mean and process limits
 * are recalculated. The new partition starts with the identified observation.
 *
 * @param inputIndex index of the first observation of the new partition in the list given to the analysis (before any
 *                   sorting), or -1 when the step change is given by date
 * @param date       the new partition starts at the first observation dated on or after this date, or {@code null} when
 *                   the step change is given by index
 */
public record StepChange(int inputIndex, LocalDate date) {

	/** Checks that exactly one of index and date is given. */
	public StepChange {
		if ((date == null) == (inputIndex < 0)) {
			throw new IllegalArgumentException(
					"A step change needs either an observation index (0 or more) or a date, not both");
		}
	}

	/** A step change starting with the observation at {@code inputIndex} in the list analysed. */
	public static StepChange atIndex(int inputIndex) {
		if (inputIndex < 0) {
			throw new IllegalArgumentException("A step change index cannot be negative: " + inputIndex);
		}
		return new StepChange(inputIndex, null);
	}

	/** A step change starting with the first observation dated on or after {@code date}. */
	public static StepChange onDate(LocalDate date) {
		if (date == null) {
			throw new IllegalArgumentException("A step change date is required");
		}
		return new StepChange(-1, date);
	}

	/** Plain-English description, for example "step change on 2024-04-01". */
	public String describe() {
		return date != null ? "step change on " + date : "step change at observation index " + inputIndex;
	}
}
