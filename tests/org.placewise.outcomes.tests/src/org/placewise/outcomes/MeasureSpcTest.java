package org.placewise.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.placewise.model.measures.DesiredDirection;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.MeasuresFactory;
import org.placewise.model.measures.Observation;
import org.placewise.model.measures.ProcessChange;
import org.placewise.spc.Assurance;
import org.placewise.spc.ImprovementDirection;
import org.placewise.spc.SpcInputException;
import org.placewise.spc.Variation;

class MeasureSpcTest {

	private static final LocalDate FIRST_WEEK = LocalDate.of(2024, 4, 1);

	private static Measure measure(DesiredDirection direction, String target, double... values) {
		Measure measure = MeasuresFactory.eINSTANCE.createMeasure();
		measure.setName("Average delay days");
		measure.setDesiredDirection(direction);
		if (target != null) {
			measure.setTargetValue(new BigDecimal(target));
		}
		for (int i = 0; i < values.length; i++) {
			Observation observation = MeasuresFactory.eINSTANCE.createObservation();
			observation.setObservedOn(FIRST_WEEK.plusWeeks(i));
			observation.setObservedValue(BigDecimal.valueOf(values[i]));
			measure.getObservations().add(observation);
		}
		return measure;
	}

	/** 15 points around 10 with a mean moving range of 0.2: limits about 9.47 to 10.53. */
	private static final double[] STEADY = { 10.0, 10.2, 10.0, 10.2, 10.0, 10.2, 10.0, 10.2, 10.0, 10.2, 10.0, 10.2,
			10.0, 10.2, 10.0 };

	@ParameterizedTest
	@CsvSource({ "HIGHER_IS_BETTER, HIGHER_IS_BETTER", "LOWER_IS_BETTER, LOWER_IS_BETTER", "NONE, NEUTRAL" })
	void desiredDirectionMapsToTheImprovementDirection(DesiredDirection desired, ImprovementDirection expected) {
		assertEquals(expected, MeasureSpc.direction(desired));
		assertEquals(expected, MeasureSpc.analyse(measure(desired, null, STEADY)).result().options().direction());
	}

	@Test
	void missingDirectionIsNeutral() {
		assertEquals(ImprovementDirection.NEUTRAL, MeasureSpc.direction(null));
	}

	@Test
	void targetBelowTheLowerLimitOfALowerIsBetterMeasureConsistentlyFails() {
		MeasureSpc.Analysis analysis = MeasureSpc.analyse(measure(DesiredDirection.LOWER_IS_BETTER, "8.4", STEADY));

		assertEquals(8.4, analysis.result().options().target().getAsDouble());
		assertEquals(Assurance.CONSISTENTLY_FAILS, analysis.result().assurance());
	}

	@Test
	void targetAboveTheUpperLimitOfALowerIsBetterMeasureConsistentlyPasses() {
		MeasureSpc.Analysis analysis = MeasureSpc.analyse(measure(DesiredDirection.LOWER_IS_BETTER, "11", STEADY));

		assertEquals(Assurance.CONSISTENTLY_PASSES, analysis.result().assurance());
	}

	@Test
	void measureWithoutTargetHasNoAssurance() {
		assertEquals(Assurance.NONE, MeasureSpc.analyse(measure(DesiredDirection.HIGHER_IS_BETTER, null, STEADY))
				.result().assurance());
	}

	@Test
	void aLowLatestPointOfAHigherIsBetterMeasureIsAConcern() {
		double[] values = java.util.Arrays.copyOf(STEADY, 16);
		values[15] = 8.0;

		MeasureSpc.Analysis analysis = MeasureSpc.analyse(measure(DesiredDirection.HIGHER_IS_BETTER, null, values));

		assertEquals(Variation.SPECIAL_CAUSE_CONCERN_LOW, analysis.result().latestVariation());
	}

	@Test
	void observationsWithoutAValueAreLeftOutAndNamed() {
		Measure measure = measure(DesiredDirection.LOWER_IS_BETTER, null, 10.2, 9.8, 9.9);
		measure.getObservations().get(1).setObservedValue(null);

		MeasureSpc.Analysis analysis = MeasureSpc.analyse(measure);

		assertEquals(2, analysis.result().points().size());
		assertTrue(
				analysis.result().notes().get(0)
						.contains("1 observation has no value and is left out (dated 2024-04-08)"),
				analysis.result().notes().toString());
	}

	@Test
	void observationsUpToTheBaselineDateSetTheLimits() {
		Measure measure = measure(DesiredDirection.LOWER_IS_BETTER, null, STEADY);
		measure.setBaselineDate(FIRST_WEEK.plusWeeks(11));

		MeasureSpc.Analysis analysis = MeasureSpc.analyse(measure);

		assertEquals(12, analysis.result().partitions().get(0).baselinePoints());
		assertTrue(analysis.result().notes().get(0).contains("12 observations up to the baseline date 2024-06-17"),
				analysis.result().notes().toString());
	}

	@Test
	void baselineDateBeforeTheSeriesLeavesEveryPointInTheBaseline() {
		Measure measure = measure(DesiredDirection.LOWER_IS_BETTER, null, STEADY);
		measure.setBaselineDate(FIRST_WEEK.minusYears(1));

		assertEquals(15, MeasureSpc.analyse(measure).result().partitions().get(0).baselinePoints());
	}

	@Test
	void baselinePointsAskedForWinOverTheBaselineDate() {
		Measure measure = measure(DesiredDirection.LOWER_IS_BETTER, null, STEADY);
		measure.setBaselineDate(FIRST_WEEK.plusWeeks(11));

		assertEquals(6, MeasureSpc.analyse(measure, OptionalInt.of(6)).result().partitions().get(0).baselinePoints());
	}

	@Test
	void aBaselineOfOnePointIsRefusedInPlainWords() {
		SpcInputException refused = assertThrows(SpcInputException.class,
				() -> MeasureSpc.analyse(measure(DesiredDirection.LOWER_IS_BETTER, null, STEADY), OptionalInt.of(1)));

		assertTrue(refused.getMessage().contains("at least 2 points"), refused.getMessage());
	}

	@Test
	void measureWithNoObservationsIsNotAssessed() {
		MeasureSpc.Analysis analysis = MeasureSpc.analyse(measure(DesiredDirection.HIGHER_IS_BETTER, "5"));

		assertTrue(analysis.result().points().isEmpty());
		assertEquals(Variation.NOT_ASSESSED, analysis.result().latestVariation());
		assertEquals(Assurance.NONE, analysis.result().assurance());
	}

	/** 15 steady points around 10, then 15 around 20: a new process from week 15 (2024-07-15). */
	private static double[] twoProcesses() {
		double[] values = new double[30];
		for (int i = 0; i < 30; i++) {
			values[i] = STEADY[i % 15] + (i < 15 ? 0 : 10);
		}
		return values;
	}

	private static void processChange(Measure measure, LocalDate on) {
		ProcessChange change = MeasuresFactory.eINSTANCE.createProcessChange();
		change.setChangedOn(on);
		change.setNote("New discharge-to-assess model");
		measure.getProcessChanges().add(change);
	}

	@Test
	void withoutAProcessChangeTheNewLevelIsASpecialCause() {
		MeasureSpc.Analysis analysis = MeasureSpc.analyse(measure(DesiredDirection.HIGHER_IS_BETTER, null,
				twoProcesses()));

		assertEquals(1, analysis.result().partitions().size());
		assertEquals(Variation.SPECIAL_CAUSE_IMPROVEMENT_HIGH, analysis.result().latestVariation());
	}

	@Test
	void aProcessChangeRecalculatesTheLimitsFromItsDate() {
		Measure measure = measure(DesiredDirection.HIGHER_IS_BETTER, null, twoProcesses());
		processChange(measure, FIRST_WEEK.plusWeeks(15));

		MeasureSpc.Analysis analysis = MeasureSpc.analyse(measure);

		assertEquals(2, analysis.result().partitions().size());
		assertEquals(15, analysis.result().partitions().get(1).firstPoint());
		assertEquals(20.093, analysis.result().partitions().get(1).mean(), 0.001);
		assertEquals(Variation.COMMON_CAUSE, analysis.result().latestVariation());
	}

	@Test
	void aProcessChangeBetweenObservationsStartsAtTheNextOne() {
		Measure measure = measure(DesiredDirection.HIGHER_IS_BETTER, null, twoProcesses());
		processChange(measure, FIRST_WEEK.plusWeeks(14).plusDays(3));

		assertEquals(15, MeasureSpc.analyse(measure).result().partitions().get(1).firstPoint());
	}

	@ParameterizedTest
	@CsvSource({ "-10, on or before the first observation", "0, on or before the first observation",
			"40, after the latest observation" })
	void aProcessChangeOutsideTheSeriesIsLeftOutWithANote(int weeks, String where) {
		Measure measure = measure(DesiredDirection.HIGHER_IS_BETTER, null, twoProcesses());
		processChange(measure, FIRST_WEEK.plusWeeks(weeks));

		MeasureSpc.Analysis analysis = MeasureSpc.analyse(measure);

		assertEquals(1, analysis.result().partitions().size());
		assertTrue(analysis.result().notes().stream().anyMatch(n -> n.contains(where)),
				analysis.result().notes().toString());
	}

	@Test
	void aProcessChangeLeavingTooFewPointsAfterItWaitsWithANote() {
		Measure measure = measure(DesiredDirection.HIGHER_IS_BETTER, null, twoProcesses());
		processChange(measure, FIRST_WEEK.plusWeeks(25));

		MeasureSpc.Analysis analysis = MeasureSpc.analyse(measure);

		assertEquals(1, analysis.result().partitions().size());
		assertTrue(analysis.result().notes().stream()
				.anyMatch(n -> n.contains("The process change on 23 Sept 2024 has only 5 points after it")),
				analysis.result().notes().toString());
	}

	@Test
	void aProcessChangeTooSoonAfterAnotherIsLeftOutWithANote() {
		Measure measure = measure(DesiredDirection.HIGHER_IS_BETTER, null, twoProcesses());
		processChange(measure, FIRST_WEEK.plusWeeks(15));
		processChange(measure, FIRST_WEEK.plusWeeks(18));

		MeasureSpc.Analysis analysis = MeasureSpc.analyse(measure);

		assertEquals(2, analysis.result().partitions().size());
		assertEquals(15, analysis.result().partitions().get(1).firstPoint());
		assertTrue(analysis.result().notes().stream().anyMatch(n -> n.contains("5 Aug 2024")),
				analysis.result().notes().toString());
	}

	@Test
	void aProcessChangeWithoutADateIsLeftOutWithANote() {
		Measure measure = measure(DesiredDirection.HIGHER_IS_BETTER, null, twoProcesses());
		processChange(measure, null);

		MeasureSpc.Analysis analysis = MeasureSpc.analyse(measure);

		assertEquals(1, analysis.result().partitions().size());
		assertTrue(analysis.result().notes().stream().anyMatch(n -> n.contains("has no date")),
				analysis.result().notes().toString());
	}

	@Test
	void withAProcessChangeEachProcessSetsItsLimitsFromAllItsPoints() {
		Measure measure = measure(DesiredDirection.HIGHER_IS_BETTER, null, twoProcesses());
		measure.setBaselineDate(FIRST_WEEK.plusWeeks(11));
		processChange(measure, FIRST_WEEK.plusWeeks(15));

		MeasureSpc.Analysis analysis = MeasureSpc.analyse(measure);

		assertEquals(2, analysis.result().partitions().size());
		assertEquals(15, analysis.result().partitions().get(0).baselinePoints());
		assertEquals(15, analysis.result().partitions().get(1).baselinePoints());
		assertTrue(
				analysis.result().notes().stream().anyMatch(n -> n.contains("baseline date 17 Jun 2024 is not used")),
				analysis.result().notes().toString());
	}
}
