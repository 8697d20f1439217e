package org.placewise.spc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.placewise.spc.Series.afterBaseline;
import static org.placewise.spc.Series.baseline12;
import static org.placewise.spc.Series.flaggedBy;
import static org.placewise.spc.Series.range;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/*
 * The series start with the 12-point baseline of Series: mean 10, MR̄ 2, limits 4.68 and 15.32,
 * 2-sigma lines 6.4533 and 13.5467. Precedence: trend > shift > two-of-three > single point.
 */
class RulePrecedenceTest {

	/*
	 * 16, 15, 14, 13, 12, 11, 10.5 after the baseline's final 9: - falling trend of 7 (positions 12–18): TREND LOW on
	 * all; - 7 points above the mean 10: SHIFT HIGH on all; - windows 16, 15, 14 and 15, 14, 13 each have at least two
	 * points beyond 13.5467 and all three above the mean: TWO_OF_THREE HIGH on positions 12–15 (14, 13, 12 has only
	 * one); - 16 > 15.32: OUTSIDE HIGH on position 12.
	 */
	private static final double[] FALL_FROM_ABOVE_THE_LIMIT = { 16, 15, 14, 13, 12, 11, 10.5 };

	@Test
	void trendWinsOverEveryOtherRuleEvenOnTheOtherSide() {
		SpcResult result = SpcAnalysis.analyse(afterBaseline(FALL_FROM_ABOVE_THE_LIMIT),
				baseline12(ImprovementDirection.HIGHER_IS_BETTER).build());
		SpcPoint first = result.points().get(12);
		assertEquals(List.of(new SpecialCause(SpecialCauseRule.TREND, Side.LOW),
				new SpecialCause(SpecialCauseRule.SHIFT, Side.HIGH),
				new SpecialCause(SpecialCauseRule.TWO_OF_THREE_BEYOND_TWO_SIGMA, Side.HIGH),
				new SpecialCause(SpecialCauseRule.OUTSIDE_PROCESS_LIMITS, Side.HIGH)), first.specialCauses());
		assertEquals(Optional.of(new SpecialCause(SpecialCauseRule.TREND, Side.LOW)), first.winningCause());
		// Above the upper limit, yet a falling trend is what matters when higher is better.
		assertEquals(Variation.SPECIAL_CAUSE_CONCERN_LOW, first.variation());
	}

	@Test
	void everyRuleFlagsItsOwnPointsInTheConflict() {
		SpcResult result = SpcAnalysis.analyse(afterBaseline(FALL_FROM_ABOVE_THE_LIMIT),
				baseline12(ImprovementDirection.HIGHER_IS_BETTER).build());
		assertEquals(range(12, 18), flaggedBy(result, SpecialCauseRule.TREND));
		assertEquals(range(12, 18), flaggedBy(result, SpecialCauseRule.SHIFT));
		assertEquals(range(12, 15), flaggedBy(result, SpecialCauseRule.TWO_OF_THREE_BEYOND_TWO_SIGMA));
		assertEquals(List.of(12), flaggedBy(result, SpecialCauseRule.OUTSIDE_PROCESS_LIMITS));
	}

	@Test
	void shiftWinsOverTwoOfThreeAndSinglePoint() {
		// 11, 12, 11, 12, 14, 16, 14 after the baseline: a shift of 7 above the mean (positions 12–18),
		// 14, 16, 14 beyond 13.5467 (two-of-three on 16–18 and on 15–17 via 12, 14, 16), 16 > 15.32.
		// The rises 11 → 12 → 11 and 14 → 16 → 14 zig-zag, so there is no trend.
		SpcResult result = SpcAnalysis.analyse(afterBaseline(11, 12, 11, 12, 14, 16, 14),
				baseline12(ImprovementDirection.LOWER_IS_BETTER).build());
		SpcPoint peak = result.points().get(17);
		assertEquals(List.of(new SpecialCause(SpecialCauseRule.SHIFT, Side.HIGH),
				new SpecialCause(SpecialCauseRule.TWO_OF_THREE_BEYOND_TWO_SIGMA, Side.HIGH),
				new SpecialCause(SpecialCauseRule.OUTSIDE_PROCESS_LIMITS, Side.HIGH)), peak.specialCauses());
		assertEquals(Optional.of(new SpecialCause(SpecialCauseRule.SHIFT, Side.HIGH)), peak.winningCause());
		assertEquals(Variation.SPECIAL_CAUSE_CONCERN_HIGH, peak.variation());
	}

	@Test
	void twoOfThreeWinsOverASinglePointOutsideTheLimits() {
		// 14, 16, 14: two-of-three on all three, and 16 > 15.32.
		SpcResult result = SpcAnalysis.analyse(afterBaseline(14, 16, 14),
				baseline12(ImprovementDirection.NEUTRAL).build());
		SpcPoint peak = result.points().get(13);
		assertEquals(2, peak.specialCauses().size());
		assertEquals(Optional.of(new SpecialCause(SpecialCauseRule.TWO_OF_THREE_BEYOND_TWO_SIGMA, Side.HIGH)),
				peak.winningCause());
	}

	@Test
	void aPointFlaggedOnlyOutsideTheLimitsIsWonByThatRule() {
		// 10, 16, 10: 16 is alone beyond the 2-sigma line, so only the single-point rule fires.
		SpcResult result = SpcAnalysis.analyse(afterBaseline(10, 16, 10),
				baseline12(ImprovementDirection.NEUTRAL).build());
		assertEquals(Optional.of(new SpecialCause(SpecialCauseRule.OUTSIDE_PROCESS_LIMITS, Side.HIGH)),
				result.points().get(13).winningCause());
		assertEquals(Variation.SPECIAL_CAUSE_NEUTRAL_HIGH, result.points().get(13).variation());
	}
}
