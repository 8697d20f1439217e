package org.placewise.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.placewise.model.core.CoreFactory;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.measures.DesiredDirection;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.MeasuresFactory;
import org.placewise.model.measures.Observation;
import org.placewise.model.measures.ProcessChange;
import org.placewise.model.outcomes.Outcome;
import org.placewise.model.outcomes.OutcomesFactory;
import org.placewise.model.outcomes.Vision;
import org.placewise.model.outcomes.WorkProgramme;

/** The outcome roll-up on hand-built weekly series: each status, ties, missing data, shared measures, direction. */
class OutcomeRollUpTest {

	private static final LocalDate FIRST_WEEK = LocalDate.of(2024, 4, 1);

	private final PlacewiseModel model = CoreFactory.eINSTANCE.createPlacewiseModel();
	private final Vision vision = OutcomesFactory.eINSTANCE.createVision();

	OutcomeRollUpTest() {
		model.getVisions().add(vision);
	}

	/** {@code n} points alternating 10.0 and 10.2: common cause, limits about 9.57 to 10.63. */
	static double[] steady(int n) {
		double[] values = new double[n];
		for (int i = 0; i < n; i++) {
			values[i] = i % 2 == 0 ? 10.0 : 10.2;
		}
		return values;
	}

	/** 20 steady points and a latest point far above the upper limit. */
	static double[] highAtTheEnd() {
		double[] values = Arrays.copyOf(steady(20), 21);
		values[20] = 12;
		return values;
	}

	/** 20 steady points and a latest point far below the lower limit. */
	static double[] lowAtTheEnd() {
		double[] values = Arrays.copyOf(steady(20), 21);
		values[20] = 8;
		return values;
	}

	private Measure measure(String name, DesiredDirection direction, String target, double... values) {
		Measure measure = MeasuresFactory.eINSTANCE.createMeasure();
		measure.setName(name);
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
		model.getMeasures().add(measure);
		return measure;
	}

	private Outcome outcome(String name, Measure... evidence) {
		Outcome outcome = OutcomesFactory.eINSTANCE.createOutcome();
		outcome.setName(name);
		outcome.getEvidencedBy().addAll(List.of(evidence));
		vision.getOutcomes().add(outcome);
		return outcome;
	}

	private Outcome child(Outcome parent, String name, Measure... evidence) {
		Outcome outcome = OutcomesFactory.eINSTANCE.createOutcome();
		outcome.setName(name);
		outcome.getEvidencedBy().addAll(List.of(evidence));
		parent.getChildren().add(outcome);
		return outcome;
	}

	private Trend trendOf(DesiredDirection direction, double[] values) {
		return OutcomeRollUp.of(model).reading(measure("m", direction, null, values)).trend();
	}

	@ParameterizedTest
	@CsvSource({ "HIGHER_IS_BETTER, high, IMPROVING", "HIGHER_IS_BETTER, low, DETERIORATING",
			"LOWER_IS_BETTER, high, DETERIORATING", "LOWER_IS_BETTER, low, IMPROVING",
			"NONE, high, NO_SIGNIFICANT_CHANGE", "NONE, low, NO_SIGNIFICANT_CHANGE",
			"HIGHER_IS_BETTER, steady, NO_SIGNIFICANT_CHANGE", "LOWER_IS_BETTER, steady, NO_SIGNIFICANT_CHANGE" })
	void aMeasuresTrendRespectsItsDirection(DesiredDirection direction, String series, Trend expected) {
		double[] values = switch (series) {
		case "high" -> highAtTheEnd();
		case "low" -> lowAtTheEnd();
		default -> steady(21);
		};
		assertEquals(expected, trendOf(direction, values));
	}

	@Test
	void aMeasureWithFewerThanFifteenPointsIsNotEnoughDataEvenWithASpecialCause() {
		double[] values = Arrays.copyOf(steady(13), 14);
		values[13] = 12;

		MeasureReading reading = OutcomeRollUp.of(model)
				.reading(measure("Short", DesiredDirection.HIGHER_IS_BETTER, "9", values));

		assertEquals(Trend.NOT_ENOUGH_DATA, reading.trend());
		assertEquals(TargetStatus.NOT_ENOUGH_DATA, reading.target());
		assertTrue(reading.why().contains("Only 14 points; 15 are needed"), reading.why());
	}

	@Test
	void fifteenPointsAreEnough() {
		assertEquals(Trend.NO_SIGNIFICANT_CHANGE, trendOf(DesiredDirection.HIGHER_IS_BETTER, steady(15)));
	}

	@Test
	void theMinimumNumberOfPointsIsAParameter() {
		Measure measure = measure("Ten weeks", DesiredDirection.HIGHER_IS_BETTER, null, steady(10));

		assertEquals(Trend.NOT_ENOUGH_DATA, OutcomeRollUp.of(model).reading(measure).trend());
		assertEquals(Trend.NO_SIGNIFICANT_CHANGE,
				OutcomeRollUp.of(model, RollUpRule.minimumPoints(10)).reading(measure).trend());
		assertThrows(IllegalArgumentException.class, () -> RollUpRule.minimumPoints(1));
	}

	@Test
	void observationsWithoutAValueDoNotCountTowardsEnoughData() {
		Measure measure = measure("Gappy", DesiredDirection.HIGHER_IS_BETTER, null, steady(16));
		measure.getObservations().get(3).setObservedValue(null);
		measure.getObservations().get(7).setObservedValue(null);

		MeasureReading reading = OutcomeRollUp.of(model).reading(measure);

		assertEquals(14, reading.currentPoints());
		assertEquals(Trend.NOT_ENOUGH_DATA, reading.trend());
	}

	@Test
	void concernWinsOverImprovement() {
		Outcome outcome = outcome("Fewer delayed discharges",
				measure("Improving", DesiredDirection.HIGHER_IS_BETTER, null, highAtTheEnd()),
				measure("Worsening", DesiredDirection.HIGHER_IS_BETTER, null, lowAtTheEnd()));

		OutcomeRollUp.Status status = OutcomeRollUp.of(model).of(outcome);

		assertEquals(Trend.DETERIORATING, status.trend());
		assertTrue(status.why().contains("concern in 'Worsening'"), status.why());
		assertTrue(status.why().contains("concern wins over the improvement in 'Improving'"), status.why());
	}

	@Test
	void improvementWithCommonCauseBesideItIsImproving() {
		Outcome outcome = outcome("More people at home",
				measure("Improving", DesiredDirection.HIGHER_IS_BETTER, null, highAtTheEnd()),
				measure("Steady", DesiredDirection.HIGHER_IS_BETTER, null, steady(20)));

		assertEquals(Trend.IMPROVING, OutcomeRollUp.of(model).of(outcome).trend());
	}

	@Test
	void improvementBesideAMeasureWithTooFewPointsIsImprovingAndSaysSo() {
		Outcome outcome = outcome("More people at home",
				measure("Improving", DesiredDirection.HIGHER_IS_BETTER, null, highAtTheEnd()),
				measure("New survey", DesiredDirection.HIGHER_IS_BETTER, null, steady(6)));

		OutcomeRollUp.Status status = OutcomeRollUp.of(model).of(outcome);

		assertEquals(Trend.IMPROVING, status.trend());
		assertTrue(status.why().contains("too few points to judge 'New survey'"), status.why());
	}

	@Test
	void commonCauseBesideAMeasureWithTooFewPointsIsNotEnoughDataNeverFine() {
		Outcome outcome = outcome("Healthier lives",
				measure("Steady", DesiredDirection.HIGHER_IS_BETTER, null, steady(20)),
				measure("New survey", DesiredDirection.HIGHER_IS_BETTER, null, steady(6)));

		assertEquals(Trend.NOT_ENOUGH_DATA, OutcomeRollUp.of(model).of(outcome).trend());
	}

	@Test
	void commonCauseEverywhereIsNoSignificantChange() {
		Outcome outcome = outcome("Healthier lives",
				measure("Steady", DesiredDirection.HIGHER_IS_BETTER, null, steady(20)),
				measure("Also steady", DesiredDirection.LOWER_IS_BETTER, null, steady(30)),
				measure("Neutral", DesiredDirection.NONE, null, highAtTheEnd()));

		assertEquals(Trend.NO_SIGNIFICANT_CHANGE, OutcomeRollUp.of(model).of(outcome).trend());
	}

	@Test
	void anOutcomeWithoutMeasuresIsNotEnoughData() {
		OutcomeRollUp.Status status = OutcomeRollUp.of(model).of(outcome("Unmeasured"));

		assertEquals(Trend.NOT_ENOUGH_DATA, status.trend());
		assertEquals(TargetStatus.NO_TARGET, status.target());
		assertEquals(List.of(), status.measures());
		assertTrue(status.why().contains("No measure evidences this outcome"), status.why());
	}

	@Test
	void anOutcomeCountsTheMeasuresOfTheOutcomesBelowIt() {
		Outcome parent = outcome("Healthier lives");
		Outcome child = child(parent, "Fewer falls");
		child(child, "Fewer hip fractures", measure("Hip fractures", DesiredDirection.LOWER_IS_BETTER, null,
				highAtTheEnd()));

		OutcomeRollUp rollUp = OutcomeRollUp.of(model);

		assertEquals(Trend.DETERIORATING, rollUp.of(parent).trend());
		assertEquals(Trend.DETERIORATING, rollUp.of(child).trend());
		assertEquals(1, rollUp.of(parent).measures().size());
	}

	@Test
	void aMeasureSharedByOutcomesIsCountedOnceAndReadOnce() {
		Measure shared = measure("Shared", DesiredDirection.HIGHER_IS_BETTER, "9", steady(20));
		Outcome parent = outcome("Healthier lives", shared);
		child(parent, "Fewer falls", shared);
		child(parent, "More independence", shared,
				measure("Own", DesiredDirection.HIGHER_IS_BETTER, null, steady(20)));

		OutcomeRollUp rollUp = OutcomeRollUp.of(model);
		OutcomeRollUp.Status status = rollUp.of(parent);

		assertEquals(List.of("Shared", "Own"), status.measures().stream().map(MeasureReading::name).toList());
		assertSame(rollUp.reading(shared), status.measures().get(0));
		assertSame(rollUp.reading(shared), rollUp.of(parent.getChildren().get(0)).measures().get(0));
	}

	@Test
	void aProgrammesStatusComesFromTheMeasuresItTracks() {
		WorkProgramme programme = OutcomesFactory.eINSTANCE.createWorkProgramme();
		programme.setName("Home first");
		model.getProgrammes().add(programme);
		programme.getMeasures().add(measure("Improving", DesiredDirection.HIGHER_IS_BETTER, "9", highAtTheEnd()));
		programme.getOutcomesServed().add(outcome("Unrelated",
				measure("Worsening elsewhere", DesiredDirection.HIGHER_IS_BETTER, null, lowAtTheEnd())));

		OutcomeRollUp.Status status = OutcomeRollUp.of(model).of(programme);

		assertEquals(Trend.IMPROVING, status.trend());
		assertEquals(List.of("Improving"), status.measures().stream().map(MeasureReading::name).toList());
	}

	@ParameterizedTest
	@CsvSource({ "9, MEETING", "12, NOT_MEETING", "10.1, HIT_AND_MISS" })
	void aMeasuresTargetStatusComesFromItsAssurance(String target, TargetStatus expected) {
		Measure measure = measure("Home by day 3", DesiredDirection.HIGHER_IS_BETTER, target, steady(20));

		assertEquals(expected, OutcomeRollUp.of(model).reading(measure).target());
	}

	@Test
	void aTargetWithoutADirectionCannotBeJudged() {
		Measure measure = measure("Activity", DesiredDirection.NONE, "12", steady(20));

		MeasureReading reading = OutcomeRollUp.of(model).reading(measure);

		assertEquals(TargetStatus.NO_TARGET, reading.target());
		assertTrue(reading.why().contains("without a desired direction it cannot be judged"), reading.why());
	}

	@Test
	void notMeetingWinsOverHitAndMissWhichWinsOverMeeting() {
		Measure meets = measure("Meets", DesiredDirection.HIGHER_IS_BETTER, "9", steady(20));
		Measure hitAndMiss = measure("Hit and miss", DesiredDirection.HIGHER_IS_BETTER, "10.1", steady(20));
		Measure fails = measure("Fails", DesiredDirection.HIGHER_IS_BETTER, "12", steady(20));
		Measure noTarget = measure("No target", DesiredDirection.HIGHER_IS_BETTER, null, steady(20));
		OutcomeRollUp rollUp = OutcomeRollUp.of(model);

		assertEquals(TargetStatus.NOT_MEETING, rollUp.of(List.of(meets, hitAndMiss, fails, noTarget)).target());
		assertEquals(TargetStatus.HIT_AND_MISS, rollUp.of(List.of(meets, hitAndMiss, noTarget)).target());
		assertEquals(TargetStatus.MEETING, rollUp.of(List.of(meets, noTarget)).target());
		assertEquals(TargetStatus.NO_TARGET, rollUp.of(List.of(noTarget)).target());
	}

	@Test
	void aTargetThatCannotBeJudgedYetIsNeverMeeting() {
		Measure meets = measure("Meets", DesiredDirection.HIGHER_IS_BETTER, "9", steady(20));
		Measure young = measure("Young", DesiredDirection.HIGHER_IS_BETTER, "9", steady(8));

		OutcomeRollUp.Status status = OutcomeRollUp.of(model).of(List.of(meets, young));

		assertEquals(TargetStatus.NOT_ENOUGH_DATA, status.target());
		assertTrue(status.why().contains("the target of 'Young' cannot be judged yet"), status.why());
	}

	@Test
	void aProcessChangeMakesTheNewProcessTheOneThatCounts() {
		double[] values = new double[40];
		for (int i = 0; i < 40; i++) {
			values[i] = (i % 2 == 0 ? 10.0 : 10.2) + (i < 20 ? 0 : 5);
		}
		Measure measure = measure("After the new model", DesiredDirection.HIGHER_IS_BETTER, "14", values);

		MeasureReading before = OutcomeRollUp.of(model).reading(measure);
		ProcessChange change = MeasuresFactory.eINSTANCE.createProcessChange();
		change.setChangedOn(FIRST_WEEK.plusWeeks(20));
		measure.getProcessChanges().add(change);
		MeasureReading after = OutcomeRollUp.of(model).reading(measure);

		assertEquals(Trend.IMPROVING, before.trend());
		assertEquals(Trend.NO_SIGNIFICANT_CHANGE, after.trend());
		assertEquals(20, after.currentPoints());
		assertEquals(TargetStatus.MEETING, after.target());
		assertTrue(after.why().contains("since the process change on 19 Aug 2024"), after.why());
	}

	@Test
	void tooFewPointsSinceAProcessChangeIsNotEnoughData() {
		double[] values = new double[33];
		for (int i = 0; i < 33; i++) {
			values[i] = (i % 2 == 0 ? 10.0 : 10.2) + (i < 20 ? 0 : 5);
		}
		Measure measure = measure("Recently changed", DesiredDirection.HIGHER_IS_BETTER, null, values);
		ProcessChange change = MeasuresFactory.eINSTANCE.createProcessChange();
		change.setChangedOn(FIRST_WEEK.plusWeeks(20));
		measure.getProcessChanges().add(change);

		MeasureReading reading = OutcomeRollUp.of(model).reading(measure);

		assertEquals(13, reading.currentPoints());
		assertEquals(Trend.NOT_ENOUGH_DATA, reading.trend());
		assertTrue(reading.why().contains("Only 13 points since the process change on 19 Aug 2024"), reading.why());
	}

	@Test
	void statusesAreWordedThroughTheWordingSource() {
		assertEquals("Improving", PlacewiseLabels.literal(Trend.IMPROVING));
		assertEquals("No significant change", PlacewiseLabels.literal(Trend.NO_SIGNIFICANT_CHANGE));
		assertEquals("Not enough data", PlacewiseLabels.literal(Trend.NOT_ENOUGH_DATA));
		assertEquals("Meeting target", PlacewiseLabels.literal(TargetStatus.MEETING));
		assertEquals("Not meeting target", PlacewiseLabels.literal(TargetStatus.NOT_MEETING));
		assertEquals("Hit and miss", PlacewiseLabels.literal(TargetStatus.HIT_AND_MISS));
		for (TargetStatus status : TargetStatus.values()) {
			assertTrue(!PlacewiseLabels.literal(status).equals(status.getLiteral()), status.name());
		}
	}
}
