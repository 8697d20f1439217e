package org.placewise.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.placewise.checks.CheckCatalogue;
import org.placewise.checks.CheckProfile;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Checker;
import org.placewise.model.core.CoreFactory;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.measures.DesiredDirection;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.MeasuresFactory;
import org.placewise.model.measures.Observation;
import org.placewise.model.measures.ProcessChange;
import org.placewise.model.outcomes.Outcome;
import org.placewise.model.outcomes.OutcomesFactory;
import org.placewise.model.outcomes.Vision;
import org.placewise.model.outcomes.WorkProgramme;
import org.placewise.outcomes.checks.ConcernUnserved;
import org.placewise.outcomes.checks.NeedsSystemChange;
import org.placewise.outcomes.checks.NoChangeAfterStart;

/** The edges of the three SPC checks (their plain ok/ko cases are in the check catalogue's RuleCasesTest). */
class SpcChecksTest {

	private static final LocalDate FIRST_WEEK = LocalDate.of(2025, 1, 6);

	private final PlacewiseModel model = CoreFactory.eINSTANCE.createPlacewiseModel();
	private final Vision vision = OutcomesFactory.eINSTANCE.createVision();

	SpcChecksTest() {
		model.getVisions().add(vision);
	}

	private Measure measure(String name, String target, double... values) {
		Measure measure = MeasuresFactory.eINSTANCE.createMeasure();
		measure.setName(name);
		measure.setDesiredDirection(DesiredDirection.HIGHER_IS_BETTER);
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

	private List<String> findings(CheckRule<?> rule) {
		return new Checker(new CheckCatalogue(List.of(rule)), CheckProfile.DEFAULT, FIRST_WEEK.plusYears(1))
				.check(model).stream().map(f -> f.message()).toList();
	}

	@Test
	void aFailingTargetBesideAHitAndMissOneDoesNotNeedSystemChange() {
		outcome("Home first", measure("Fails", "12", OutcomeRollUpTest.steady(20)),
				measure("Hit and miss", "10.1", OutcomeRollUpTest.steady(20)));

		assertEquals(List.of(), findings(new NeedsSystemChange()));
	}

	@Test
	void measuresWithTooFewPointsOrNoTargetAreNotJudgedForSystemChange() {
		outcome("Home first", measure("Fails", "12", OutcomeRollUpTest.steady(20)),
				measure("Young and meeting", "9", OutcomeRollUpTest.steady(8)),
				measure("No target", null, OutcomeRollUpTest.steady(20)));

		assertEquals(
				List.of("Outcome 'Home first' needs a change to the system: 'Fails' consistently fails its target"),
				findings(new NeedsSystemChange()));
	}

	@Test
	void aProgrammeServingOnlyTheOutcomeAboveDoesNotServeAConcern() {
		Outcome parent = outcome("Living well");
		Outcome falls = OutcomesFactory.eINSTANCE.createOutcome();
		falls.setName("Fewer falls");
		falls.getEvidencedBy().add(measure("Falls prevented", null, OutcomeRollUpTest.lowAtTheEnd()));
		parent.getChildren().add(falls);
		WorkProgramme programme = OutcomesFactory.eINSTANCE.createWorkProgramme();
		programme.setName("Living well programme");
		programme.getOutcomesServed().add(parent);
		model.getProgrammes().add(programme);

		assertEquals(List.of("Outcome 'Fewer falls' shows special-cause concern in 'Falls prevented', and no work "
				+ "programme serves it"), findings(new ConcernUnserved()));
	}

	@Test
	void concernInAMeasureWithTooFewPointsIsNotReported() {
		// 14 points, the last 7 well below the rest: a run chart would call it a shift (concern), but 14 < 15.
		double[] young = Arrays.copyOf(OutcomeRollUpTest.steady(7), 14);
		Arrays.fill(young, 7, 14, 8.0);
		outcome("Fewer falls", measure("Falls prevented", null, young));

		assertEquals(List.of(), findings(new ConcernUnserved()));
	}

	private WorkProgramme programme(LocalDate start, Measure measure) {
		WorkProgramme programme = OutcomesFactory.eINSTANCE.createWorkProgramme();
		programme.setName("Reablement redesign");
		programme.setStartDate(start);
		programme.getMeasures().add(measure);
		model.getProgrammes().add(programme);
		return programme;
	}

	@Test
	void aProcessChangeAfterTheStartIsAChange() {
		double[] values = new double[40];
		for (int i = 0; i < 40; i++) {
			values[i] = (i % 2 == 0 ? 10.0 : 10.2) + (i < 20 ? 0 : 5);
		}
		Measure measure = measure("At home after reablement", null, values);
		ProcessChange change = MeasuresFactory.eINSTANCE.createProcessChange();
		change.setChangedOn(FIRST_WEEK.plusWeeks(20));
		measure.getProcessChanges().add(change);
		programme(FIRST_WEEK.plusWeeks(20), measure);

		assertEquals(List.of(), findings(new NoChangeAfterStart()));
	}

	@Test
	void fewerPointsSinceTheStartThanTheParameterAreNotJudgedYet() {
		programme(FIRST_WEEK.plusWeeks(30), measure("Steady", null, OutcomeRollUpTest.steady(40)));
		assertEquals(List.of(), findings(new NoChangeAfterStart()));

		model.getProgrammes().get(0).setStartDate(FIRST_WEEK.plusWeeks(28));
		assertEquals(List.of("Work programme 'Reablement redesign' started on 21 Jul 2025, and 'Steady' shows no "
				+ "special-cause variation in the 12 points since"), findings(new NoChangeAfterStart()));
	}
}
