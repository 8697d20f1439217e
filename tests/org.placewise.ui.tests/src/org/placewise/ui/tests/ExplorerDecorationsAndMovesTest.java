package org.placewise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.placewise.ui.tests.UiTestSupport.closeAllEditors;
import static org.placewise.ui.tests.UiTestSupport.copyOfSample;
import static org.placewise.ui.tests.UiTestSupport.execute;
import static org.placewise.ui.tests.UiTestSupport.open;
import static org.placewise.ui.tests.UiTestSupport.page;
import static org.placewise.ui.tests.UiTestSupport.processEvents;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placewise.checks.Finding;
import org.placewise.checks.Severity;
import org.placewise.model.core.CorePackage;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.GovernancePackage;
import org.placewise.ui.internal.FindingsView;
import org.placewise.ui.internal.ModelExplorerView;
import org.placewise.ui.internal.PlacewiseModelContext;
import org.placewise.ui.internal.views.ExplorerDragAndDrop.Place;

/**
 * The model explorer's problem decorations (kept current per edit), the labels that name a renamed object, and moving
 * objects by dragging them within containment.
 */
class ExplorerDecorationsAndMovesTest {

	private PlacewiseModelContext context;
	private ModelExplorerView explorer;

	@BeforeEach
	void openExampleshire() throws Exception {
		closeAllEditors();
		context = open(copyOfSample("exampleshire-scheme-of-delegation.placewise")).context();
		page().showView(FindingsView.ID);
		explorer = (ModelExplorerView) page().showView(ModelExplorerView.ID);
		processEvents();
	}

	@AfterEach
	void close() {
		closeAllEditors();
	}

	private Board board(String name) {
		return context.model().getBoards().stream().filter(b -> name.equals(b.getName())).findFirst().orElseThrow();
	}

	private Delegation delegation(String name) {
		return context.model().getDelegations().stream().filter(d -> name.equals(d.getName())).findFirst()
				.orElseThrow();
	}

	/** @return the worst error or warning the checker has on the object itself, or null */
	private Severity ownWorst(EObject object) {
		return context.checker().findings().stream().filter(f -> f.target() == object)
				.map(Finding::severity).filter(s -> s.compareTo(Severity.WARNING) >= 0)
				.max(Enum::compareTo).orElse(null);
	}

	private TreeItem item(Object element) {
		explorer.reveal(element);
		processEvents();
		Item found = explorer.getViewer().testFindItem(element) instanceof Item item ? item : null;
		assertNotNull(found, "a row for " + element);
		return (TreeItem) found;
	}

	private void run(Command command) {
		context.commandStack().execute(command);
		processEvents();
	}

	@Test
	void anErrorMarksTheObjectAndItsContainersAndUndoTakesTheMarkAway() {
		Delegation discharge = delegation("Discharge fund");
		Severity before = ownWorst(discharge);
		assertTrue(before == null || before == Severity.WARNING, "no error on it yet: " + before);
		assertEquals(before, explorer.labels().marks().severity(discharge));

		run(SetCommand.create(context.domain(), discharge, GovernancePackage.Literals.DELEGATION__FINANCIAL_LIMIT,
				new BigDecimal("9000000")));

		assertEquals(Severity.ERROR, ownWorst(discharge), "the limit above the delegator's is an error");
		assertEquals(Severity.ERROR, explorer.labels().marks().severity(discharge));
		assertEquals(Severity.ERROR, explorer.labels().marks().severity(context.model()),
				"the model containing it is marked too");
		TreeItem row = item(discharge);
		assertNotEquals(explorer.labels().undecoratedImage(discharge), row.getImage(),
				"the row shows the icon with the error overlay");
		assertTrue(explorer.lastMarkUpdates() <= 3,
				"only the rows whose mark changed are updated: " + explorer.lastMarkUpdates());
		PartFixture.screenshot(UiTestSupport.window().getShell(), "workbench-explorer-problems");

		execute("org.eclipse.ui.edit.undo");

		assertEquals(before, explorer.labels().marks().severity(discharge), "undo takes the error mark away");
		if (before == null) {
			assertSame(explorer.labels().undecoratedImage(discharge), item(discharge).getImage());
		}
	}

	@Test
	void everyMarkedObjectHasAFindingOnItOrInside() {
		for (Finding finding : context.checker().findings()) {
			if (finding.severity().compareTo(Severity.WARNING) >= 0) {
				for (EObject at = finding.target(); at != null; at = at.eContainer()) {
					Severity mark = explorer.labels().marks().severity(at);
					assertNotNull(mark, "marked: " + at);
					assertTrue(mark.compareTo(finding.severity()) >= 0, "at least as bad as the finding inside");
				}
			}
		}
		Board icb = board("ICB Board");
		if (ownWorst(icb) == null) {
			assertEquals(null, explorer.labels().marks().severity(icb), "a board with no finding is not marked");
		}
	}

	@Test
	void renamingABoardRelabelsTheDelegationsThatNameIt() {
		Board committee = board("Exampletown Place Committee");
		Delegation discharge = delegation("Discharge fund");
		assertSame(committee, discharge.getDelegator());
		assertTrue(item(discharge).getText().contains("Exampletown Place Committee"), item(discharge).getText());
		item(committee);

		run(SetCommand.create(context.domain(), committee, CorePackage.Literals.NAMED_ELEMENT__NAME,
				"Exampletown Health and Care Partnership"));

		TreeItem row = (TreeItem) explorer.getViewer().testFindItem(discharge);
		assertTrue(row.getText().contains("Exampletown Health and Care Partnership"),
				"the delegation's row names the new name: " + row.getText());
		assertFalse(row.getText().contains("Exampletown Place Committee"), row.getText());
	}

	@Test
	void aBoardDraggedOntoAnotherBoardBecomesItsSubGroupAndUndoPutsItBack() {
		assertTrue(explorer.getViewer().getControl().getData(DND.DROP_TARGET_KEY) instanceof DropTarget,
				"the tree takes drops");
		assertTrue(explorer.getViewer().getControl().getData(DND.DRAG_SOURCE_KEY) instanceof DragSource,
				"rows can be dragged");
		Board icb = board("ICB Board");
		Board committee = board("Exampletown Place Committee");
		int index = context.model().getBoards().indexOf(committee);
		List<Delegation> given = List.copyOf(committee.getDelegationsGiven());

		Command move = explorer.dragAndDrop().command(icb, Place.ON, List.of(committee));
		assertTrue(move.canExecute());
		assertEquals("Move 'Exampletown Place Committee' into 'ICB Board'", move.getLabel());
		assertTrue(explorer.dragAndDrop().drop(icb, Place.ON, List.of(committee)));
		processEvents();

		assertSame(icb, committee.getParentGroup(), "now a sub-group of the ICB Board");
		assertFalse(context.model().getBoards().contains(committee));
		assertEquals(given, committee.getDelegationsGiven(), "a move keeps the references");
		assertEquals("Move 'Exampletown Place Committee' into 'ICB Board'",
				context.commandStack().getUndoCommand().getLabel());

		execute("org.eclipse.ui.edit.undo");

		assertEquals(index, context.model().getBoards().indexOf(committee), "back where it was");
		assertEquals(null, committee.getParentGroup());
	}

	@Test
	void aDropWhereTheContainmentDoesNotFitIsRefusedAndChangesNothing() {
		Board committee = board("Exampletown Place Committee");
		Delegation discharge = delegation("Discharge fund");
		var footprint = context.model().getFootprints().get(0);

		assertFalse(explorer.dragAndDrop().command(footprint, Place.ON, List.of(committee)).canExecute(),
				"a footprint holds no boards");
		assertFalse(explorer.dragAndDrop().drop(discharge, Place.ON, List.of(committee)),
				"a delegation holds no boards");
		assertFalse(explorer.dragAndDrop().command(committee, Place.ON, List.of(context.model())).canExecute(),
				"the model cannot move");
		assertTrue(context.model().getBoards().contains(committee));
		assertFalse(context.commandStack().canUndo(), "nothing was done");
	}
}
