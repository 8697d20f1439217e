package org.placewise.model.resource;

import java.math.BigDecimal;

/**
 * The decimals a model may hold: any decimal whose magnitude a calculation (a {@code double}) can hold. A decimal such
 * as {@code 1e400} is exact as text but becomes infinity in every calculation (SPC limits, totals, charts), so one such
 * value would take a whole report down; it is refused where it enters (file load, import) instead.
 */
public final class Numbers {

	private Numbers() {
	}

	/**
	 * @param number a decimal
	 * @return whether calculations can use it: its magnitude is at most {@link Double#MAX_VALUE}
	 */
	public static boolean isCalculable(BigDecimal number) {
		return Double.isFinite(number.doubleValue());
	}

	/**
	 * @param number a decimal
	 * @return the same decimal
	 * @throws NumberFormatException when calculations cannot use it
	 */
	public static BigDecimal requireCalculable(BigDecimal number) {
		if (!isCalculable(number)) {
			throw new NumberFormatException("the number " + number + " is too large to calculate with (the largest is"
					+ " about 1.8E+308)");
		}
		return number;
	}
}
