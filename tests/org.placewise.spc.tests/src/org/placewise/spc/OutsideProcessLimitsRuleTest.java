package org.placewise.spc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.placewise.spc.Series.flaggedBy;
import static org.placewise.spc.Series.monthly;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class OutsideProcessLimitsRuleTest {

	/*
	 * 8, 12 alternating for 14 points, then 30 (15 points, all points are the baseline). mean = (7 × 8 + 7 × 12 + 30) /
	 * 15 = 170 / 15 = 11.3333 moving ranges: 13 × 4 and |30 − 12| = 18 → MR̄ = (52 + 18) / 14 = 5 UPL = 11.3333 + 2.66
	 * × 5 = 24.6333; LPL = 11.3333 − 13.3 = −1.9667 30 > 24.6333; the alternation keeps shifts, trends and two-of-three
	 * away.
	 */
	private static final double[] HIGH_POINT = { 8, 12, 8, 12, 8, 12, 8, 12, 8, 12, 8, 12, 8, 12, 30 };

	/*
	 * The mirror image 20 − x: 12, 8 alternating, then −10. mean = 20 − 11.3333 = 8.6667, MR̄ = 5, LPL = 8.6667 − 13.3
	 * = −4.6333; −10 < −4.6333.
	 */
	private static final double[] LOW_POINT = { 12, 8, 12, 8, 12, 8, 12, 8, 12, 8, 12, 8, 12, 8, -10 };

	@Test
	void limitsAreMeanPlusOrMinus266TimesTheMeanMovingRange() {
		SpcResult result = SpcAnalysis.analyse(monthly(HIGH_POINT), SpcOptions.defaults());
		Partition partition = result.partitions().get(0);
		ProcessLimits limits = partition.limits().orElseThrow();
		assertEquals(170.0 / 15, partition.mean(), 1e-9);
		assertEquals(5.0, limits.meanMovingRange(), 1e-9);
		assertEquals(170.0 / 15 + 13.3, limits.upperProcessLimit(), 1e-9);
		assertEquals(170.0 / 15 - 13.3, limits.lowerProcessLimit(), 1e-9);
	}

	@Test
	void twoSigmaLinesAreTwoThirdsOfTheWayToTheLimits() {
		SpcResult result = SpcAnalysis.analyse(monthly(HIGH_POINT), SpcOptions.defaults());
		ProcessLimits limits = result.currentLimits().orElseThrow();
		// (2/3) × 13.3 = 8.8667
		assertEquals(170.0 / 15 + 8.866666666, limits.upperTwoSigma(), 1e-6);
		assertEquals(170.0 / 15 - 8.866666666, limits.lowerTwoSigma(), 1e-6);
	}

	@Test
	void aPointAboveTheUpperLimitIsFlaggedHigh() {
		SpcResult result = SpcAnalysis.analyse(monthly(HIGH_POINT), SpcOptions.defaults());
		assertEquals(List.of(14), flaggedBy(result, SpecialCauseRule.OUTSIDE_PROCESS_LIMITS));
		assertEquals(List.of(new SpecialCause(SpecialCauseRule.OUTSIDE_PROCESS_LIMITS, Side.HIGH)),
				result.points().get(14).specialCauses());
	}

	@Test
	void aPointBelowTheLowerLimitIsFlaggedLow() {
		SpcResult result = SpcAnalysis.analyse(monthly(LOW_POINT), SpcOptions.defaults());
		assertEquals(List.of(14), flaggedBy(result, SpecialCauseRule.OUTSIDE_PROCESS_LIMITS));
		assertEquals(Optional.of(new SpecialCause(SpecialCauseRule.OUTSIDE_PROCESS_LIMITS, Side.LOW)),
				result.points().get(14).winningCause());
	}

	@Test
	void noOtherPointOfTheSeriesIsFlagged() {
		SpcResult result = SpcAnalysis.analyse(monthly(HIGH_POINT), SpcOptions.defaults());
		assertEquals(1, result.flaggedPoints().size());
	}

	@Test
	void highPointIsAnImprovementWhenHigherIsBetter() {
		SpcResult result = SpcAnalysis.analyse(monthly(HIGH_POINT),
				SpcOptions.builder().direction(ImprovementDirection.HIGHER_IS_BETTER).build());
		assertEquals(Variation.SPECIAL_CAUSE_IMPROVEMENT_HIGH, result.latestVariation());
	}

	@Test
	void highPointIsAConcernWhenLowerIsBetter() {
		SpcResult result = SpcAnalysis.analyse(monthly(HIGH_POINT),
				SpcOptions.builder().direction(ImprovementDirection.LOWER_IS_BETTER).build());
		assertEquals(Variation.SPECIAL_CAUSE_CONCERN_HIGH, result.latestVariation());
	}

	@Test
	void lowPointIsAnImprovementWhenLowerIsBetter() {
		SpcResult result = SpcAnalysis.analyse(monthly(LOW_POINT),
				SpcOptions.builder().direction(ImprovementDirection.LOWER_IS_BETTER).build());
		assertEquals(Variation.SPECIAL_CAUSE_IMPROVEMENT_LOW, result.latestVariation());
	}

	@Test
	void lowPointIsAConcernWhenHigherIsBetter() {
		SpcResult result = SpcAnalysis.analyse(monthly(LOW_POINT),
				SpcOptions.builder().direction(ImprovementDirection.HIGHER_IS_BETTER).build());
		assertEquals(Variation.SPECIAL_CAUSE_CONCERN_LOW, result.latestVariation());
	}

	@Test
	void aPointExactlyOnTheUpperLimitIsNotOutside() {
		// Baseline fixes UPL = 15.32 (see Series); the point is set to the computed limit itself.
		double upper = SpcAnalysis
				.analyse(Series.afterBaseline(10, 10, 10), Series.baseline12(ImprovementDirection.NEUTRAL).build())
				.currentLimits().orElseThrow().upperProcessLimit();
		SpcResult result = SpcAnalysis.analyse(Series.afterBaseline(10, 10, upper),
				Series.baseline12(ImprovementDirection.NEUTRAL).build());
		assertTrue(flaggedBy(result, SpecialCauseRule.OUTSIDE_PROCESS_LIMITS).isEmpty());
	}
}
