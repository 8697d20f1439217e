package org.placewise.spc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.placewise.spc.Series.afterBaseline;
import static org.placewise.spc.Series.afterBaselineEndingHigh;
import static org.placewise.spc.Series.baseline12;
import static org.placewise.spc.Series.flaggedBy;
import static org.placewise.spc.Series.range;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/*
 * The series start with the 12-point baseline of Series (mean 10, MR̄ 2, limits 4.68 to 15.32,
 * 2-sigma lines 6.4533 and 13.5467). The trends stay between the 2-sigma lines and cross the mean,
 * so no run on one side reaches 7 and only the trend rule can fire. The baseline ends with 9, so a
 * rising trend that starts at 8 starts fresh (9 → 8 is a fall).
 */
class TrendRuleTest {

	private static final double[] RISING_7 = { 8, 8.5, 9, 9.5, 10.5, 11, 11.5 };
	private static final double[] FALLING_7 = { 12, 11.5, 11, 10.5, 9.5, 9, 8.5 };

	@Test
	void sevenRisingPointsAreATrendWithEveryPointFlaggedHigh() {
		SpcResult result = SpcAnalysis.analyse(afterBaseline(RISING_7),
				baseline12(ImprovementDirection.NEUTRAL).build());
		assertEquals(range(12, 18), flaggedBy(result, SpecialCauseRule.TREND));
		for (int position : range(12, 18)) {
			assertEquals(List.of(new SpecialCause(SpecialCauseRule.TREND, Side.HIGH)),
					result.points().get(position).specialCauses());
		}
	}

	@Test
	void sevenFallingPointsAreATrendWithEveryPointFlaggedLow() {
		// After a baseline ending with 11, 11 → 12 is a rise, so the fall starts at 12.
		SpcResult result = SpcAnalysis.analyse(afterBaselineEndingHigh(FALLING_7),
				baseline12(ImprovementDirection.NEUTRAL).build());
		assertEquals(range(12, 18), flaggedBy(result, SpecialCauseRule.TREND));
		assertTrue(range(12, 18).stream().allMatch(position -> result.points().get(position).specialCauses()
				.equals(List.of(new SpecialCause(SpecialCauseRule.TREND, Side.LOW)))));
	}

	@Test
	void aTieBreaksATrend() {
		// 8, 8.5, 9, 9, 9.5, 10.5, 11, 11.5: the repeated 9 leaves rising runs of 3 and 5 points.
		SpcResult result = SpcAnalysis.analyse(afterBaseline(8, 8.5, 9, 9, 9.5, 10.5, 11, 11.5),
				baseline12(ImprovementDirection.NEUTRAL).build());
		assertTrue(flaggedBy(result, SpecialCauseRule.TREND).isEmpty());
	}

	@Test
	void sixRisingPointsAreNotATrendOfSeven() {
		SpcResult result = SpcAnalysis.analyse(afterBaseline(8, 8.5, 9, 9.5, 10.5, 11, 10.8),
				baseline12(ImprovementDirection.NEUTRAL).build());
		assertTrue(result.flaggedPoints().isEmpty());
	}

	@Test
	void trendLengthSixFlagsSixRisingPoints() {
		SpcResult result = SpcAnalysis.analyse(afterBaseline(8, 8.5, 9, 9.5, 10.5, 11, 10.8),
				baseline12(ImprovementDirection.NEUTRAL).trendLength(6).build());
		assertEquals(range(12, 17), flaggedBy(result, SpecialCauseRule.TREND));
	}

	@Test
	void trendLengthEightFlagsEightRisingPoints() {
		SpcResult result = SpcAnalysis.analyse(afterBaseline(7.5, 8, 8.5, 9, 9.5, 10.5, 11, 11.5),
				baseline12(ImprovementDirection.NEUTRAL).trendLength(8).build());
		assertEquals(range(12, 19), flaggedBy(result, SpecialCauseRule.TREND));
	}

	@Test
	void trendLengthEightDoesNotFlagSevenRisingPoints() {
		SpcResult result = SpcAnalysis.analyse(afterBaseline(RISING_7),
				baseline12(ImprovementDirection.NEUTRAL).trendLength(8).build());
		assertTrue(flaggedBy(result, SpecialCauseRule.TREND).isEmpty());
	}

	@Test
	void risingTrendIsAnImprovementWhenHigherIsBetter() {
		SpcResult result = SpcAnalysis.analyse(afterBaseline(RISING_7),
				baseline12(ImprovementDirection.HIGHER_IS_BETTER).build());
		assertEquals(Variation.SPECIAL_CAUSE_IMPROVEMENT_HIGH, result.latestVariation());
	}

	@Test
	void risingTrendIsAConcernWhenLowerIsBetter() {
		SpcResult result = SpcAnalysis.analyse(afterBaseline(RISING_7),
				baseline12(ImprovementDirection.LOWER_IS_BETTER).build());
		assertEquals(Variation.SPECIAL_CAUSE_CONCERN_HIGH, result.latestVariation());
	}

	@Test
	void fallingTrendIsAnImprovementWhenLowerIsBetter() {
		SpcResult result = SpcAnalysis.analyse(afterBaselineEndingHigh(FALLING_7),
				baseline12(ImprovementDirection.LOWER_IS_BETTER).build());
		assertEquals(Variation.SPECIAL_CAUSE_IMPROVEMENT_LOW, result.latestVariation());
	}

	@Test
	void fallingTrendIsAConcernWhenHigherIsBetter() {
		SpcResult result = SpcAnalysis.analyse(afterBaselineEndingHigh(FALLING_7),
				baseline12(ImprovementDirection.HIGHER_IS_BETTER).build());
		assertEquals(Variation.SPECIAL_CAUSE_CONCERN_LOW, result.latestVariation());
	}

	@Test
	void aTurningPointSharedByTwoTrendsTakesTheSideOfTheStepThatReachedIt() {
		// Rising 8 … 11.5 (7 points) then falling 11.5 … 8.5 (7 points, sharing the peak at position 18).
		// Runs on one side of the mean: 10.5, 11, 11.5, 11, 10.5 (5 points) and 9.5, 9, 8.75, 8.5 (4), so no shift.
		SpcResult result = SpcAnalysis.analyse(
				afterBaseline(8, 8.5, 9, 9.5, 10.5, 11, 11.5, 11, 10.5, 9.5, 9, 8.75, 8.5),
				baseline12(ImprovementDirection.NEUTRAL).build());
		SpcPoint peak = result.points().get(18);
		assertEquals(
				List.of(new SpecialCause(SpecialCauseRule.TREND, Side.HIGH),
						new SpecialCause(SpecialCauseRule.TREND, Side.LOW)),
				peak.specialCauses());
		assertEquals(Optional.of(new SpecialCause(SpecialCauseRule.TREND, Side.HIGH)), peak.winningCause());
		assertEquals(Variation.SPECIAL_CAUSE_NEUTRAL_LOW, result.latestVariation());
	}
}
