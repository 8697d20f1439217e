package org.placewise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.placewise.ui.tests.UiTestSupport.closeAllEditors;
import static org.placewise.ui.tests.UiTestSupport.copyOfSample;
import static org.placewise.ui.tests.UiTestSupport.execute;
import static org.placewise.ui.tests.UiTestSupport.menuBarItem;
import static org.placewise.ui.tests.UiTestSupport.open;
import static org.placewise.ui.tests.UiTestSupport.page;
import static org.placewise.ui.tests.UiTestSupport.processEvents;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placewise.model.governance.Delegation;
import org.placewise.store.ModelFiles;
import org.placewise.ui.internal.ModelExplorerView;
import org.placewise.ui.internal.PlacewiseEditor;
import org.placewise.ui.internal.register.DelegationRegisterPart;
import org.placewise.ui.internal.register.RegisterColumn;

/** The delegation register as a page of the model editor, over the editor's domain and findings. */
class EditorRegisterPageTest {

	private static final String EXAMPLESHIRE = "exampleshire-scheme-of-delegation.placewise";

	@BeforeEach
	@AfterEach
	void noEditorsOpen() {
		closeAllEditors();
	}

	private static Delegation delegation(PlacewiseEditor editor, String name) {
		return editor.context().model().getDelegations().stream().filter(d -> name.equals(d.getName())).findFirst()
				.orElseThrow();
	}

	/** @return the text of a cell of the register as it is on screen */
	private static String cell(DelegationRegisterPart register, Delegation row, RegisterColumn column) {
		Table table = register.viewer().getTable();
		int index = register.shownDelegations().indexOf(row);
		assertTrue(index >= 0, "row shown");
		return table.getItem(index).getText(register.columns().indexOf(column));
	}

	@Test
	void theEditorHasADelegationsPageListingEveryDelegationWithItsFindings() throws Exception {
		PlacewiseEditor editor = open(copyOfSample(EXAMPLESHIRE));
		DelegationRegisterPart register = editor.showRegister();
		processEvents();

		assertEquals("Delegations", editor.getActivePageInstance().getTitle());
		assertEquals(editor.context().model().getDelegations().size(), register.shownDelegations().size());
		assertTrue(register.columns().contains(RegisterColumn.FINDINGS), "findings column shown");
		assertTrue(cell(register, delegation(editor, "Intermediate care pool decisions"), RegisterColumn.FINDINGS)
				.contains("worst: error"), "the planted over-limit delegation shows its error");
	}

	@Test
	void aLimitAboveTheDelegatorsShowsItsFindingInTheRowAndUndoFromTheMenuTakesItBack() throws Exception {
		PlacewiseEditor editor = open(copyOfSample(EXAMPLESHIRE));
		DelegationRegisterPart register = editor.showRegister();
		Delegation discharge = delegation(editor, "Discharge fund");
		processEvents();
		String before = cell(register, discharge, RegisterColumn.FINDINGS);
		assertFalse(before.contains("error"), before);

		assertTrue(register.edit(discharge, RegisterColumn.LIMIT, "£6,000,000"));
		processEvents();
		assertTrue(cell(register, discharge, RegisterColumn.FINDINGS).contains("worst: error"),
				"the incremental checker's new finding shows in the row");
		assertTrue(editor.isDirty());
		assertEquals("Undo Set financial limit of 'Discharge fund'",
				menuBarItem("Edit", "Undo").getText().replace("&", "").split("\t")[0]);

		execute("org.eclipse.ui.edit.undo");
		assertEquals(0, new BigDecimal("2000000").compareTo(discharge.getFinancialLimit()));
		assertEquals(before, cell(register, discharge, RegisterColumn.FINDINGS));
		assertFalse(editor.isDirty());

		execute("org.eclipse.ui.edit.redo");
		assertEquals(0, new BigDecimal("6000000").compareTo(discharge.getFinancialLimit()));
	}

	@Test
	void saveWorksWhileTheDelegationsPageIsActive() throws Exception {
		Path file = copyOfSample(EXAMPLESHIRE);
		PlacewiseEditor editor = open(file);
		DelegationRegisterPart register = editor.showRegister();
		register.edit(delegation(editor, "Discharge fund"), RegisterColumn.SCOPE, "Discharge to assess");
		processEvents();

		execute("org.eclipse.ui.file.save");

		assertFalse(editor.isDirty());
		assertEquals("Discharge to assess", new ModelFiles().load(file).getDelegations().stream()
				.filter(d -> "Discharge fund".equals(d.getName())).findFirst().orElseThrow().getScope());
	}

	@Test
	void aSelectedRowIsTheEditorsSelectionForPropertiesAndTheExplorer() throws Exception {
		PlacewiseEditor editor = open(copyOfSample(EXAMPLESHIRE));
		DelegationRegisterPart register = editor.showRegister();
		page().activate(editor);
		Delegation discharge = delegation(editor, "Discharge fund");

		register.viewer().setSelection(new StructuredSelection(discharge), true);
		processEvents();

		assertEquals(List.of(discharge),
				((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).toList());
		assertInstanceOf(PropertySheetPage.class, editor.getAdapter(IPropertySheetPage.class),
				"Properties shows the editor's selection through a page of the model's properties");
		ModelExplorerView explorer = (ModelExplorerView) page().findView(ModelExplorerView.ID);
		assertEquals(List.of(discharge), ((IStructuredSelection) explorer.getViewer().getSelection()).toList(),
				"the explorer reveals the selected delegation");

		editor.setActivePage("overview");
		processEvents();
		assertTrue(editor.getSite().getSelectionProvider().getSelection().isEmpty(), "the overview selects nothing");
	}

	@Test
	void revertShowsTheRegisterOfTheModelReadAgain() throws Exception {
		PlacewiseEditor editor = open(copyOfSample(EXAMPLESHIRE));
		DelegationRegisterPart before = editor.showRegister();
		before.edit(delegation(editor, "Discharge fund"), RegisterColumn.NAME, "Renamed fund");
		processEvents();

		editor.revert();
		processEvents();

		DelegationRegisterPart after = editor.showRegister();
		assertNotSame(before, after);
		assertSame(editor.context().model().getDelegations().get(0).eResource(),
				after.shownDelegations().get(0).eResource(), "rows of the model now in the editor");
		assertTrue(after.shownDelegations().stream().anyMatch(d -> "Discharge fund".equals(d.getName())));
	}
}
