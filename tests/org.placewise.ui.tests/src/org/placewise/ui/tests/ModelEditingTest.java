package org.placewise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.placewise.ui.tests.UiTestSupport.answer;
import static org.placewise.ui.tests.UiTestSupport.choose;
import static org.placewise.ui.tests.UiTestSupport.closeAllEditors;
import static org.placewise.ui.tests.UiTestSupport.copyOfSample;
import static org.placewise.ui.tests.UiTestSupport.execute;
import static org.placewise.ui.tests.UiTestSupport.menuBarItem;
import static org.placewise.ui.tests.UiTestSupport.menuItem;
import static org.placewise.ui.tests.UiTestSupport.open;
import static org.placewise.ui.tests.UiTestSupport.page;
import static org.placewise.ui.tests.UiTestSupport.processEvents;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placewise.checks.Finding;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.GovernancePackage;
import org.placewise.ui.internal.FindingsView;
import org.placewise.ui.internal.ModelExplorerView;
import org.placewise.ui.internal.PlacewiseEditor;
import org.placewise.ui.internal.PlacewiseModelContext;

/** Creating, changing and deleting model objects in the workbench, every change a command that can be undone. */
class ModelEditingTest {

	private static final String EXAMPLESHIRE = "exampleshire-scheme-of-delegation.placewise";
	private static final String OVER_LIMIT = "delegation.exceeds-delegator-limit";

	private PlacewiseEditor editor;
	private PlacewiseModelContext context;
	private ModelExplorerView explorer;

	@BeforeEach
	void openExampleshire() throws Exception {
		closeAllEditors();
		editor = open(copyOfSample(EXAMPLESHIRE));
		context = editor.context();
		explorer = (ModelExplorerView) page().showView(ModelExplorerView.ID);
		page().showView(FindingsView.ID);
		page().activate(explorer);
		processEvents();
	}

	@AfterEach
	void closeEditors() {
		closeAllEditors();
	}

	private Board board(String name) {
		return context.model().getBoards().stream().filter(b -> name.equals(b.getName())).findFirst().orElseThrow();
	}

	/** Selects an object in the explorer and makes the explorer the active part, as a click would. */
	private void select(EObject object) {
		page().activate(explorer);
		explorer.reveal(object);
		processEvents();
	}

	private Object selected() {
		return ((IStructuredSelection) explorer.getViewer().getSelection()).getFirstElement();
	}

	/** Chooses New Child > label in the explorer's context menu on the selected object. */
	private EObject newChild(String label) {
		MenuItem item = menuItem(explorer.getViewer().getTree().getMenu(), "New Child", label);
		choose(item);
		return (EObject) selected();
	}

	private List<Finding> overLimitFindings() {
		FindingsView findings = (FindingsView) page().findView(FindingsView.ID);
		return findings.shownFindings().stream().map(Finding.class::cast).filter(f -> OVER_LIMIT.equals(f.ruleId()))
				.toList();
	}

	private void set(EObject owner, org.eclipse.emf.ecore.EStructuralFeature feature, Object value) {
		context.commandStack().execute(SetCommand.create(context.domain(), owner, feature, value));
		processEvents();
	}

	@Test
	void newChildMenuOffersOnlyTheTypesThatFitWithDomainLabels() {
		select(context.model());
		MenuItem newChild = menuItem(explorer.getViewer().getTree().getMenu(), "New Child");
		List<String> labels = java.util.Arrays.stream(newChild.getMenu().getItems()).map(MenuItem::getText).toList();
		assertTrue(labels.contains("New Board"), labels.toString());
		assertTrue(labels.contains("New Delegation"), labels.toString());

		select(context.model().getDelegations().get(0));
		MenuItem ofDelegation = menuItem(explorer.getViewer().getTree().getMenu(), "New Child");
		List<String> delegationChildren = java.util.Arrays.stream(ofDelegation.getMenu().getItems())
				.map(MenuItem::getText).toList();
		assertFalse(delegationChildren.contains("New Board"),
				"a board does not go inside a delegation: " + delegationChildren);
	}

	@Test
	void aDelegationAboveItsDelegatorsLimitShowsAFindingAndUndoTakesItAway() {
		Board placeCommittee = board("Exampletown Place Committee"); // holds £5,000,000 from the ICB Board
		int before = overLimitFindings().size();

		select(context.model());
		EObject created = newChild("New Board");
		assertTrue(created instanceof Board, "the new board is selected: " + created);
		Board board = (Board) created;
		set(board, org.placewise.model.core.CorePackage.Literals.NAMED_ELEMENT__NAME, "Neighbourhood Board");

		select(context.model());
		Delegation delegation = (Delegation) newChild("New Delegation");
		set(delegation, GovernancePackage.Literals.DELEGATION__DELEGATOR, placeCommittee);
		set(delegation, GovernancePackage.Literals.DELEGATION__DELEGATE, board);
		set(delegation, GovernancePackage.Literals.DELEGATION__FINANCIAL_LIMIT, new BigDecimal("6000000"));

		List<Finding> after = overLimitFindings();
		assertEquals(before + 1, after.size(), "the Findings view shows the over-limit delegation");
		assertTrue(after.stream().anyMatch(f -> f.target() == delegation));

		execute("org.eclipse.ui.edit.undo");
		assertEquals(before, overLimitFindings().size(), "undoing the limit takes the finding away");
		assertNull(delegation.getFinancialLimit());
	}

	@Test
	void undoAndRedoInTheEditMenuNameTheEdit() {
		Delegation discharge = context.model().getDelegations().stream()
				.filter(d -> "Discharge fund".equals(d.getName()))
				.findFirst().orElseThrow();
		set(discharge, GovernancePackage.Literals.DELEGATION__FINANCIAL_LIMIT, new BigDecimal("1500000"));

		assertEquals("Undo Set financial limit of 'Discharge fund'",
				menuBarItem("Edit", "Undo").getText().replace("&", "").split("\t")[0]);
		choose(menuBarItem("Edit", "Undo"));
		assertEquals(new BigDecimal("2000000"), discharge.getFinancialLimit());
		assertEquals("Redo Set financial limit of 'Discharge fund'",
				menuBarItem("Edit", "Redo").getText().replace("&", "").split("\t")[0]);
	}

	@Test
	void deletingABoardSaysWhatItClearsAndUndoBringsItAllBack() {
		Board placeCommittee = board("Exampletown Place Committee");
		List<Delegation> given = List.copyOf(placeCommittee.getDelegationsGiven());
		List<Delegation> received = List.copyOf(placeCommittee.getDelegationsReceived());
		assertEquals(2, given.size());
		assertEquals(1, received.size());

		select(placeCommittee);
		UiTestSupport.DialogAnswer confirm = answer("Delete", "Delete");
		execute("org.eclipse.ui.edit.delete");
		assertTrue(confirm.seen(), "Delete asks first");
		assertTrue(confirm.text().contains("2 delegations name it as delegator"), confirm.text());
		assertTrue(confirm.text().contains("1 delegation names it as delegate"), confirm.text());
		assertFalse(context.model().getBoards().contains(placeCommittee));
		given.forEach(d -> assertNull(d.getDelegator(), "reference cleared"));
		received.forEach(d -> assertNull(d.getDelegate(), "reference cleared"));

		execute("org.eclipse.ui.edit.undo");
		assertTrue(context.model().getBoards().contains(placeCommittee));
		given.forEach(d -> assertSame(placeCommittee, d.getDelegator()));
		received.forEach(d -> assertSame(placeCommittee, d.getDelegate()));
		assertFalse(editor.isDirty());
	}

	@Test
	void cancellingDeleteChangesNothing() {
		Board icb = board("ICB Board");
		select(icb);
		UiTestSupport.DialogAnswer confirm = answer("Delete", "Cancel");
		execute("org.eclipse.ui.edit.delete");
		assertTrue(confirm.seen());
		assertTrue(context.model().getBoards().contains(icb));
		assertFalse(editor.isDirty());
	}

	@Test
	void renameInPlaceWithF2IsAnUndoableCommand() {
		Board icb = board("ICB Board");
		select(icb);
		execute("org.eclipse.ui.edit.rename");
		Text text = findText(explorer.getViewer().getTree());
		text.setText("Integrated Care Board");
		text.notifyListeners(SWT.DefaultSelection, new Event());
		processEvents();
		assertEquals("Integrated Care Board", icb.getName());
		assertTrue(editor.isDirty());
		execute("org.eclipse.ui.edit.undo");
		assertEquals("ICB Board", icb.getName());
	}

	@Test
	void copyAndPasteABoardIntoTheModelMakesACopyWithItsOwnIdThatUndoRemoves() {
		Board icb = board("ICB Board");
		int boards = context.model().getBoards().size();
		select(icb);
		execute("org.eclipse.ui.edit.copy");
		select(context.model());
		execute("org.eclipse.ui.edit.paste");
		assertEquals(boards + 1, context.model().getBoards().size());
		Board copy = context.model().getBoards().get(boards);
		assertEquals("ICB Board", copy.getName());
		assertTrue(copy != icb);
		assertNotNull(copy.getId());
		assertNotEquals(icb.getId(), copy.getId(), "a copy has an id of its own");
		assertSame(copy, selected(), "the copy is selected");
		assertEquals("Undo Paste", menuBarItem("Edit", "Undo").getText().replace("&", "").split("\t")[0]);
		execute("org.eclipse.ui.edit.undo");
		assertEquals(boards, context.model().getBoards().size());
	}

	private static Text findText(org.eclipse.swt.widgets.Composite parent) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Text text && !text.isDisposed() && text.isVisible()) {
				return text;
			}
		}
		throw new AssertionError("no rename field in the tree");
	}
}
