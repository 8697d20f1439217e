package org.placewise.spc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.placewise.spc.Series.afterBaseline;
import static org.placewise.spc.Series.afterBaselineEndingHigh;
import static org.placewise.spc.Series.baseline12;
import static org.placewise.spc.Series.flaggedBy;
import static org.placewise.spc.Series.range;

import java.util.List;

import org.junit.jupiter.api.Test;

/*
 * The series start with the 12-point baseline of Series: mean 10, MR̄ 2, 2-sigma lines
 * 10 ± (2/3)(2.66 × 2) = 13.5467 and 6.4533, limits 15.32 and 4.68. The three points after it stay
 * inside the limits and zig-zag, so only the two-of-three rule can fire.
 */
class TwoOfThreeRuleTest {

	@Test
	void twoOfThreeAboveTheUpperTwoSigmaLineFlagsAllThreeHigh() {
		// 14, 11, 14: all above 10, and 14 > 13.5467 twice.
		SpcResult result = SpcAnalysis.analyse(afterBaseline(14, 11, 14),
				baseline12(ImprovementDirection.NEUTRAL).build());
		assertEquals(range(12, 14), flaggedBy(result, SpecialCauseRule.TWO_OF_THREE_BEYOND_TWO_SIGMA));
		for (int position : range(12, 14)) {
			assertEquals(List.of(new SpecialCause(SpecialCauseRule.TWO_OF_THREE_BEYOND_TWO_SIGMA, Side.HIGH)),
					result.points().get(position).specialCauses());
		}
	}

	@Test
	void twoOfThreeBelowTheLowerTwoSigmaLineFlagsAllThreeLow() {
		// 6, 9, 6: all below 10, and 6 < 6.4533 twice.
		SpcResult result = SpcAnalysis.analyse(afterBaselineEndingHigh(6, 9, 6),
				baseline12(ImprovementDirection.NEUTRAL).build());
		assertEquals(range(12, 14), flaggedBy(result, SpecialCauseRule.TWO_OF_THREE_BEYOND_TWO_SIGMA));
		assertTrue(range(12, 14).stream().allMatch(position -> result.points().get(position).specialCauses()
				.equals(List.of(new SpecialCause(SpecialCauseRule.TWO_OF_THREE_BEYOND_TWO_SIGMA, Side.LOW)))));
	}

	@Test
	void twoOfThreeNeedsAllThreePointsOnTheSameSideOfTheMean() {
		// 14, 9.5, 14: the middle point is below the mean.
		SpcResult result = SpcAnalysis.analyse(afterBaseline(14, 9.5, 14),
				baseline12(ImprovementDirection.NEUTRAL).build());
		assertTrue(result.flaggedPoints().isEmpty());
	}

	@Test
	void oneOfThreeBeyondTheTwoSigmaLineIsNotEnough() {
		SpcResult result = SpcAnalysis.analyse(afterBaseline(14, 11, 13),
				baseline12(ImprovementDirection.NEUTRAL).build());
		assertTrue(result.flaggedPoints().isEmpty());
	}

	@Test
	void highTwoOfThreeIsAnImprovementWhenHigherIsBetter() {
		SpcResult result = SpcAnalysis.analyse(afterBaseline(14, 11, 14),
				baseline12(ImprovementDirection.HIGHER_IS_BETTER).build());
		assertEquals(Variation.SPECIAL_CAUSE_IMPROVEMENT_HIGH, result.latestVariation());
	}

	@Test
	void highTwoOfThreeIsAConcernWhenLowerIsBetter() {
		SpcResult result = SpcAnalysis.analyse(afterBaseline(14, 11, 14),
				baseline12(ImprovementDirection.LOWER_IS_BETTER).build());
		assertEquals(Variation.SPECIAL_CAUSE_CONCERN_HIGH, result.latestVariation());
	}

	@Test
	void lowTwoOfThreeIsAnImprovementWhenLowerIsBetter() {
		SpcResult result = SpcAnalysis.analyse(afterBaselineEndingHigh(6, 9, 6),
				baseline12(ImprovementDirection.LOWER_IS_BETTER).build());
		assertEquals(Variation.SPECIAL_CAUSE_IMPROVEMENT_LOW, result.latestVariation());
	}

	@Test
	void lowTwoOfThreeIsAConcernWhenHigherIsBetter() {
		SpcResult result = SpcAnalysis.analyse(afterBaselineEndingHigh(6, 9, 6),
				baseline12(ImprovementDirection.HIGHER_IS_BETTER).build());
		assertEquals(Variation.SPECIAL_CAUSE_CONCERN_LOW, result.latestVariation());
	}
}
