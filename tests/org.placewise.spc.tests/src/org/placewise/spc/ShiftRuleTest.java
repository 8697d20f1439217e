package org.placewise.spc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.placewise.spc.Series.afterBaseline;
import static org.placewise.spc.Series.afterBaselineEndingHigh;
import static org.placewise.spc.Series.baseline12;
import static org.placewise.spc.Series.flaggedBy;
import static org.placewise.spc.Series.monthly;
import static org.placewise.spc.Series.range;

import java.util.List;

import org.junit.jupiter.api.Test;

/*
 * Unless said otherwise the series start with the 12-point baseline of Series (mean 10, MR̄ 2,
 * limits 4.68 to 15.32, 2-sigma lines 6.4533 and 13.5467); the runs that follow stay between the
 * 2-sigma lines and zig-zag, so only the shift rule can fire.
 */
class ShiftRuleTest {

	@Test
	void sevenPointsAboveTheMeanOverAllPointsAreAShift() {
		/*
		 * 12, 6, 12, 6, 12, 6, 12, 4, then 11, 12, 11, 12, 11, 12, 11 (all 15 points are the baseline). mean = (70 +
		 * 80) / 15 = 10 moving ranges: 6 × 6, 8, 7, 6 × 1 → MR̄ = 57 / 14 = 4.0714 limits 10 ± 10.83 (−0.83, 20.83);
		 * 2-sigma 10 ± 7.22 (2.78, 17.22): nothing is beyond them. Points 8–14 (11, 12, …) are 7 in a row above 10;
		 * point 7 (4) is below.
		 */
		SpcResult result = SpcAnalysis.analyse(monthly(12, 6, 12, 6, 12, 6, 12, 4, 11, 12, 11, 12, 11, 12, 11),
				SpcOptions.defaults());
		assertEquals(10.0, result.partitions().get(0).mean(), 1e-9);
		assertEquals(57.0 / 14, result.currentLimits().orElseThrow().meanMovingRange(), 1e-9);
		assertEquals(range(8, 14), flaggedBy(result, SpecialCauseRule.SHIFT));
		assertEquals(range(8, 14), result.flaggedPoints().stream().map(SpcPoint::position).toList());
	}

	@Test
	void everyPointOfARunAboveTheMeanIsFlaggedHigh() {
		SpcResult result = SpcAnalysis.analyse(afterBaseline(11, 12, 11, 12, 11, 12, 11),
				baseline12(ImprovementDirection.NEUTRAL).build());
		assertEquals(range(12, 18), flaggedBy(result, SpecialCauseRule.SHIFT));
		for (int position : range(12, 18)) {
			assertEquals(List.of(new SpecialCause(SpecialCauseRule.SHIFT, Side.HIGH)),
					result.points().get(position).specialCauses());
		}
	}

	@Test
	void everyPointOfARunBelowTheMeanIsFlaggedLow() {
		SpcResult result = SpcAnalysis.analyse(afterBaselineEndingHigh(9, 8, 9, 8, 9, 8, 9),
				baseline12(ImprovementDirection.NEUTRAL).build());
		assertEquals(range(12, 18), flaggedBy(result, SpecialCauseRule.SHIFT));
		assertTrue(range(12, 18).stream().allMatch(position -> result.points().get(position).specialCauses()
				.equals(List.of(new SpecialCause(SpecialCauseRule.SHIFT, Side.LOW)))));
	}

	@Test
	void sixPointsAboveTheMeanAreNotAShiftOfSeven() {
		SpcResult result = SpcAnalysis.analyse(afterBaseline(11, 12, 11, 12, 11, 12, 9),
				baseline12(ImprovementDirection.NEUTRAL).build());
		assertTrue(result.flaggedPoints().isEmpty());
	}

	@Test
	void aPointOnTheMeanBreaksAShift() {
		// 11, 12, 11, 10, 12, 11, 12, 11: the 10 sits on the mean, leaving runs of 3 and 4.
		SpcResult result = SpcAnalysis.analyse(afterBaseline(11, 12, 11, 10, 12, 11, 12, 11),
				baseline12(ImprovementDirection.NEUTRAL).build());
		assertTrue(flaggedBy(result, SpecialCauseRule.SHIFT).isEmpty());
	}

	@Test
	void theSameRunWithoutThePointOnTheMeanIsAShift() {
		SpcResult result = SpcAnalysis.analyse(afterBaseline(11, 12, 11, 11.5, 12, 11, 12, 11),
				baseline12(ImprovementDirection.NEUTRAL).build());
		assertEquals(range(12, 19), flaggedBy(result, SpecialCauseRule.SHIFT));
	}

	@Test
	void shiftLengthSixFlagsARunOfSix() {
		SpcResult result = SpcAnalysis.analyse(afterBaseline(11, 12, 11, 12, 11, 12, 9),
				baseline12(ImprovementDirection.NEUTRAL).shiftLength(6).build());
		assertEquals(range(12, 17), flaggedBy(result, SpecialCauseRule.SHIFT));
	}

	@Test
	void shiftLengthSixDoesNotFlagARunOfFive() {
		SpcResult result = SpcAnalysis.analyse(afterBaseline(11, 12, 11, 12, 11, 9, 9),
				baseline12(ImprovementDirection.NEUTRAL).shiftLength(6).build());
		assertTrue(flaggedBy(result, SpecialCauseRule.SHIFT).isEmpty());
	}

	@Test
	void shiftLengthEightFlagsARunOfEight() {
		SpcResult result = SpcAnalysis.analyse(afterBaseline(11, 12, 11, 12, 11, 12, 11, 12, 9),
				baseline12(ImprovementDirection.NEUTRAL).shiftLength(8).build());
		assertEquals(range(12, 19), flaggedBy(result, SpecialCauseRule.SHIFT));
	}

	@Test
	void shiftLengthEightDoesNotFlagARunOfSeven() {
		SpcResult result = SpcAnalysis.analyse(afterBaseline(11, 12, 11, 12, 11, 12, 11, 9),
				baseline12(ImprovementDirection.NEUTRAL).shiftLength(8).build());
		assertTrue(flaggedBy(result, SpecialCauseRule.SHIFT).isEmpty());
	}

	@Test
	void shiftAboveIsAnImprovementWhenHigherIsBetter() {
		SpcResult result = SpcAnalysis.analyse(afterBaseline(11, 12, 11, 12, 11, 12, 11),
				baseline12(ImprovementDirection.HIGHER_IS_BETTER).build());
		assertEquals(Variation.SPECIAL_CAUSE_IMPROVEMENT_HIGH, result.latestVariation());
	}

	@Test
	void shiftAboveIsAConcernWhenLowerIsBetter() {
		SpcResult result = SpcAnalysis.analyse(afterBaseline(11, 12, 11, 12, 11, 12, 11),
				baseline12(ImprovementDirection.LOWER_IS_BETTER).build());
		assertEquals(Variation.SPECIAL_CAUSE_CONCERN_HIGH, result.latestVariation());
	}

	@Test
	void shiftBelowIsAnImprovementWhenLowerIsBetter() {
		SpcResult result = SpcAnalysis.analyse(afterBaselineEndingHigh(9, 8, 9, 8, 9, 8, 9),
				baseline12(ImprovementDirection.LOWER_IS_BETTER).build());
		assertEquals(Variation.SPECIAL_CAUSE_IMPROVEMENT_LOW, result.latestVariation());
	}

	@Test
	void shiftBelowIsAConcernWhenHigherIsBetter() {
		SpcResult result = SpcAnalysis.analyse(afterBaselineEndingHigh(9, 8, 9, 8, 9, 8, 9),
				baseline12(ImprovementDirection.HIGHER_IS_BETTER).build());
		assertEquals(Variation.SPECIAL_CAUSE_CONCERN_LOW, result.latestVariation());
	}
}
