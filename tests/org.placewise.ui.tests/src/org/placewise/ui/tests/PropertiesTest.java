package org.placewise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.placewise.ui.tests.UiTestSupport.closeAllEditors;
import static org.placewise.ui.tests.UiTestSupport.copyOfSample;
import static org.placewise.ui.tests.UiTestSupport.execute;
import static org.placewise.ui.tests.UiTestSupport.open;
import static org.placewise.ui.tests.UiTestSupport.window;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.BoardKind;
import org.placewise.model.governance.Delegation;
import org.placewise.ui.internal.ModelPropertySource;
import org.placewise.ui.internal.PlacewiseModelContext;

/** The Properties view chooses references and enumeration values from lists, each choice an undoable command. */
class PropertiesTest {

	private PlacewiseModelContext context;
	private Shell shell;

	@BeforeEach
	void openExampleshire() throws Exception {
		closeAllEditors();
		context = open(copyOfSample("exampleshire-scheme-of-delegation.placewise")).context();
		shell = new Shell(window().getShell());
	}

	@AfterEach
	void close() {
		shell.dispose();
		closeAllEditors();
	}

	private static IPropertyDescriptor descriptor(ModelPropertySource source, String name) {
		return Arrays.stream(source.getPropertyDescriptors()).filter(d -> name.equals(d.getDisplayName())).findFirst()
				.orElseThrow(() -> new AssertionError("no property " + name));
	}

	private Board board(String name) {
		return context.model().getBoards().stream().filter(b -> name.equals(b.getName())).findFirst().orElseThrow();
	}

	@Test
	void theDelegatorOfADelegationIsChosenFromTheDecisionMakersOfTheModel() {
		Delegation discharge = context.model().getDelegations().stream()
				.filter(d -> "Discharge fund".equals(d.getName()))
				.findFirst().orElseThrow();
		Board icb = board("ICB Board");
		ModelPropertySource source = new ModelPropertySource(discharge, context.adapterFactory());
		IPropertyDescriptor delegator = descriptor(source, "Delegator");

		CellEditor editor = delegator.createPropertyEditor(shell);
		assertTrue(editor instanceof ComboBoxCellEditor, "a drop-down list: " + editor);
		List<String> items = Arrays.asList(((ComboBoxCellEditor) editor).getItems());
		assertEquals("(none)", items.get(0));
		assertTrue(items.stream().anyMatch(i -> i.contains("ICB Board")), items.toString());
		assertTrue(items.stream().noneMatch(i -> i.startsWith("Delegation")), "only decision makers: " + items);

		source.setPropertyValue(delegator.getId(), icb);
		assertSame(icb, discharge.getDelegator());
		execute("org.eclipse.ui.edit.undo");
		assertEquals("Exampletown Place Committee", ((Board) discharge.getDelegator()).getName());
		editor.dispose();
	}

	@Test
	void theKindOfABoardIsChosenFromItsValuesAndCanBeUndone() {
		Board icb = board("ICB Board");
		ModelPropertySource source = new ModelPropertySource(icb, context.adapterFactory());
		IPropertyDescriptor kind = descriptor(source, "Kind");
		CellEditor editor = kind.createPropertyEditor(shell);
		assertNotNull(editor);
		assertEquals(BoardKind.VALUES.size(), ((ComboBoxCellEditor) editor).getItems().length);
		BoardKind before = icb.getKind();

		source.setPropertyValue(kind.getId(), BoardKind.STEERING_GROUP);
		assertEquals(BoardKind.STEERING_GROUP, icb.getKind());
		execute("org.eclipse.ui.edit.undo");
		assertEquals(before, icb.getKind());
		editor.dispose();
	}

	@Test
	void aMoneyFieldTakesTheFormsPlacewisePrintsAndRefusesGarbageSayingWhy() {
		Delegation discharge = context.model().getDelegations().stream()
				.filter(d -> "Discharge fund".equals(d.getName())).findFirst().orElseThrow();
		ModelPropertySource source = new ModelPropertySource(discharge, context.adapterFactory());
		IPropertyDescriptor limit = descriptor(source, "Financial limit");
		assertEquals("£2,000,000", source.getPropertyValue(limit.getId()), "shown as Placewise prints money");
		CellEditor editor = limit.createPropertyEditor(shell);

		for (String typed : List.of("£2,500,000", "£2.5m", "2500000")) {
			assertNull(editor.getValidator().isValid(typed), typed + " is accepted");
			source.setPropertyValue(limit.getId(), typed);
			assertEquals(0, new java.math.BigDecimal("2500000").compareTo(discharge.getFinancialLimit()), typed);
			execute("org.eclipse.ui.edit.undo");
			assertEquals(0, new java.math.BigDecimal("2000000").compareTo(discharge.getFinancialLimit()));
		}

		String refused = editor.getValidator().isValid("two and a half million");
		assertNotNull(refused, "garbage is refused");
		assertTrue(refused.startsWith("Financial limit: 'two and a half million' is not an amount of money"),
				refused);
		source.setPropertyValue(limit.getId(), "two and a half million");
		assertEquals(0, new java.math.BigDecimal("2000000").compareTo(discharge.getFinancialLimit()),
				"the value is kept");
		editor.dispose();
	}

	@Test
	void aDateIsShownAsPlacewisePrintsDatesAndReadBack() {
		Delegation discharge = context.model().getDelegations().stream()
				.filter(d -> "Discharge fund".equals(d.getName())).findFirst().orElseThrow();
		ModelPropertySource source = new ModelPropertySource(discharge, context.adapterFactory());
		IPropertyDescriptor review = descriptor(source, "Review date");
		assertEquals("31 Mar 2025", source.getPropertyValue(review.getId()));
		source.setPropertyValue(review.getId(), "31 Mar 2026");
		assertEquals(java.time.LocalDate.of(2026, 3, 31), discharge.getReviewDate());
	}

	@Test
	void choosingNoneClearsAReference() {
		Board committee = board("Exampletown Place Committee");
		assertNotNull(committee.getChair());
		ModelPropertySource source = new ModelPropertySource(committee, context.adapterFactory());
		source.setPropertyValue(descriptor(source, "Chair").getId(), null);
		assertNull(committee.getChair());
	}
}
