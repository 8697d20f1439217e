package org.placewise.spc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.DoubleStream;

/** Builds test series: monthly observations and the standard baseline used by the rule tests. */
final class Series {

	/** First date of every monthly test series. */
	static final LocalDate START = LocalDate.of(2024, 1, 1);

	/**
	 * Twelve points alternating 11, 9, …, 11, 9. Used with {@code baselinePoints(12)} it fixes the process at mean =
	 * 120 / 12 = 10 and MR̄ = (11 × 2) / 11 = 2, so UPL = 10 + 2.66 × 2 = 15.32, LPL = 4.68, and the 2-sigma lines are
	 * 10 ± (2/3)(5.32) = 13.5467 and 6.4533. It ends below the mean on purpose, so a run above the mean that follows
	 * starts fresh.
	 */
	static final double[] BASELINE_AROUND_10 = { 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9 };

	/** The same baseline ending above the mean (9, 11, …, 9, 11), for runs below the mean. */
	static final double[] BASELINE_AROUND_10_ENDING_HIGH = { 9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11 };

	private Series() {
	}

	/** Monthly observations on the 1st of each month from January 2024. */
	static List<Observation> monthly(double... values) {
		List<Observation> observations = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			observations.add(new Observation(START.plusMonths(i), values[i]));
		}
		return observations;
	}

	/** The standard baseline followed by {@code tail}. */
	static List<Observation> afterBaseline(double... tail) {
		return monthly(concat(BASELINE_AROUND_10, tail));
	}

	/** The baseline ending high followed by {@code tail}. */
	static List<Observation> afterBaselineEndingHigh(double... tail) {
		return monthly(concat(BASELINE_AROUND_10_ENDING_HIGH, tail));
	}

	static double[] concat(double[] first, double... second) {
		return DoubleStream.concat(DoubleStream.of(first), DoubleStream.of(second)).toArray();
	}

	/** Options with the 12-point baseline and the given direction. */
	static SpcOptions.Builder baseline12(ImprovementDirection direction) {
		return SpcOptions.builder().baselinePoints(12).direction(direction);
	}

	/** Positions of the points flagged by {@code rule}. */
	static List<Integer> flaggedBy(SpcResult result, SpecialCauseRule rule) {
		return result.points().stream().filter(point -> point.isFlaggedBy(rule)).map(SpcPoint::position).toList();
	}

	/** Positions from {@code first} to {@code last} inclusive. */
	static List<Integer> range(int first, int last) {
		List<Integer> positions = new ArrayList<>();
		for (int i = first; i <= last; i++) {
			positions.add(i);
		}
		return positions;
	}
}
