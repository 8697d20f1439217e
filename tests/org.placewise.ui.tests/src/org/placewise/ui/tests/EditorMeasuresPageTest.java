package org.placewise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.placewise.ui.tests.UiTestSupport.closeAllEditors;
import static org.placewise.ui.tests.UiTestSupport.copyOfSample;
import static org.placewise.ui.tests.UiTestSupport.execute;
import static org.placewise.ui.tests.UiTestSupport.menuBarItem;
import static org.placewise.ui.tests.UiTestSupport.open;
import static org.placewise.ui.tests.UiTestSupport.page;
import static org.placewise.ui.tests.UiTestSupport.processEvents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.Observation;
import org.placewise.ui.internal.PlacewiseEditor;
import org.placewise.ui.internal.pages.MeasuresPage;
import org.placewise.ui.internal.pages.RowColumn;

/** The Measures page: a measure's fields and observations, rows pasted from a spreadsheet all or nothing. */
class EditorMeasuresPageTest {

	private static final String EXAMPLESHIRE = "exampleshire-scheme-of-delegation.placewise";
	private static final String DELAY = "Average delay days";

	@BeforeEach
	@AfterEach
	void noEditorsOpen() {
		closeAllEditors();
	}

	private static MeasuresPage showMeasure(PlacewiseEditor editor, Measure measure) {
		page().activate(editor);
		editor.setActivePage(MeasuresPage.ID);
		processEvents();
		MeasuresPage measures = (MeasuresPage) editor.findPage(MeasuresPage.ID);
		measures.select(measure);
		processEvents();
		return measures;
	}

	private static Measure measure(PlacewiseEditor editor) {
		return editor.context().model().getMeasures().stream().filter(m -> DELAY.equals(m.getName())).findFirst()
				.orElseThrow();
	}

	private static String undoLabel() {
		return menuBarItem("Edit", "Undo").getText().replace("&", "").split("\t")[0];
	}

	@Test
	void threeRowsPastedFromASpreadsheetAreThreeObservationsAndUndoTakesThemAway() throws Exception {
		PlacewiseEditor editor = open(copyOfSample(EXAMPLESHIRE));
		Measure delay = measure(editor);
		MeasuresPage measures = showMeasure(editor, delay);
		assertEquals(4, delay.getObservations().size());
		assertEquals(4, measures.observations().rows().size());

		// as a spreadsheet puts them on the clipboard: tab between cells, a line per row, UK dates
		Clipboard clipboard = new Clipboard(Display.getCurrent());
		try {
			clipboard.setContents(new Object[] { "03/06/2024\t9.1\n10/06/2024\t8.9\tnew pathway\n17/06/2024\t8.7\n" },
					new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
		measures.observations().viewer().getTable().setFocus();
		org.eclipse.swt.widgets.Button pasteButton = button(measures, "Paste rows");
		pasteButton.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		processEvents();

		assertEquals(7, delay.getObservations().size(), measures.observations().status());
		assertEquals(7, measures.observations().rows().size(), "the table shows them");
		Observation second = delay.getObservations().get(5);
		assertEquals(LocalDate.of(2024, 6, 10), second.getObservedOn());
		assertEquals(0, new BigDecimal("8.9").compareTo(second.getObservedValue()));
		assertEquals("new pathway", second.getNote());
		assertEquals("Undo Paste 3 observations into '" + DELAY + "'", undoLabel());

		execute("org.eclipse.ui.edit.undo");
		assertEquals(4, delay.getObservations().size());
		assertEquals(4, measures.observations().rows().size());
		assertFalse(editor.isDirty());
	}

	private static org.eclipse.swt.widgets.Button button(MeasuresPage measures, String label) {
		for (org.eclipse.swt.widgets.Control control : ((org.eclipse.swt.widgets.Composite) measures.observations()
				.getControl()).getChildren()) {
			if (control instanceof org.eclipse.swt.widgets.Composite bar) {
				for (org.eclipse.swt.widgets.Control child : bar.getChildren()) {
					if (child instanceof org.eclipse.swt.widgets.Button b
							&& b.getText().replace("&", "").equals(label)) {
						return b;
					}
				}
			}
		}
		throw new AssertionError("no button " + label);
	}

	@Test
	void aPasteWithOneBadRowChangesNothingAndNamesTheRowAndColumn() throws Exception {
		PlacewiseEditor editor = open(copyOfSample(EXAMPLESHIRE));
		Measure delay = measure(editor);
		MeasuresPage measures = showMeasure(editor, delay);
		List<Observation> before = List.copyOf(delay.getObservations());

		boolean pasted = measures.paste("2024-06-03\t9.1\n2024-06-10\tabout nine\n2024-06-17\t8.7");
		processEvents();

		assertFalse(pasted);
		assertEquals(before, delay.getObservations(), "all or nothing: not even the good rows");
		assertFalse(editor.isDirty());
		String status = measures.observations().status();
		assertTrue(status.contains("the pasted rows, row 2, column B (value): 'about nine' is not a number"), status);
	}

	@Test
	void aPastedDateTheMeasureHasGivesItsObservationTheNewValueAndTwiceTheSameDateIsRefused() throws Exception {
		PlacewiseEditor editor = open(copyOfSample(EXAMPLESHIRE));
		Measure delay = measure(editor);
		MeasuresPage measures = showMeasure(editor, delay);

		assertTrue(measures.paste("period\tvalue\n2024-05-27\t9.5\n"), measures.observations().status());
		assertEquals(4, delay.getObservations().size());
		assertEquals(0, new BigDecimal("9.5").compareTo(delay.getObservations().get(3).getObservedValue()));

		assertTrue(measures.paste("2024-05-15\t9.7\n2024-06-03\t9.0\n2024-05-16\t9.6"));
		assertEquals(List.of(LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 13), LocalDate.of(2024, 5, 15),
				LocalDate.of(2024, 5, 16), LocalDate.of(2024, 5, 20), LocalDate.of(2024, 5, 27),
				LocalDate.of(2024, 6, 3)), delay.getObservations().stream().map(Observation::getObservedOn).toList(),
				"pasted observations take their place in date order");
		execute("org.eclipse.ui.edit.undo");
		assertEquals(4, delay.getObservations().size());

		assertFalse(measures.paste("2024-07-01\t9\n2024-07-01\t8\n"));
		assertTrue(measures.observations().status().contains("row 2, column A (period)"),
				measures.observations().status());
		assertEquals(4, delay.getObservations().size());
	}

	@Test
	void anObservationsValueIsEditedInPlaceAndABadValueIsRefused() throws Exception {
		PlacewiseEditor editor = open(copyOfSample(EXAMPLESHIRE));
		Measure delay = measure(editor);
		MeasuresPage measures = showMeasure(editor, delay);
		Observation first = delay.getObservations().get(0);
		RowColumn<Observation> value = measures.observations().columns().get(1);

		assertFalse(measures.observations().edit(first, value, "ten"));
		assertTrue(measures.observations().status().startsWith("Value: 'ten' is not a number"),
				measures.observations().status());
		assertTrue(measures.observations().edit(first, value, "10.7"));
		processEvents();
		assertEquals(0, new BigDecimal("10.7").compareTo(first.getObservedValue()));
		assertEquals("Undo Set observed value of '" + org.placewise.model.edit.label.PlacewiseLabels.text(first) + "'",
				undoLabel());
		execute("org.eclipse.ui.edit.undo");
		assertEquals(0, new BigDecimal("10.2").compareTo(first.getObservedValue()));
	}

	@Test
	void aTargetTypedIsACommandAndTheFieldsFollowUndo() throws Exception {
		PlacewiseEditor editor = open(copyOfSample(EXAMPLESHIRE));
		Measure delay = measure(editor);
		MeasuresPage measures = showMeasure(editor, delay);

		measures.fields().type("target value", "7.5");
		processEvents();
		assertEquals(0, new BigDecimal("7.5").compareTo(delay.getTargetValue()));
		assertEquals("Undo Set target value of '" + DELAY + "'", undoLabel());

		execute("org.eclipse.ui.edit.undo");
		assertEquals(0, new BigDecimal("8.4").compareTo(delay.getTargetValue()));
		assertEquals("8.4", ((org.eclipse.swt.widgets.Text) measures.fields().control("target value")).getText());
	}
}
