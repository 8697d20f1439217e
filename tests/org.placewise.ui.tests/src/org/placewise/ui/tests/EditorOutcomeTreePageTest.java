package org.placewise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.placewise.ui.tests.UiTestSupport.closeAllEditors;
import static org.placewise.ui.tests.UiTestSupport.copyOfSample;
import static org.placewise.ui.tests.UiTestSupport.open;
import static org.placewise.ui.tests.UiTestSupport.page;
import static org.placewise.ui.tests.UiTestSupport.processEvents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.MeasuresFactory;
import org.placewise.model.measures.MeasuresPackage;
import org.placewise.model.measures.Observation;
import org.placewise.model.outcomes.Outcome;
import org.placewise.model.outcomes.Vision;
import org.placewise.model.outcomes.WorkProgramme;
import org.placewise.diagram.scene.StatusMark;
import org.placewise.spc.Assurance;
import org.placewise.spc.Variation;
import org.placewise.ui.internal.PlacewiseEditor;
import org.placewise.ui.internal.pages.OutcomeTreePage;

/** The Outcome tree page: vision, outcomes, programmes and measures as one tree, each measure with its SPC icons. */
class EditorOutcomeTreePageTest {

	private static final String ESSEX = "mid-and-south-essex-older-adults.placewise";
	private static final String DELAY_DAYS = "Average number of delay days per community hospital inpatient";

	@BeforeEach
	@AfterEach
	void noEditorsOpen() {
		closeAllEditors();
	}

	private static OutcomeTreePage showTree(PlacewiseEditor editor) {
		page().activate(editor);
		editor.setActivePage(OutcomeTreePage.ID);
		processEvents();
		return (OutcomeTreePage) editor.findPage(OutcomeTreePage.ID);
	}

	private static Measure measure(PlacewiseEditor editor, String name) {
		return editor.context().model().getMeasures().stream().filter(m -> name.equals(m.getName())).findFirst()
				.orElseThrow();
	}

	private static List<TreeItem> items(TreeItem[] level, Object data, List<TreeItem> found) {
		for (TreeItem item : level) {
			if (item.getData() == data) {
				found.add(item);
			}
			items(item.getItems(), data, found);
		}
		return found;
	}

	/**
	 * Gives the delay-days measure (lower is better) 20 weeks around 10 days and a latest week of 5 days, and a target
	 * of 12 days: the latest point is far below the process limits (special cause improvement, low) and the whole
	 * process lies below the target (consistently passes).
	 */
	private static void plantImprovement(PlacewiseEditor editor, Measure measure) {
		var domain = editor.context().domain();
		CompoundCommand plant = new CompoundCommand("plant a series");
		List<Observation> series = new ArrayList<>();
		LocalDate week = LocalDate.of(2024, 1, 1);
		for (int i = 0; i < 21; i++) {
			Observation observation = MeasuresFactory.eINSTANCE.createObservation();
			observation.setObservedOn(week.plusWeeks(i));
			observation.setObservedValue(i == 20 ? new BigDecimal("5.0")
					: i % 2 == 0 ? BigDecimal.TEN
							: new BigDecimal("10.2"));
			series.add(observation);
		}
		plant.append(AddCommand.create(domain, measure, MeasuresPackage.Literals.MEASURE__OBSERVATIONS, series));
		plant.append(SetCommand.create(domain, measure, MeasuresPackage.Literals.MEASURE__TARGET_VALUE,
				new BigDecimal("12")));
		domain.getCommandStack().execute(plant);
		processEvents();
	}

	@Test
	void theTreeRunsFromTheVisionThroughOutcomesAndProgrammesToMeasures() throws Exception {
		PlacewiseEditor editor = open(copyOfSample(ESSEX));
		OutcomeTreePage tree = showTree(editor);
		Vision vision = editor.context().model().getVisions().get(0);
		Outcome home = vision.getOutcomes().get(0).getChildren().stream()
				.filter(o -> "Home after a hospital stay".equals(o.getName())).findFirst().orElseThrow();
		WorkProgramme programme = home.getServedBy().get(0);

		tree.viewer().expandAll();
		processEvents();

		TreeItem[] roots = tree.viewer().getTree().getItems();
		assertEquals(1, roots.length);
		assertSame(vision, roots[0].getData());
		TreeItem homeItem = items(roots, home, new ArrayList<>()).get(0);
		assertEquals("Outcome (intermediate)", homeItem.getText(1));
		assertTrue(items(homeItem.getItems(), programme, new ArrayList<>()).size() == 1,
				"the programme serving the outcome is under it");
		assertTrue(items(homeItem.getItems(), measure(editor, DELAY_DAYS), new ArrayList<>()).size() >= 1,
				"the measure evidencing the outcome is under it");
	}

	@Test
	void aMeasureShowsTheIconsAndWordsOfItsLatestVariationAndAssurance() throws Exception {
		PlacewiseEditor editor = open(copyOfSample(ESSEX));
		Measure delay = measure(editor, DELAY_DAYS);
		OutcomeTreePage tree = showTree(editor);
		tree.viewer().expandAll();
		processEvents();
		TreeItem before = items(tree.viewer().getTree().getItems(), delay, new ArrayList<>()).get(0);
		assertEquals("Not assessed (fewer than 2 points)", before.getText(2), "no observations yet");
		assertSame(tree.icons().variation(Variation.NOT_ASSESSED), before.getImage(2));

		plantImprovement(editor, delay);
		tree.viewer().expandAll();
		processEvents();

		TreeItem item = items(tree.viewer().getTree().getItems(), delay, new ArrayList<>()).get(0);
		assertEquals("Special cause improvement (low)", item.getText(2));
		assertSame(tree.icons().variation(Variation.SPECIAL_CAUSE_IMPROVEMENT_LOW), item.getImage(2));
		assertEquals("Consistently passes the target", item.getText(3));
		assertSame(tree.icons().assurance(Assurance.CONSISTENTLY_PASSES), item.getImage(3));
		assertEquals("Special cause improvement (low); consistently passes the target", tree.accessibleText(delay));
		assertNotNull(item.getImage(2).getImageData(), "the icon is drawn");
	}

	@Test
	void anOutcomeAndItsProgrammeShowTheStatusRolledUpFromTheirMeasures() throws Exception {
		PlacewiseEditor editor = open(copyOfSample(ESSEX));
		Measure delay = measure(editor, DELAY_DAYS);
		Outcome home = editor.context().model().getVisions().get(0).getOutcomes().get(0).getChildren().stream()
				.filter(o -> "Home after a hospital stay".equals(o.getName())).findFirst().orElseThrow();
		WorkProgramme programme = home.getServedBy().get(0);
		OutcomeTreePage tree = showTree(editor);
		tree.viewer().expandAll();
		processEvents();
		TreeItem before = items(tree.viewer().getTree().getItems(), home, new ArrayList<>()).get(0);
		assertEquals("Not enough data", before.getText(2), "no measure behind it has observations yet");
		assertSame(tree.icons().symbol(StatusMark.Symbol.NOT_ASSESSED), before.getImage(2));
		assertEquals("Target not yet judged", before.getText(3), "delay days has a target but no points");

		plantImprovement(editor, delay);
		tree.viewer().expandAll();
		processEvents();

		TreeItem outcome = items(tree.viewer().getTree().getItems(), home, new ArrayList<>()).get(0);
		assertEquals("Improving", outcome.getText(2));
		assertSame(tree.icons().symbol(StatusMark.Symbol.IMPROVEMENT), outcome.getImage(2));
		assertEquals("Meeting target", outcome.getText(3), "the only measure behind it with a target passes it");
		assertSame(tree.icons().symbol(StatusMark.Symbol.PASSES), outcome.getImage(3));
		assertEquals("Improving; meeting target", tree.accessibleText(home));
		assertTrue(tree.status(home).why().contains("special cause improvement in '" + DELAY_DAYS + "'"),
				tree.status(home).why());
		TreeItem programmeItem = items(tree.viewer().getTree().getItems(), programme, new ArrayList<>()).get(0);
		assertEquals("Improving", programmeItem.getText(2));
		assertEquals("Target not yet judged", programmeItem.getText(3),
				"the programme also tracks measures whose targets have no points yet");
		assertEquals("", items(tree.viewer().getTree().getItems(), editor.context().model().getVisions().get(0),
				new ArrayList<>()).get(0).getText(2), "a vision has no status of its own");
	}

	@Test
	void selectingARowSelectsTheObjectInTheEditor() throws Exception {
		PlacewiseEditor editor = open(copyOfSample(ESSEX));
		OutcomeTreePage tree = showTree(editor);
		Outcome outcome = editor.context().model().getVisions().get(0).getOutcomes().get(0);

		tree.viewer().setSelection(new StructuredSelection(outcome), true);
		processEvents();

		assertEquals(List.of(outcome),
				((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).toList());
	}
}
