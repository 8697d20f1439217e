package org.placewise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.placewise.ui.tests.UiTestSupport.answer;
import static org.placewise.ui.tests.UiTestSupport.choose;
import static org.placewise.ui.tests.UiTestSupport.closeAllEditors;
import static org.placewise.ui.tests.UiTestSupport.copyOfSample;
import static org.placewise.ui.tests.UiTestSupport.menuBarItem;
import static org.placewise.ui.tests.UiTestSupport.open;
import static org.placewise.ui.tests.UiTestSupport.page;
import static org.placewise.ui.tests.UiTestSupport.processEvents;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.edit.label.ChangeList;
import org.placewise.model.governance.Delegation;
import org.placewise.store.ModelFiles;
import org.placewise.ui.internal.ModelExplorerView;
import org.placewise.ui.internal.PlacewiseEditor;
import org.placewise.ui.internal.changes.WhatChangedHandler;
import org.placewise.ui.internal.changes.WhatChangedView;

/**
 * Model &gt; What Changed...: the Exampleshire sample saved once with the discharge fund raised and the place
 * committee's quorum changed, compared with its backup in a job and shown grouped by area.
 */
class WhatChangedTest {

	private static final String EXAMPLESHIRE = "exampleshire-scheme-of-delegation.placewise";

	private PlacewiseEditor editor;
	private final AtomicBoolean comparedOffTheUiThread = new AtomicBoolean();
	private final JobChangeAdapter jobs = new JobChangeAdapter() {
		@Override
		public void running(IJobChangeEvent event) {
			if (event.getJob().getName().startsWith("Working out what changed")) {
				comparedOffTheUiThread.set(Display.getCurrent() == null);
			}
		}
	};

	@BeforeEach
	void openTheSavedSample() throws Exception {
		closeAllEditors();
		Path file = copyOfSample(EXAMPLESHIRE);
		ModelFiles files = new ModelFiles();
		PlacewiseModel model = files.load(file);
		discharge(model).setFinancialLimit(new BigDecimal("2500000"));
		model.getBoards().stream().filter(b -> b.getName().equals("Exampletown Place Committee")).findFirst()
				.orElseThrow().setQuorum(4);
		files.save(model, file);
		Files.setLastModifiedTime(ModelFiles.backupOf(file), FileTime.from(
				LocalDate.of(2026, 11, 30).atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant()));
		editor = open(file);
		Job.getJobManager().addJobChangeListener(jobs);
	}

	@AfterEach
	void closeEditors() {
		Job.getJobManager().removeJobChangeListener(jobs);
		closeAllEditors();
		WhatChangedView view = (WhatChangedView) page().findView(WhatChangedView.ID);
		if (view != null) {
			page().hideView(view);
		}
	}

	private static Delegation discharge(PlacewiseModel model) {
		return model.getDelegations().stream().filter(d -> "Discharge fund".equals(d.getName())).findFirst()
				.orElseThrow();
	}

	/** Runs the event loop until the condition holds (the comparison's job hands its list to the UI thread). */
	private static void waitUntil(BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + 60_000_000_000L;
		while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
			if (!display.readAndDispatch()) {
				display.timerExec(50, () -> {
				});
				display.sleep();
			}
		}
		assertTrue(condition.getAsBoolean(), "the What Changed view never showed a list");
	}

	/** Model > What Changed..., answered "Since the Backup"; returns the view once the job has filled it. */
	private WhatChangedView whatChangedSinceTheBackup() {
		var dialog = answer(WhatChangedHandler.TITLE, WhatChangedHandler.SINCE_BACKUP);
		choose(menuBarItem("Model", "What Changed..."));
		assertTrue(dialog.seen(), "the since-when question was not asked");
		waitUntil(() -> page().findView(WhatChangedView.ID) instanceof WhatChangedView v && v.list() != null);
		return (WhatChangedView) page().findView(WhatChangedView.ID);
	}

	private static List<String> texts(TreeItem[] items) {
		List<String> texts = new ArrayList<>();
		for (TreeItem item : items) {
			texts.add(item.getText());
		}
		return texts;
	}

	@Test
	void whatChangedSinceTheBackupIsListedByAreaAfterAJobOffTheUiThread() {
		WhatChangedView view = whatChangedSinceTheBackup();

		assertTrue(comparedOffTheUiThread.get(), "the comparison ran on the UI thread");
		assertEquals("Changes to " + EXAMPLESHIRE + " since " + EXAMPLESHIRE + ".bak, saved 30 Nov 2026",
				view.list().heading());
		view.viewer().expandAll();
		TreeItem[] areas = view.viewer().getTree().getItems();
		assertEquals(List.of("Scheme of delegation (1)", "Boards (1)"), texts(areas));
		assertEquals(List.of("Changed: Delegation 'Discharge fund' (Exampletown Place Committee \u2192 Exampletown"
				+ " place lead)"), texts(areas[0].getItems()));
		assertEquals(List.of("Financial limit: £2,000,000 \u2192 £2,500,000"),
				texts(areas[0].getItems()[0].getItems()));
		assertEquals(List.of("Changed: Board 'Exampletown Place Committee'"), texts(areas[1].getItems()));
		assertEquals(List.of("Quorum: 3 \u2192 4"), texts(areas[1].getItems()[0].getItems()));
	}

	@Test
	void anEntrySelectsItsObjectInTheModelBeingEdited() throws Exception {
		WhatChangedView view = whatChangedSinceTheBackup();
		ChangeList.Entry entry = view.list().groups().get(0).entries().get(0);

		assertSame(discharge(editor.context().model()), view.reveal(entry));
		processEvents();

		ModelExplorerView explorer = (ModelExplorerView) page().findView(ModelExplorerView.ID);
		assertNotNull(explorer);
		Object selected = ((IStructuredSelection) explorer.getSite().getSelectionProvider().getSelection())
				.getFirstElement();
		assertSame(discharge(editor.context().model()), selected);
	}

	@Test
	void copyAsTextPutsTheListOnTheClipboardAsTheCommandLinePrintsIt() {
		WhatChangedView view = whatChangedSinceTheBackup();

		view.copyAsText();

		Clipboard clipboard = new Clipboard(Display.getCurrent());
		try {
			String text = (String) clipboard.getContents(TextTransfer.getInstance());
			assertEquals("Changes to " + EXAMPLESHIRE + " since " + EXAMPLESHIRE + ".bak, saved 30 Nov 2026\n"
					+ "Scheme of delegation: 1 changed, 0 added, 0 removed; boards: 1 changed, 0 added, 0 removed;"
					+ " measures: 0 changed, 0 added, 0 removed; 0 new observations, 0 removed.\n"
					+ "\n"
					+ "Scheme of delegation\n"
					+ "  Changed: Delegation 'Discharge fund' (Exampletown Place Committee \u2192 Exampletown place"
					+ " lead)\n"
					+ "    Financial limit: £2,000,000 \u2192 £2,500,000\n"
					+ "\n"
					+ "Boards\n"
					+ "  Changed: Board 'Exampletown Place Committee'\n"
					+ "    Quorum: 3 \u2192 4\n", text);
		} finally {
			clipboard.dispose();
		}
	}

	@Test
	void aRemovedObjectIsNotLookedForInTheModelBeingEdited() throws Exception {
		WhatChangedView view = whatChangedSinceTheBackup();
		Delegation gone = discharge(editor.context().model());
		ChangeList.Entry removed = new ChangeList.Entry(org.placewise.model.query.ModelChanges.Kind.REMOVED, gone,
				ChangeList.subject(gone), List.of(), null);

		assertNull(view.reveal(removed));
		assertEquals("Removed objects are only in the earlier version.", view.getContentDescription());
	}
}
