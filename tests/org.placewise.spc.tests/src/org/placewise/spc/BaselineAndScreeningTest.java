package org.placewise.spc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.placewise.spc.Series.afterBaseline;
import static org.placewise.spc.Series.monthly;

import org.junit.jupiter.api.Test;

class BaselineAndScreeningTest {

	/*
	 * 10, 12 alternating for 14 points, then 10 and 40 (16 points). mean = (8 × 10 + 7 × 12 + 40) / 16 = 204 / 16 =
	 * 12.75 moving ranges: 14 × 2 and |40 − 10| = 30 → MR̄ = 58 / 15 = 3.8667 screening threshold 3.267 × 3.8667 =
	 * 12.632: the 30 is left out → MR̄ = 28 / 14 = 2
	 */
	private static final double[] ONE_WILD_JUMP = { 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 40 };

	@Test
	void byDefaultEveryPointIsInTheBaseline() {
		SpcResult result = SpcAnalysis.analyse(afterBaseline(20, 20, 20), SpcOptions.defaults());
		// (120 + 60) / 15 = 12
		assertEquals(15, result.partitions().get(0).baselinePoints());
		assertEquals(12.0, result.partitions().get(0).mean(), 1e-9);
	}

	@Test
	void aBaselineOfTwelvePointsIgnoresLaterPointsForTheLimits() {
		SpcResult result = SpcAnalysis.analyse(afterBaseline(20, 20, 20),
				SpcOptions.builder().baselinePoints(12).build());
		assertEquals(10.0, result.partitions().get(0).mean(), 1e-9);
		assertEquals(2.0, result.currentLimits().orElseThrow().meanMovingRange(), 1e-9);
	}

	@Test
	void aBaselineLongerThanTheSeriesUsesEveryPoint() {
		SpcResult result = SpcAnalysis.analyse(afterBaseline(20, 20, 20),
				SpcOptions.builder().baselinePoints(40).build());
		assertEquals(15, result.partitions().get(0).baselinePoints());
	}

	@Test
	void aBaselineShorterThanTwelvePointsIsExplained() {
		SpcResult result = SpcAnalysis.analyse(afterBaseline(20, 20, 20),
				SpcOptions.builder().baselinePoints(6).build());
		assertTrue(
				result.notes().stream().anyMatch(note -> note.contains("baseline of 6 points is shorter than the 12")),
				result.notes().toString());
	}

	@Test
	void aBaselineOfOnePointIsRefused() {
		SpcInputException error = assertThrows(SpcInputException.class,
				() -> SpcOptions.builder().baselinePoints(1).build());
		assertTrue(error.getMessage().contains("at least 2 points"), error.getMessage());
	}

	@Test
	void screeningIsOffByDefaultAndKeepsEveryMovingRange() {
		SpcResult result = SpcAnalysis.analyse(monthly(ONE_WILD_JUMP), SpcOptions.defaults());
		Partition partition = result.partitions().get(0);
		assertEquals(58.0 / 15, partition.limits().orElseThrow().meanMovingRange(), 1e-9);
		assertEquals(0, partition.movingRangesExcluded());
		// 12.75 + 2.66 × 3.8667 = 23.0353
		assertEquals(12.75 + 2.66 * 58 / 15, partition.limits().orElseThrow().upperProcessLimit(), 1e-9);
	}

	@Test
	void screeningLeavesOutMovingRangesAboveThreshold() {
		SpcResult result = SpcAnalysis.analyse(monthly(ONE_WILD_JUMP),
				SpcOptions.builder().screenMovingRanges(true).build());
		Partition partition = result.partitions().get(0);
		assertEquals(2.0, partition.limits().orElseThrow().meanMovingRange(), 1e-9);
		assertEquals(1, partition.movingRangesExcluded());
		// 12.75 + 2.66 × 2 = 18.07; the mean itself is not screened.
		assertEquals(12.75, partition.mean(), 1e-9);
		assertEquals(18.07, partition.limits().orElseThrow().upperProcessLimit(), 1e-9);
	}

	@Test
	void screeningIsExplainedInTheNotes() {
		SpcResult result = SpcAnalysis.analyse(monthly(ONE_WILD_JUMP),
				SpcOptions.builder().screenMovingRanges(true).build());
		assertTrue(
				result.notes().contains("1 moving range was above 3.267 × the mean moving range (3.867) and left out; "
						+ "the mean moving range is recomputed as 2."),
				result.notes().toString());
	}

	@Test
	void screeningKeepsMovingRangesAtOrBelowThreshold() {
		// 11, 9, … has every moving range equal to MR̄ = 2, far below 3.267 × 2.
		SpcResult result = SpcAnalysis.analyse(afterBaseline(11, 9, 11),
				SpcOptions.builder().screenMovingRanges(true).build());
		assertEquals(0, result.partitions().get(0).movingRangesExcluded());
		assertEquals(2.0, result.currentLimits().orElseThrow().meanMovingRange(), 1e-9);
	}
}
