package org.placewise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.placewise.ui.tests.UiTestSupport.closeAllEditors;
import static org.placewise.ui.tests.UiTestSupport.copyOfSample;
import static org.placewise.ui.tests.UiTestSupport.execute;
import static org.placewise.ui.tests.UiTestSupport.menuBarItem;
import static org.placewise.ui.tests.UiTestSupport.choose;
import static org.placewise.ui.tests.UiTestSupport.open;
import static org.placewise.ui.tests.UiTestSupport.page;
import static org.placewise.ui.tests.UiTestSupport.processEvents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placewise.diagram.chart.SpcPalette;
import org.placewise.diagram.scene.Colour;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.MeasuresFactory;
import org.placewise.model.measures.MeasuresPackage;
import org.placewise.model.measures.Observation;
import org.placewise.spc.ChartKind;
import org.placewise.spc.SpcPoint;
import org.placewise.ui.internal.ModelExplorerView;
import org.placewise.ui.internal.PlacewiseModelContext;
import org.placewise.ui.internal.views.SpcChartView;

/** The SPC chart view follows the selected measure and the model's edits, and says when the data are too few. */
class SpcChartViewTest {

	private PlacewiseModelContext context;
	private ModelExplorerView explorer;
	private SpcChartView chart;
	private Measure measure;

	@BeforeEach
	void openExampleshire() throws Exception {
		closeAllEditors();
		context = open(copyOfSample("exampleshire-scheme-of-delegation.placewise")).context();
		chart = (SpcChartView) page().showView(SpcChartView.ID);
		explorer = (ModelExplorerView) page().showView(ModelExplorerView.ID);
		measure = context.model().getMeasures().stream().filter(m -> "Average delay days".equals(m.getName()))
				.findFirst().orElseThrow();
		processEvents();
	}

	@AfterEach
	void close() {
		closeAllEditors();
	}

	private void selectInExplorer(Object element) {
		page().activate(explorer);
		explorer.reveal(element);
		processEvents();
	}

	/** Adds monthly observations after the last one; the eighth is far out, a special cause. */
	private void addSixteenObservations() {
		LocalDate last = measure.getObservations().stream().map(Observation::getObservedOn)
				.max(LocalDate::compareTo).orElse(LocalDate.of(2024, 1, 1));
		List<Observation> more = new ArrayList<>();
		for (int i = 1; i <= 16; i++) {
			Observation observation = MeasuresFactory.eINSTANCE.createObservation();
			observation.setObservedOn(last.plusMonths(i));
			observation.setObservedValue(new BigDecimal(i == 8 ? "60" : i % 2 == 0 ? "6.5" : "5.5"));
			more.add(observation);
		}
		context.commandStack().execute(
				AddCommand.create(context.domain(), measure, MeasuresPackage.Literals.MEASURE__OBSERVATIONS, more));
		processEvents();
	}

	@Test
	void selectingAMeasureWithFewObservationsSaysInWordsThatThereIsNotEnoughData() {
		selectInExplorer(measure);

		assertSame(measure, chart.measure(), "the view follows the explorer's selection");
		int n = measure.getObservations().size();
		assertTrue(n < 15, "the sample has few observations: " + n);
		assertTrue(chart.notice().startsWith("Not enough data for an XmR chart: " + n + " observations"),
				chart.notice());
		assertEquals(ChartKind.RUN_CHART, chart.result().chartKind());
		assertEquals("SPC chart of Average delay days", chart.accessibleName());
		assertTrue(chart.accessibleDescription().startsWith("Run chart of Average delay days with " + n + " points"),
				chart.accessibleDescription());
		assertTrue(chart.accessibleDescription().contains("Not enough data"), chart.accessibleDescription());
	}

	@Test
	void anEditThatBringsFifteenPointsDrawsTheXmrChartWithTheSpecialCauseColouredAndUndoGoesBack() {
		selectInExplorer(measure);

		addSixteenObservations();

		assertEquals(ChartKind.XMR, chart.result().chartKind(), "drawn again after the edit");
		assertEquals("", chart.notice());
		List<SpcPoint> flagged = chart.result().flaggedPoints();
		assertFalse(flagged.isEmpty(), "the far-out point is a special cause");
		Colour special = SpcPalette.fill(flagged.get(0).variation());
		assertTrue(drawnColours().contains(new RGB(special.red(), special.green(), special.blue())),
				"the special-cause point is drawn in its colour");
		assertTrue(chart.accessibleDescription().startsWith("XmR chart of Average delay days"),
				chart.accessibleDescription());
		PartFixture.screenshot(UiTestSupport.window().getShell(), "workbench-spc-chart");

		execute("org.eclipse.ui.edit.undo");

		assertEquals(ChartKind.RUN_CHART, chart.result().chartKind(), "undo redraws the chart as it was");
		assertTrue(chart.notice().startsWith("Not enough data"), chart.notice());
	}

	@Test
	void theChartIsReachedByTabAndHasANameForScreenReaders() {
		selectInExplorer(measure);
		assertTrue(chart.chart().isVisible());
		assertEquals(0, chart.chart().getStyle() & SWT.NO_FOCUS, "the chart can take the focus");
		assertTrue(chart.chart().isListening(SWT.Traverse), "Tab moves on from the chart");
		assertEquals("SPC chart of Average delay days", chart.accessibleName());
	}

	@Test
	void theViewOpensFromWindowShowViewAndSaysWhatToSelectWhenNothingIs() throws Exception {
		page().hideView(chart);
		processEvents();
		choose(menuBarItem("Window", "Show View", "SPC Chart"));
		SpcChartView shown = (SpcChartView) page().findView(SpcChartView.ID);
		assertNotNull(shown, "Window > Show View > SPC Chart opens the view");
		if (shown.measure() == null) {
			assertTrue(shown.accessibleDescription().startsWith("Select a measure"), shown.accessibleDescription());
		}
	}

	/** @return the colours of the chart as the view paints it */
	private java.util.Set<RGB> drawnColours() {
		Display display = Display.getCurrent();
		Rectangle area = new Rectangle(0, 0, 800, 420);
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(image);
		java.util.Set<RGB> colours = new java.util.HashSet<>();
		try {
			chart.draw(gc, area);
			ImageData data = image.getImageData();
			for (int y = 0; y < data.height; y++) {
				for (int x = 0; x < data.width; x++) {
					colours.add(data.palette.getRGB(data.getPixel(x, y)));
				}
			}
		} finally {
			gc.dispose();
			image.dispose();
		}
		return colours;
	}
}
