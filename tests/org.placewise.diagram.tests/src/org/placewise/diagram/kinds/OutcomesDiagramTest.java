package org.placewise.diagram.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.placewise.diagram.kinds.SceneQueries.node;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.placewise.diagram.scene.Palettes;
import org.placewise.diagram.scene.Scene;
import org.placewise.diagram.scene.SceneEdge;
import org.placewise.model.core.CoreFactory;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.measures.DesiredDirection;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.MeasuresFactory;
import org.placewise.model.measures.Observation;
import org.placewise.model.outcomes.Outcome;
import org.placewise.model.outcomes.OutcomesFactory;
import org.placewise.model.outcomes.Vision;
import org.placewise.model.resource.Identities;

class OutcomesDiagramTest {

	private static Scene outcomes(PlacewiseModel model) {
		return PlacewiseDiagrams.scene(DiagramKind.OUTCOMES, model, DiagramOptions.defaults());
	}

	private static boolean linked(Scene scene, String from, String to, String style) {
		String source = node(scene, from).id();
		String target = node(scene, to).id();
		return scene.edges().stream().anyMatch(
				e -> e.sourceId().equals(source) && e.targetId().equals(target) && e.styleKey().equals(style));
	}

	@Test
	void treeRunsFromVisionThroughOutcomesAndProgrammesToMeasures() {
		Scene scene = outcomes(Samples.load(Samples.MID_AND_SOUTH_ESSEX));
		assertTrue(linked(scene, "Living as independently as possible", "Older adults in Mid and South Essex",
				Palettes.CONTRIBUTES));
		assertTrue(linked(scene, "Home after a hospital stay", "Living as independently as possible",
				Palettes.CONTRIBUTES));
		assertTrue(linked(scene, "Older adults transformation programme", "Effective reablement", Palettes.PROGRAMME));
		assertTrue(linked(scene, "Average number of delay days per community hospital inpatient",
				"Home after a hospital stay", Palettes.EVIDENCES));
		assertTrue(linked(scene, "Staff behaviours and ways of working", "Older adults transformation programme",
				Palettes.EVIDENCES), "a programme measure that evidences no outcome hangs off its programme");
	}

	@Test
	void programmeIsLinkedOnlyToTheMostSpecificOutcomesItServes() {
		Scene scene = outcomes(Samples.load(Samples.MID_AND_SOUTH_ESSEX));
		String programme = node(scene, "Older adults transformation programme").id();
		assertEquals(3, scene.edges().stream().filter(e -> e.sourceId().equals(programme)).count(),
				"serving the three intermediate outcomes already serves the strategic one");
	}

	@Test
	void measureShowsBaselineAndTargetWhenThereIsNoObservation() {
		Scene scene = outcomes(Samples.load(Samples.MID_AND_SOUTH_ESSEX));
		var measure = node(scene, "Average weekly cost of care package following long-term decision");
		assertEquals(List.of("No observations yet", "Baseline £74 \u2192 target £60 per week"), measure.details());
		assertEquals(Palettes.MEASURE_UNKNOWN, measure.styleKey());
	}

	/** A vision with one outcome evidenced by a measure of average delay days, lower is better. */
	private static PlacewiseModel delayModel(String baseline, String target, String latest) {
		PlacewiseModel model = CoreFactory.eINSTANCE.createPlacewiseModel();
		model.setName("Delays");
		Vision vision = OutcomesFactory.eINSTANCE.createVision();
		vision.setName("Home first");
		Outcome outcome = OutcomesFactory.eINSTANCE.createOutcome();
		outcome.setName("Fewer delays");
		vision.getOutcomes().add(outcome);
		model.getVisions().add(vision);
		Measure m = MeasuresFactory.eINSTANCE.createMeasure();
		m.setName("Average delay days");
		m.setUnit("days");
		m.setDesiredDirection(DesiredDirection.LOWER_IS_BETTER);
		m.setBaselineValue(baseline == null ? null : new BigDecimal(baseline));
		m.setTargetValue(target == null ? null : new BigDecimal(target));
		if (latest != null) {
			Observation early = MeasuresFactory.eINSTANCE.createObservation();
			early.setObservedOn(LocalDate.of(2024, 5, 6));
			early.setObservedValue(new BigDecimal("99"));
			Observation last = MeasuresFactory.eINSTANCE.createObservation();
			last.setObservedOn(LocalDate.of(2024, 5, 27));
			last.setObservedValue(new BigDecimal(latest));
			m.getObservations().add(last);
			m.getObservations().add(early);
		}
		m.getEvidencedOutcomes().add(outcome);
		model.getMeasures().add(m);
		Identities.assignMissing(model);
		return model;
	}

	@ParameterizedTest
	@CsvSource(nullValues = "-", value = {
			"10.0, 8.4, 8.1, MEETS_TARGET, measure-met",
			"10.0, 8.4, 8.4, MEETS_TARGET, measure-met",
			"10.0, 8.4, 9.4, IMPROVING, measure-not-met",
			"10.0, 8.4, 10.5, SHORT_OF_TARGET, measure-not-met",
			"-, 8.4, 9.4, SHORT_OF_TARGET, measure-not-met",
			"10.0, 8.4, -, NO_DATA, measure-unknown",
			"10.0, -, 9.4, NO_TARGET, measure-unknown" })
	void measureStatusComparesTheLatestValueWithTheTargetInTheDesiredDirection(String baseline, String target,
			String latest, MeasureStatus status, String style) {
		PlacewiseModel model = delayModel(baseline, target, latest);
		assertEquals(status, MeasureStatus.of(model.getMeasures().get(0)));
		assertEquals(style, node(outcomes(model), "Average delay days").styleKey());
	}

	@Test
	void measureShowsItsLatestValueAgainstTargetAndStatus() {
		var measure = node(outcomes(delayModel("10.0", "8.4", "9.4")), "Average delay days");
		assertEquals(List.of("Latest 9.4 days (27 May 2024)", "Baseline 10.0 \u2192 target 8.4 days",
				"Short of target, better than baseline"), measure.details());
	}

	@Test
	void measureArrowPointsToTheOutcomeItEvidences() {
		Scene scene = outcomes(delayModel("10.0", "8.4", "9.4"));
		SceneEdge e = scene.edges().stream().filter(x -> x.styleKey().equals(Palettes.EVIDENCES)).findFirst()
				.orElseThrow();
		assertEquals(node(scene, "Fewer delays").id(), e.targetId());
		assertTrue(e.upstream(), "laid out to the right of the outcome, pointing back to it");
		var laid = PlacewiseDiagrams.layout(DiagramKind.OUTCOMES, scene).nodesById();
		assertTrue(laid.get(e.sourceId()).bounds().x() >= laid.get(e.targetId()).bounds().right());
	}
}
