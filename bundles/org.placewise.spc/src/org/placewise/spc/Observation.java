package org.placewise.spc;

import java.time.LocalDate;

/**
 * One observation of a measure: the value recorded for a period.
 *
 * @param date  the date the observation belongs to; {@code null} when the source gave none (the series is then analysed
 *              in the order given)
 * @param value the observed value; must be a finite number
 */
public record Observation(LocalDate date, double value) {

	/** An observation without a date, placed by its position in the series. */
	public static Observation undated(double value) {
		return new Observation(null, value);
	}
}
