package org.placewise.spc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.placewise.spc.Series.concat;
import static org.placewise.spc.Series.flaggedBy;
import static org.placewise.spc.Series.monthly;
import static org.placewise.spc.Series.range;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/*
 * Twelve points 11, 9, … (mean 10, MR̄ 22 / 11 = 2) then twelve points 21, 19, … (mean 20, MR̄ 2),
 * monthly from January 2024, so the second stretch starts in January 2025 (index 12).
 */
class StepChangeTest {

	private static final double[] BEFORE = Series.BASELINE_AROUND_10_ENDING_HIGH;
	private static final double[] AFTER = { 21, 19, 21, 19, 21, 19, 21, 19, 21, 19, 21, 19 };

	private static SpcResult analyseWith(StepChange change) {
		return SpcAnalysis.analyse(monthly(concat(BEFORE, AFTER)), SpcOptions.builder().stepChange(change).build());
	}

	@Test
	void stepChangeRecalculatesTheMeanAndLimitsForEachPartition() {
		SpcResult result = analyseWith(StepChange.atIndex(12));
		assertEquals(2, result.partitions().size());
		Partition before = result.partitions().get(0);
		Partition after = result.partitions().get(1);
		assertEquals(List.of(0, 11, 12, 23),
				List.of(before.firstPoint(), before.lastPoint(), after.firstPoint(), after.lastPoint()));
		assertEquals(10.0, before.mean(), 1e-9);
		assertEquals(2.0, before.limits().orElseThrow().meanMovingRange(), 1e-9);
		assertEquals(15.32, before.limits().orElseThrow().upperProcessLimit(), 1e-9);
		// 20 ± 2.66 × 2
		assertEquals(20.0, after.mean(), 1e-9);
		assertEquals(25.32, after.limits().orElseThrow().upperProcessLimit(), 1e-9);
		assertEquals(14.68, after.limits().orElseThrow().lowerProcessLimit(), 1e-9);
	}

	@Test
	void withPartitionsTheChangedProcessShowsNoSpecialCause() {
		assertTrue(analyseWith(StepChange.atIndex(12)).flaggedPoints().isEmpty());
	}

	@Test
	void withoutTheStepChangeTheSameSeriesShowsTwoShifts() {
		/*
		 * One partition: mean = (120 + 240) / 24 = 15; MR̄ = (22 + |21 − 11| + 22) / 23 = 54 / 23. The first 12 points
		 * are all below 15 and the last 12 all above.
		 */
		SpcResult result = SpcAnalysis.analyse(monthly(concat(BEFORE, AFTER)), SpcOptions.defaults());
		assertEquals(15.0, result.partitions().get(0).mean(), 1e-9);
		assertEquals(54.0 / 23, result.currentLimits().orElseThrow().meanMovingRange(), 1e-9);
		assertEquals(range(0, 23), flaggedBy(result, SpecialCauseRule.SHIFT));
		assertEquals(Side.LOW, result.points().get(0).winningCause().orElseThrow().side());
		assertEquals(Side.HIGH, result.points().get(23).winningCause().orElseThrow().side());
	}

	@Test
	void theFirstPointOfAPartitionHasNoMovingRange() {
		SpcResult result = analyseWith(StepChange.atIndex(12));
		assertTrue(result.points().get(12).movingRange().isEmpty());
		assertEquals(2.0, result.points().get(13).movingRange().getAsDouble(), 1e-9);
	}

	@Test
	void stepChangeOnADateStartsAtThatObservation() {
		SpcResult result = analyseWith(StepChange.onDate(LocalDate.of(2025, 1, 1)));
		assertEquals(12, result.partitions().get(1).firstPoint());
	}

	@Test
	void stepChangeBetweenDatesStartsAtTheNextObservation() {
		SpcResult result = analyseWith(StepChange.onDate(LocalDate.of(2024, 12, 15)));
		assertEquals(12, result.partitions().get(1).firstPoint());
	}

	@Test
	void stepChangeIndexRefersToTheListAsGivenBeforeSorting() {
		List<Observation> shuffled = new ArrayList<>(monthly(concat(BEFORE, AFTER)));
		Collections.reverse(shuffled);
		// In the reversed list, January 2025 (sorted position 12) is at index 23 − 12 = 11.
		SpcResult result = SpcAnalysis.analyse(shuffled,
				SpcOptions.builder().stepChange(StepChange.atIndex(11)).build());
		assertEquals(12, result.partitions().get(1).firstPoint());
		assertEquals(20.0, result.partitions().get(1).mean(), 1e-9);
	}

	@Test
	void aFirstPartitionOfFewerThan12PointsIsRefused() {
		SpcInputException error = assertThrows(SpcInputException.class, () -> analyseWith(StepChange.atIndex(11)));
		assertTrue(error.getMessage().contains("Partition 1"), error.getMessage());
		assertTrue(error.getMessage().contains("has 11 points"), error.getMessage());
		assertTrue(error.getMessage().contains("at least 12 points"), error.getMessage());
	}

	@Test
	void aLaterPartitionOfFewerThan12PointsIsRefusedNamingItsStepChange() {
		SpcInputException error = assertThrows(SpcInputException.class,
				() -> analyseWith(StepChange.onDate(LocalDate.of(2025, 2, 1))));
		assertEquals("Partition 2 (from the step change on 2025-02-01, 2025-02-01 to 2025-12-01) has 11 points; "
				+ "each partition needs at least 12 points to set process limits, so move or remove the step change.",
				error.getMessage());
	}

	@Test
	void aStepChangeAtTheFirstPointIsRefused() {
		SpcInputException error = assertThrows(SpcInputException.class, () -> analyseWith(StepChange.atIndex(0)));
		assertTrue(error.getMessage().contains("first point"), error.getMessage());
	}

	@Test
	void aStepChangeIndexBeyondTheSeriesIsRefused() {
		SpcInputException error = assertThrows(SpcInputException.class, () -> analyseWith(StepChange.atIndex(24)));
		assertTrue(error.getMessage().contains("index 24"), error.getMessage());
	}

	@Test
	void aStepChangeDateAfterTheLastObservationIsRefused() {
		SpcInputException error = assertThrows(SpcInputException.class,
				() -> analyseWith(StepChange.onDate(LocalDate.of(2026, 1, 1))));
		assertTrue(error.getMessage().contains("after the last observation (dated 2025-12-01)"), error.getMessage());
	}

	@Test
	void twoStepChangesAtTheSamePointAreRefused() {
		SpcOptions options = SpcOptions.builder().stepChange(StepChange.atIndex(12))
				.stepChange(StepChange.onDate(LocalDate.of(2025, 1, 1))).build();
		SpcInputException error = assertThrows(SpcInputException.class,
				() -> SpcAnalysis.analyse(monthly(concat(BEFORE, AFTER)), options));
		assertTrue(error.getMessage().contains("both start at 2025-01-01"), error.getMessage());
	}

	@Test
	void aStepChangeByDateNeedsEveryObservationDated() {
		List<Observation> observations = new ArrayList<>(monthly(concat(BEFORE, AFTER)));
		observations.set(3, Observation.undated(9));
		SpcOptions options = SpcOptions.builder().stepChange(StepChange.onDate(LocalDate.of(2025, 1, 1))).build();
		SpcInputException error = assertThrows(SpcInputException.class,
				() -> SpcAnalysis.analyse(observations, options));
		assertTrue(error.getMessage().contains("some observations have no date"), error.getMessage());
	}

	@Test
	void theBaselineAppliesAtTheStartOfEachPartition() {
		// The second partition gets two extra points of 30; with a 12-point baseline its mean stays 20.
		SpcResult result = SpcAnalysis.analyse(monthly(concat(concat(BEFORE, AFTER), 30, 30)),
				SpcOptions.builder().baselinePoints(12).stepChange(StepChange.atIndex(12)).build());
		Partition after = result.partitions().get(1);
		assertEquals(12, after.baselinePoints());
		assertEquals(14, after.size());
		assertEquals(20.0, after.mean(), 1e-9);
		assertEquals(List.of(24, 25), flaggedBy(result, SpecialCauseRule.OUTSIDE_PROCESS_LIMITS));
	}

	@Test
	void theNotesSayHowManyPartitionsThereAre() {
		assertTrue(analyseWith(StepChange.atIndex(12)).notes()
				.contains("Limits are recalculated at 1 recorded step change, giving 2 partitions."));
	}
}
