package org.placewise.spc;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How SPC numbers are written, shared by the notes, the text report and the charts (which are drawn in
 * {@code org.placewise.diagram.chart}), so a limit reads the same in all of them.
 */
public final class Numbers {

	/** Most decimals a statistic is shown with, however precise the data. */
	private static final int MAX_DECIMALS = 4;

	private Numbers() {
	}

	/**
	 * @param value a value
	 * @return the value as given, to at most 3 decimals, without trailing zeros ("12", "12.5")
	 */
	public static String plain(double value) {
		if (value == 0) {
			return "0"; // also turns -0.0 into 0
		}
		return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

	/**
	 * A statistic (mean, limit) with a fixed number of decimals, so a column of them lines up and none shows more
	 * precision than the data supports.
	 *
	 * @param value    the statistic
	 * @param decimals decimals to show, see {@link #statisticDecimals(SpcResult)}
	 * @return the statistic, never "-0"
	 */
	public static String statistic(double value, int decimals) {
		String text = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
		return text.startsWith("-") && BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).signum() == 0
				? text.substring(1)
				: text;
	}

	/**
	 * @param result an analysis
	 * @return decimals for its statistics: one more than the most precise observation shows
	 */
	public static int statisticDecimals(SpcResult result) {
		int decimals = 0;
		for (SpcPoint point : result.points()) {
			BigDecimal exact = BigDecimal.valueOf(point.value()).stripTrailingZeros();
			decimals = Math.max(decimals, Math.max(0, exact.scale()));
		}
		return Math.min(MAX_DECIMALS, decimals + 1);
	}
}
