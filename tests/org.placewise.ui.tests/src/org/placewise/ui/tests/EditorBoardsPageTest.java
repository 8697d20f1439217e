package org.placewise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.placewise.ui.tests.UiTestSupport.closeAllEditors;
import static org.placewise.ui.tests.UiTestSupport.copyOfSample;
import static org.placewise.ui.tests.UiTestSupport.execute;
import static org.placewise.ui.tests.UiTestSupport.menuBarItem;
import static org.placewise.ui.tests.UiTestSupport.open;
import static org.placewise.ui.tests.UiTestSupport.page;
import static org.placewise.ui.tests.UiTestSupport.processEvents;

import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.Membership;
import org.placewise.model.organisation.Person;
import org.placewise.ui.internal.PlacewiseEditor;
import org.placewise.ui.internal.pages.BoardsPage;
import org.placewise.ui.internal.pages.EditableRows;
import org.placewise.ui.internal.pages.RowColumn;

/** The Boards page of the model editor: a board's fields and members edited as commands, its findings beside it. */
class EditorBoardsPageTest {

	private static final String EXAMPLESHIRE = "exampleshire-scheme-of-delegation.placewise";
	private static final String COMMITTEE = "Exampletown Place Committee";

	@BeforeEach
	@AfterEach
	void noEditorsOpen() {
		closeAllEditors();
	}

	private static BoardsPage showBoards(PlacewiseEditor editor, String board) {
		page().activate(editor);
		editor.setActivePage(BoardsPage.ID);
		processEvents();
		BoardsPage boards = (BoardsPage) editor.findPage(BoardsPage.ID);
		boards.select(board(editor, board));
		processEvents();
		return boards;
	}

	private static Board board(PlacewiseEditor editor, String name) {
		return editor.context().model().getBoards().stream().filter(b -> name.equals(b.getName())).findFirst()
				.orElseThrow();
	}

	private static String undoLabel() {
		return menuBarItem("Edit", "Undo").getText().replace("&", "").split("\t")[0];
	}

	/** @return the text of a cell of a page's table as it is on screen */
	private static <T extends org.eclipse.emf.ecore.EObject> String cell(EditableRows<T> rows, T row, String column) {
		Table table = rows.viewer().getTable();
		int index = rows.rows().indexOf(row);
		assertTrue(index >= 0, "row shown");
		List<String> titles = rows.columns().stream().map(RowColumn::title).toList();
		return table.getItem(index).getText(titles.indexOf(column));
	}

	/** Revealing a board, or a member of it (as double-clicking a finding on it does), opens it on the Boards page. */
	@Test
	void revealingABoardOrItsMemberOpensTheBoardsPageOnIt() throws Exception {
		PlacewiseEditor editor = open(copyOfSample(EXAMPLESHIRE));
		Board committee = board(editor, COMMITTEE);
		editor.reveal(committee.getMemberships().get(0));
		processEvents();
		assertEquals(BoardsPage.ID, editor.getActivePageInstance().getId());
		assertEquals(committee, ((BoardsPage) editor.findPage(BoardsPage.ID)).selectedBoard());
		var measure = editor.context().model().eAllContents();
		org.placewise.model.measures.Measure first = null;
		while (measure.hasNext() && first == null) {
			if (measure.next() instanceof org.placewise.model.measures.Measure m) {
				first = m;
			}
		}
		assertTrue(first != null, "Exampleshire has a measure");
		editor.reveal(first);
		processEvents();
		assertEquals(org.placewise.ui.internal.pages.MeasuresPage.ID, editor.getActivePageInstance().getId());
		assertEquals(first, ((org.placewise.ui.internal.pages.MeasuresPage) editor
				.findPage(org.placewise.ui.internal.pages.MeasuresPage.ID)).selectedMeasure());
	}

	@Test
	void aQuorumTypedIsACommandWhoseFindingShowsBesideTheBoardAndUndoTakesItBack() throws Exception {
		PlacewiseEditor editor = open(copyOfSample(EXAMPLESHIRE));
		BoardsPage boards = showBoards(editor, COMMITTEE);
		Board committee = board(editor, COMMITTEE);
		assertEquals(3, committee.getQuorum());
		assertEquals(4, committee.getMemberships().size());
		assertFalse(boards.findingsShown().contains("quorum of 5"), boards.findingsShown());

		boards.fields().type("quorum", "5");
		processEvents();

		assertEquals(5, committee.getQuorum());
		assertTrue(editor.isDirty());
		assertEquals("Undo Set quorum of '" + COMMITTEE + "'", undoLabel());
		assertTrue(boards.findingsShown().contains("has a quorum of 5 but only 4 members"),
				"the checker's finding is shown beside the board: " + boards.findingsShown());
		assertTrue(cell(boards.boards(), committee, "Findings").contains("error"),
				"and in the board's row: " + cell(boards.boards(), committee, "Findings"));

		execute("org.eclipse.ui.edit.undo");
		assertEquals(3, committee.getQuorum());
		assertFalse(editor.isDirty());
		assertFalse(boards.findingsShown().contains("quorum of 5"), boards.findingsShown());
		assertEquals("3", ((org.eclipse.swt.widgets.Text) boards.fields().control("quorum")).getText(),
				"the field shows the value undone");
	}

	@Test
	void aQuorumThatIsNotAWholeNumberIsRefusedAndSaysWhy() throws Exception {
		PlacewiseEditor editor = open(copyOfSample(EXAMPLESHIRE));
		BoardsPage boards = showBoards(editor, COMMITTEE);

		boards.fields().type("quorum", "three");
		processEvents();

		assertEquals(3, board(editor, COMMITTEE).getQuorum());
		assertFalse(editor.isDirty());
		assertTrue(boards.status().contains("Quorum: 'three' is not a number"), boards.status());
	}

	@Test
	void aMemberIsAddedChosenAndRemovedAsCommandsEachUndoable() throws Exception {
		PlacewiseEditor editor = open(copyOfSample(EXAMPLESHIRE));
		BoardsPage boards = showBoards(editor, COMMITTEE);
		Board committee = board(editor, COMMITTEE);
		Person someone = editor.context().model().getPeople().get(0);

		Membership added = boards.addMember();
		processEvents();
		assertNotNull(added);
		assertEquals(5, committee.getMemberships().size());
		assertTrue(added.isVoting(), "a new member votes until told otherwise");
		assertEquals("Undo Add member to '" + COMMITTEE + "'", undoLabel());
		assertTrue(boards.members().rows().contains(added), "the new member has a row");

		RowColumn<Membership> member = boards.members().columns().get(0);
		assertTrue(boards.members().choose(added, member, someone));
		RowColumn<Membership> voting = boards.members().columns().get(1);
		assertTrue(boards.members().choose(added, voting, Boolean.FALSE));
		processEvents();
		assertSame(someone, added.getPerson());
		assertFalse(added.isVoting());
		assertEquals("Non-voting", cell(boards.members(), added, "Voting"));

		boards.members().viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(added));
		boards.removeSelectedMembers();
		processEvents();
		assertEquals(4, committee.getMemberships().size());
		assertEquals("Undo Remove 1 member from '" + COMMITTEE + "'", undoLabel());

		execute("org.eclipse.ui.edit.undo"); // the removal
		assertEquals(5, committee.getMemberships().size());
		execute("org.eclipse.ui.edit.undo"); // voting
		execute("org.eclipse.ui.edit.undo"); // who
		execute("org.eclipse.ui.edit.undo"); // the addition
		assertEquals(4, committee.getMemberships().size());
		assertNull(added.getBoard());
		assertFalse(editor.isDirty());
	}

	@Test
	void termsOfReferenceAreCreatedByTheFirstValueTypedInOneUndoableCommand() throws Exception {
		PlacewiseEditor editor = open(copyOfSample(EXAMPLESHIRE));
		BoardsPage boards = showBoards(editor, "ICB Board");
		Board committee = board(editor, "ICB Board");
		assertNull(committee.getTermsOfReference());

		boards.fields().type("next review", "31/03/2027");
		processEvents();

		assertNotNull(committee.getTermsOfReference());
		assertEquals(java.time.LocalDate.of(2027, 3, 31), committee.getTermsOfReference().getReviewDate());
		assertEquals("31 Mar 2027", ((org.eclipse.swt.widgets.Text) boards.fields().control("next review")).getText());
		execute("org.eclipse.ui.edit.undo");
		assertNull(committee.getTermsOfReference());
	}

	@Test
	void theSelectedBoardIsTheEditorsSelection() throws Exception {
		PlacewiseEditor editor = open(copyOfSample(EXAMPLESHIRE));
		showBoards(editor, COMMITTEE);

		assertEquals(List.of(board(editor, COMMITTEE)),
				((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).toList());
	}
}
