package org.placewise.spc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.placewise.spc.Series.flaggedBy;
import static org.placewise.spc.Series.monthly;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class EdgeCaseTest {

	@Test
	void noObservationsGiveAnEmptyResultWithANote() {
		SpcResult result = SpcAnalysis.analyse(List.of(), SpcOptions.defaults());
		assertTrue(result.points().isEmpty());
		assertTrue(result.partitions().isEmpty());
		assertEquals(Variation.NOT_ASSESSED, result.latestVariation());
		assertEquals(List.of("There are no observations, so there is nothing to chart."), result.notes());
	}

	@Test
	void oneObservationHasAMeanButNoLimits() {
		SpcResult result = SpcAnalysis.analyse(monthly(7), SpcOptions.defaults());
		assertEquals(7.0, result.partitions().get(0).mean(), 1e-9);
		assertTrue(result.partitions().get(0).limits().isEmpty());
		assertEquals(Variation.NOT_ASSESSED, result.latestVariation());
		assertTrue(result.notes().contains(
				"Fewer than 2 points: there is no moving range, so no mean moving range and no process limits."));
	}

	@Test
	void twoObservationsHaveLimitsFromOneMovingRange() {
		// mean 5, MR̄ = |6 − 4| = 2
		SpcResult result = SpcAnalysis.analyse(monthly(4, 6), SpcOptions.defaults());
		assertEquals(2.0, result.currentLimits().orElseThrow().meanMovingRange(), 1e-9);
		assertEquals(Variation.COMMON_CAUSE, result.latestVariation());
	}

	@Test
	void allEqualValuesGiveLimitsEqualToTheMeanAndFlagNothing() {
		double[] flat = new double[20];
		Arrays.fill(flat, 42);
		SpcResult result = SpcAnalysis.analyse(monthly(flat), SpcOptions.defaults());
		ProcessLimits limits = result.currentLimits().orElseThrow();
		assertEquals(0.0, limits.meanMovingRange());
		assertEquals(42.0, limits.upperProcessLimit());
		assertEquals(42.0, limits.lowerProcessLimit());
		assertTrue(result.flaggedPoints().isEmpty());
		assertEquals(Variation.COMMON_CAUSE, result.latestVariation());
	}

	@Test
	void allEqualValuesAreExplained() {
		double[] flat = new double[20];
		Arrays.fill(flat, 42);
		SpcResult result = SpcAnalysis.analyse(monthly(flat), SpcOptions.defaults());
		assertTrue(
				result.notes()
						.contains("All baseline values are equal (42), so the mean moving range is 0 and the process "
								+ "limits equal the mean; only a point away from that value can be a special cause."),
				result.notes().toString());
	}

	@Test
	void aPointLeavingAFlatBaselineIsOutsideTheLimits() {
		double[] values = new double[15];
		Arrays.fill(values, 42);
		values[14] = 43;
		SpcResult result = SpcAnalysis.analyse(monthly(values), SpcOptions.builder().baselinePoints(12).build());
		assertEquals(List.of(14), flaggedBy(result, SpecialCauseRule.OUTSIDE_PROCESS_LIMITS));
	}

	@Test
	void missingDatesKeepTheOrderGivenAndAreExplained() {
		List<Observation> observations = new ArrayList<>(monthly(5, 6, 7));
		observations.add(0, Observation.undated(8));
		SpcResult result = SpcAnalysis.analyse(observations, SpcOptions.defaults());
		assertEquals(List.of(8.0, 5.0, 6.0, 7.0), result.points().stream().map(SpcPoint::value).toList());
		assertTrue(result.notes().contains(
				"1 of 4 observations have no date, so the points are charted in the order given and not sorted by date."));
	}

	@Test
	void undatedPointsAreLabelledByPosition() {
		SpcResult result = SpcAnalysis.analyse(List.of(Observation.undated(1), Observation.undated(2)),
				SpcOptions.defaults());
		assertEquals("point 2", result.points().get(1).label());
		assertTrue(result.notes().contains("No observation has a date, so the points are charted in the order given."));
	}

	@Test
	void unsortedDatesAreSortedAndExplained() {
		List<Observation> observations = List.of(new Observation(LocalDate.of(2024, 3, 1), 3),
				new Observation(LocalDate.of(2024, 1, 1), 1), new Observation(LocalDate.of(2024, 2, 1), 2));
		SpcResult result = SpcAnalysis.analyse(observations, SpcOptions.defaults());
		assertEquals(List.of(1.0, 2.0, 3.0), result.points().stream().map(SpcPoint::value).toList());
		assertEquals(List.of(1, 2, 0), result.points().stream().map(SpcPoint::inputIndex).toList());
		assertTrue(result.notes()
				.contains("The observations were not in date order; they have been sorted by date, earliest first."));
	}

	@Test
	void sortedDatesAddNoNote() {
		assertTrue(SpcAnalysis.analyse(monthly(1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1), SpcOptions.defaults())
				.notes().isEmpty());
	}

	@Test
	void repeatedDatesKeepTheirOrderAndAreExplained() {
		LocalDate day = LocalDate.of(2024, 1, 1);
		List<Observation> observations = List.of(new Observation(day.plusDays(1), 3), new Observation(day, 1),
				new Observation(day, 2));
		SpcResult result = SpcAnalysis.analyse(observations, SpcOptions.defaults());
		assertEquals(List.of(1.0, 2.0, 3.0), result.points().stream().map(SpcPoint::value).toList());
		assertTrue(result.notes()
				.contains("More than one observation is dated 2024-01-01; they are charted in the order given."));
	}

	@Test
	void aNaNValueIsRefusedNamingItsIndex() {
		List<Observation> observations = new ArrayList<>(monthly(1, 2, 3, 4));
		observations.set(3, new Observation(LocalDate.of(2024, 4, 1), Double.NaN));
		SpcInputException error = assertThrows(SpcInputException.class,
				() -> SpcAnalysis.analyse(observations, SpcOptions.defaults()));
		assertEquals(
				"Observation at index 3 (dated 2024-04-01) is not a number (NaN); give it a numeric value or remove it.",
				error.getMessage());
	}

	@Test
	void anInfiniteValueIsRefusedNamingItsIndex() {
		List<Observation> observations = List.of(Observation.undated(1), Observation.undated(Double.POSITIVE_INFINITY));
		SpcInputException error = assertThrows(SpcInputException.class,
				() -> SpcAnalysis.analyse(observations, SpcOptions.defaults()));
		assertTrue(error.getMessage().startsWith("Observation at index 1 is infinite"), error.getMessage());
	}

	@Test
	void fifteenPointsGiveAFullXmrChart() {
		SpcResult result = SpcAnalysis.analyse(monthly(1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1),
				SpcOptions.defaults());
		assertEquals(ChartKind.XMR, result.chartKind());
	}

	@Test
	void fourteenPointsGiveARunChartWithTheNote() {
		SpcResult result = SpcAnalysis.analyse(monthly(1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2),
				SpcOptions.defaults());
		assertEquals(ChartKind.RUN_CHART, result.chartKind());
		assertTrue(result.notes().stream().anyMatch(note -> note.startsWith(
				"Fewer than 15 points: shown as a run chart; process limits are not yet reliable")),
				result.notes().toString());
	}

	@Test
	void aRunChartDoesNotApplyTheLimitRules() {
		// 13 points of 10, 11 then 40: 40 is far above the computed limit, but limits are not yet reliable.
		double[] values = { 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 40 };
		SpcResult result = SpcAnalysis.analyse(monthly(values), SpcOptions.builder().baselinePoints(12).build());
		assertTrue(result.points().get(13).value() > result.currentLimits().orElseThrow().upperProcessLimit());
		assertTrue(flaggedBy(result, SpecialCauseRule.OUTSIDE_PROCESS_LIMITS).isEmpty());
	}

	@Test
	void aRunChartStillAppliesTheShiftRule() {
		// Seven points of 8 to 11, then seven of 13 and 14: the run chart's centre line is the median, 12, and each
		// half is a run of 7 on one side of it.
		double[] values = { 9, 11, 9, 11, 9, 11, 8, 13, 14, 13, 14, 13, 14, 13 };
		SpcResult result = SpcAnalysis.analyse(monthly(values), SpcOptions.defaults());
		assertEquals(ChartKind.RUN_CHART, result.chartKind());
		assertEquals(12, result.partitions().get(0).centre(ChartKind.RUN_CHART), 0);
		assertEquals(Series.range(0, 13), flaggedBy(result, SpecialCauseRule.SHIFT));
		assertEquals(Side.HIGH, result.points().get(7).winningCause().orElseThrow().side());
		assertEquals(Side.LOW, result.points().get(6).winningCause().orElseThrow().side());
	}
}
