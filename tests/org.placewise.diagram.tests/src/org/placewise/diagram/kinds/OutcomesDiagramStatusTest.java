package org.placewise.diagram.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.placewise.diagram.kinds.SceneQueries.node;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.placewise.diagram.render.svg.SvgRenderer;
import org.placewise.diagram.scene.LegendEntry;
import org.placewise.diagram.scene.Scene;
import org.placewise.diagram.scene.StatusMark;
import org.placewise.diagram.scene.StatusMark.Symbol;
import org.placewise.model.core.CoreFactory;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.measures.DesiredDirection;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.MeasuresFactory;
import org.placewise.model.measures.Observation;
import org.placewise.model.outcomes.Outcome;
import org.placewise.model.outcomes.OutcomesFactory;
import org.placewise.model.outcomes.Vision;
import org.placewise.model.outcomes.WorkProgramme;
import org.placewise.model.resource.Identities;

/**
 * The outcomes diagram shows each outcome's and programme's roll-up status (trend and target) as status marks, each
 * measure its own trend, and the legend explains the marks shown.
 */
class OutcomesDiagramStatusTest {

	/**
	 * Fewer delays: evidenced by delay days (lower is better, target 5, latest point far above the limits: concern,
	 * consistently failing). Living independently: evidenced by reablement (higher is better, target 9, latest point
	 * far above: improvement, consistently passing). Wellbeing: no measure. The home first programme serves fewer
	 * delays and tracks both measures.
	 */
	static PlacewiseModel model() {
		PlacewiseModel model = CoreFactory.eINSTANCE.createPlacewiseModel();
		model.setName("Roll-up");
		Vision vision = OutcomesFactory.eINSTANCE.createVision();
		vision.setName("Home first");
		model.getVisions().add(vision);
		Outcome delays = outcome(vision, "Fewer delays");
		Outcome independence = outcome(vision, "Living independently");
		outcome(vision, "Wellbeing");
		Measure delayDays = measure(model, "Delay days", DesiredDirection.LOWER_IS_BETTER, "5");
		delayDays.getEvidencedOutcomes().add(delays);
		Measure reablement = measure(model, "Reablement", DesiredDirection.HIGHER_IS_BETTER, "9");
		reablement.getEvidencedOutcomes().add(independence);
		WorkProgramme programme = OutcomesFactory.eINSTANCE.createWorkProgramme();
		programme.setName("Home first programme");
		programme.getOutcomesServed().add(delays);
		programme.getMeasures().add(delayDays);
		programme.getMeasures().add(reablement);
		model.getProgrammes().add(programme);
		Identities.assignMissing(model);
		return model;
	}

	private static Outcome outcome(Vision vision, String name) {
		Outcome outcome = OutcomesFactory.eINSTANCE.createOutcome();
		outcome.setName(name);
		vision.getOutcomes().add(outcome);
		return outcome;
	}

	/** 20 weekly points alternating 10.0 and 10.2 (common cause), then 12: far above the upper limit. */
	private static Measure measure(PlacewiseModel model, String name, DesiredDirection direction, String target) {
		Measure measure = MeasuresFactory.eINSTANCE.createMeasure();
		measure.setName(name);
		measure.setDesiredDirection(direction);
		measure.setTargetValue(new BigDecimal(target));
		for (int i = 0; i <= 20; i++) {
			Observation observation = MeasuresFactory.eINSTANCE.createObservation();
			observation.setObservedOn(LocalDate.of(2024, 4, 1).plusWeeks(i));
			observation.setObservedValue(new BigDecimal(i == 20 ? "12" : i % 2 == 0 ? "10.0" : "10.2"));
			measure.getObservations().add(observation);
		}
		model.getMeasures().add(measure);
		return measure;
	}

	private static Scene scene() {
		return PlacewiseDiagrams.scene(DiagramKind.OUTCOMES, model(), DiagramOptions.defaults());
	}

	@Test
	void eachOutcomeShowsItsTrendAndTargetStatusInWordsWithTheirIcons() {
		Scene scene = scene();
		assertEquals(List.of(new StatusMark(Symbol.CONCERN, "Deteriorating"),
				new StatusMark(Symbol.FAILS, "Not meeting target")), node(scene, "Fewer delays").marks());
		assertEquals(List.of(new StatusMark(Symbol.IMPROVEMENT, "Improving"),
				new StatusMark(Symbol.PASSES, "Meeting target")), node(scene, "Living independently").marks());
		assertEquals(List.of(new StatusMark(Symbol.NOT_ASSESSED, "Not enough data"),
				new StatusMark(Symbol.NO_TARGET, "No target")), node(scene, "Wellbeing").marks());
	}

	@Test
	void aProgrammeShowsTheStatusOfTheMeasuresItTracksConcernWinning() {
		assertEquals(List.of(new StatusMark(Symbol.CONCERN, "Deteriorating"),
				new StatusMark(Symbol.FAILS, "Not meeting target")), node(scene(), "Home first programme").marks());
	}

	@Test
	void eachMeasureShowsItsOwnTrendSoTheStatusCanBeTracedToIt() {
		Scene scene = scene();
		assertEquals(List.of(new StatusMark(Symbol.CONCERN, "Deteriorating")), node(scene, "Delay days").marks());
		assertEquals(List.of(new StatusMark(Symbol.IMPROVEMENT, "Improving")), node(scene, "Reablement").marks());
	}

	@Test
	void theDescriptionSaysWhichMeasuresDecideTheStatus() {
		String description = node(scene(), "Fewer delays").description();
		assertTrue(description.contains("special cause concern in 'Delay days'"), description);
		assertTrue(description.contains("'Delay days' consistently fails the target"), description);
	}

	@Test
	void theLegendExplainsEveryStatusShownAndNoOther() {
		List<String> marks = scene().legend().stream().filter(e -> e.kind() == LegendEntry.Kind.MARK)
				.map(e -> e.symbol() + " " + e.label()).toList();
		assertEquals(List.of("IMPROVEMENT Improving", "CONCERN Deteriorating", "NOT_ASSESSED Not enough data",
				"PASSES Meeting target", "FAILS Not meeting target", "NO_TARGET No target"), marks);
	}

	@Test
	void theSvgDrawsTheStatusesOnTheOutcomesAndInTheLegend() {
		Scene scene = scene();
		String svg = new String(new SvgRenderer().renderBytes(PlacewiseDiagrams.layout(DiagramKind.OUTCOMES, scene)),
				StandardCharsets.UTF_8);
		String outcome = node(scene, "Fewer delays").id();
		int start = svg.indexOf("id=\"" + outcome + "\"");
		String group = svg.substring(start, svg.indexOf("id=\"" + outcome + "-mark-1\"", start) + 200);
		assertTrue(group.contains("status-mark mark-concern") && group.contains(">Deteriorating</text>"), group);
		assertTrue(group.contains("status-mark mark-fails"), group);
		String legend = svg.substring(svg.indexOf("class=\"legend\""));
		assertTrue(legend.contains(">Not meeting target</text>") && legend.contains(">No target</text>"), legend);
	}
}
