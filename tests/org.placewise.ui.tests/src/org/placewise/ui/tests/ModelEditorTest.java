package org.placewise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.placewise.ui.tests.UiTestSupport.answer;
import static org.placewise.ui.tests.UiTestSupport.closeAllEditors;
import static org.placewise.ui.tests.UiTestSupport.copyOfSample;
import static org.placewise.ui.tests.UiTestSupport.execute;
import static org.placewise.ui.tests.UiTestSupport.open;
import static org.placewise.ui.tests.UiTestSupport.page;
import static org.placewise.ui.tests.UiTestSupport.processEvents;
import static org.placewise.ui.tests.UiTestSupport.window;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.ILazyTreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placewise.model.core.CorePackage;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.store.ModelFiles;
import org.placewise.ui.internal.FindingsView;
import org.placewise.ui.internal.ModelExplorerView;
import org.placewise.ui.internal.PlacewiseEditor;
import org.placewise.ui.internal.PlacewiseModelContext;

/** The model editor: one editor per model, each with its own undo history, saved and closed safely. */
class ModelEditorTest {

	private static final String EXAMPLESHIRE = "exampleshire-scheme-of-delegation.placewise";
	private static final String BIRMINGHAM = "birmingham-intermediate-care.placewise";

	@BeforeEach
	@AfterEach
	void noEditorsOpen() {
		closeAllEditors();
	}

	private static void rename(PlacewiseModelContext context, String name) {
		context.commandStack().execute(
				SetCommand.create(context.domain(), context.model(), CorePackage.Literals.NAMED_ELEMENT__NAME, name));
		processEvents();
	}

	/** @return the Overview page's "File: ..." line of the open editor */
	private static String overviewFileLine() {
		List<String> lines = new ArrayList<>();
		collectFileLines(window().getShell(), lines);
		assertEquals(1, lines.size(), lines.toString());
		return lines.get(0);
	}

	private static void collectFileLines(Composite parent, List<String> lines) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Label label && label.getText().startsWith("File: ")) {
				lines.add(label.getText());
			} else if (child instanceof Composite composite) {
				collectFileLines(composite, lines);
			}
		}
	}

	private static ModelExplorerView explorer() {
		return (ModelExplorerView) page().findView(ModelExplorerView.ID);
	}

	@Test
	void twoModelsOpenAtOnceEachWithItsOwnUndoHistory() throws Exception {
		PlacewiseEditor exampleshire = open(copyOfSample(EXAMPLESHIRE));
		PlacewiseEditor birmingham = open(copyOfSample(BIRMINGHAM));
		assertNotSame(exampleshire.context().commandStack(), birmingham.context().commandStack());
		String birminghamName = birmingham.context().model().getName();
		rename(birmingham.context(), "Birmingham renamed");

		page().activate(exampleshire);
		processEvents();
		assertSame(exampleshire.context().model(), ((Object[]) explorer().getViewer().getInput())[0],
				"the explorer shows the active editor's model");
		execute("org.eclipse.ui.edit.undo");
		assertEquals("Birmingham renamed", birmingham.context().model().getName(),
				"Undo in the Exampleshire editor leaves the Birmingham edit alone");
		assertTrue(birmingham.isDirty());
		assertFalse(exampleshire.isDirty());

		page().activate(birmingham);
		processEvents();
		assertSame(birmingham.context().model(), ((Object[]) explorer().getViewer().getInput())[0]);
		execute("org.eclipse.ui.edit.undo");
		assertEquals(birminghamName, birmingham.context().model().getName());
		assertFalse(birmingham.isDirty());
	}

	@Test
	void theExplorerTreeClimbsFromAnObjectToItsModelAndNoFurther() throws Exception {
		PlacewiseEditor editor = open(copyOfSample(EXAMPLESHIRE));
		PlacewiseModel shown = editor.context().model();
		PlacewiseModel other = new ModelFiles().load(copyOfSample(BIRMINGHAM));
		TreeViewer tree = explorer().getViewer();
		ILazyTreeContentProvider content = (ILazyTreeContentProvider) tree.getContentProvider();

		assertSame(tree.getInput(), content.getParent(shown), "the shown model's parent is the explorer's input");
		assertSame(shown, content.getParent(shown.getFootprints().get(0)));
		assertSame(other, content.getParent(other.getFootprints().get(0)));
		assertNull(content.getParent(other), "another model's root has no parent here, not its resource");
		assertNull(content.getParent(other.eResource()));
		// Asked to expand an object of another model, the tree climbs to that model's root and stops there.
		tree.expandToLevel(other.getFootprints().get(0), 1);
		processEvents();
	}

	@Test
	void savingClosingAndReopeningKeepsTheChange() throws Exception {
		Path file = copyOfSample(EXAMPLESHIRE);
		PlacewiseEditor editor = open(file);
		rename(editor.context(), "Exampleshire, as saved");
		assertTrue(editor.isDirty());

		assertTrue(overviewFileLine().endsWith("(changed, not saved)"), overviewFileLine());

		execute("org.eclipse.ui.file.save");
		assertFalse(editor.isDirty(), "saved");
		assertEquals("File: " + file, overviewFileLine(), "the Overview no longer says the model is changed");
		assertTrue(Files.exists(ModelFiles.backupOf(file)), "the previous file is kept as a backup");
		assertTrue(page().closeEditor(editor, false));
		processEvents();

		PlacewiseEditor reopened = open(file);
		assertNotSame(editor, reopened);
		assertEquals("Exampleshire, as saved", reopened.context().model().getName());
	}

	@Test
	void openingAnotherModelWhileOneIsDirtyKeepsItsEdits() throws Exception {
		Path exampleshireFile = copyOfSample(EXAMPLESHIRE);
		PlacewiseEditor exampleshire = open(exampleshireFile);
		rename(exampleshire.context(), "Not yet saved");

		PlacewiseEditor birmingham = open(copyOfSample(BIRMINGHAM));
		assertNotSame(exampleshire, birmingham);
		assertEquals(2, page().getEditorReferences().length, "the first model stays open");
		assertTrue(exampleshire.isDirty());
		assertEquals("Not yet saved", exampleshire.context().model().getName());

		PlacewiseEditor again = open(exampleshireFile);
		assertSame(exampleshire, again, "opening a file that is open activates its editor, edits and all");
		assertEquals("Not yet saved", again.context().model().getName());
		assertSame(exampleshire, page().getActiveEditor());
	}

	@Test
	void closingADirtyEditorAsksAndDontSaveLeavesTheFile() throws Exception {
		Path file = copyOfSample(EXAMPLESHIRE);
		byte[] before = Files.readAllBytes(file);
		PlacewiseEditor editor = open(file);
		rename(editor.context(), "Discard me");

		UiTestSupport.DialogAnswer prompt = answer("Save", "Don't Save");
		assertTrue(page().closeEditor(editor, true));
		processEvents();
		assertTrue(prompt.seen(), "the workbench asked whether to save");
		assertTrue(prompt.text().contains(file.getFileName().toString()), prompt.text());
		assertEquals(0, page().getEditorReferences().length);
		assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "the file on disk is as it was");
	}

	@Test
	void closingADirtyEditorAndCancellingKeepsItOpenWithItsEdits() throws Exception {
		PlacewiseEditor editor = open(copyOfSample(EXAMPLESHIRE));
		rename(editor.context(), "Keep me");

		UiTestSupport.DialogAnswer prompt = answer("Save", "Cancel");
		assertFalse(page().closeEditor(editor, true));
		processEvents();
		assertTrue(prompt.seen());
		IEditorReference[] open = page().getEditorReferences();
		assertEquals(1, open.length);
		assertEquals("Keep me", editor.context().model().getName());
	}

	@Test
	void aBadFileIsExplainedAndOpensNothing() throws Exception {
		PlacewiseEditor good = open(copyOfSample(BIRMINGHAM));
		Path bad = Files.createTempFile("broken", ".placewise");
		Files.writeString(bad, "<?xml version=\"1.0\"?><xmi:XMI");

		UiTestSupport.DialogAnswer error = answer("Cannot open model", "OK");
		assertNull(open(bad));
		assertTrue(error.seen());
		assertTrue(error.text().contains(bad.getFileName().toString()), error.text());
		assertEquals(1, page().getEditorReferences().length, "no editor opened for the bad file");
		assertSame(good, page().getActiveEditor());
	}

	@Test
	void revertShowsTheFileAsSaved() throws Exception {
		PlacewiseEditor editor = open(copyOfSample(EXAMPLESHIRE));
		String name = editor.context().model().getName();
		rename(editor.context(), "To be reverted");

		UiTestSupport.DialogAnswer confirm = answer("Revert", "Yes");
		execute("org.eclipse.ui.file.revert");
		assertTrue(confirm.seen());
		assertEquals(name, editor.context().model().getName());
		assertFalse(editor.isDirty());
		assertFalse(editor.context().commandStack().canUndo(), "the undo history starts afresh");
		assertSame(editor.context().model(), ((Object[]) explorer().getViewer().getInput())[0],
				"the explorer shows the model as loaded again");
	}

	@Test
	void aFileChangedOnDiskUnderCleanEditorIsReloaded() throws Exception {
		Path file = copyOfSample(EXAMPLESHIRE);
		PlacewiseEditor editor = open(file);
		PlacewiseModel changed = new ModelFiles().load(file);
		changed.setName("Changed by someone else");
		new ModelFiles().save(changed, file);
		Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));

		page().activate(explorer());
		page().activate(editor);
		processEvents();
		assertEquals("Changed by someone else", editor.context().model().getName());
	}

	@Test
	void aFileChangedOnDiskUnderEditsLetsTheUserKeepThem() throws Exception {
		Path file = copyOfSample(EXAMPLESHIRE);
		PlacewiseEditor editor = open(file);
		rename(editor.context(), "My edit");
		PlacewiseModel changed = new ModelFiles().load(file);
		changed.setName("Changed by someone else");
		new ModelFiles().save(changed, file);
		Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));

		UiTestSupport.DialogAnswer choice = answer("File changed on disk", "Keep my edits");
		page().activate(explorer());
		page().activate(editor);
		processEvents();
		assertTrue(choice.seen(), "the user is asked");
		assertEquals("My edit", editor.context().model().getName());
		assertTrue(editor.isDirty());
	}

	@Test
	void withNoModelOpenTheViewsSayHowToOpenOne() throws Exception {
		open(copyOfSample(BIRMINGHAM));
		closeAllEditors();
		assertTrue(explorer().hint().startsWith("Open a model"), explorer().hint());
		assertEquals(0, explorer().getViewer().getTree().getItemCount());
		page().showView(FindingsView.ID);
		processEvents();
		FindingsView findings = (FindingsView) page().findView(FindingsView.ID);
		assertTrue(findings.shownFindings().isEmpty());
		assertNotNull(findings.getContentDescription());
		assertTrue(findings.getContentDescription().startsWith("Open a model"), findings.getContentDescription());
	}
}
