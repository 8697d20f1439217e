package org.placewise.ui.internal.changes;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.edit.label.ChangeList;
import org.placewise.model.query.ModelChanges;
import org.placewise.store.ModelFileException;
import org.placewise.store.ModelFiles;
import org.placewise.ui.internal.PlacewiseEditor;

/**
 * Model &gt; What Changed... (Ctrl+Shift+D): asks since when (the model's backup, kept by every save, or another file),
 * then reads the earlier file and compares in a job, so even a national model never freezes the workbench, and shows
 * the change list in the {@link WhatChangedView}. A shared repository model is compared with its past points in the
 * History view instead.
 */
public final class WhatChangedHandler extends AbstractHandler {

	/** The dialogs' title. */
	public static final String TITLE = "What Changed";
	/** The button that compares with the backup. */
	public static final String SINCE_BACKUP = "Since the Backup";
	/** The button that asks for another file. */
	public static final String ANOTHER_FILE = "Another File...";

	private static final String PLUGIN = "org.placewise.ui";

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		if (!(HandlerUtil.getActiveEditor(event) instanceof PlacewiseEditor editor)) {
			MessageDialog.openInformation(shell, TITLE, "Open a Placewise model first: what changed is worked out for "
					+ "the model being edited.");
			return null;
		}
		Path file = editor.context().file();
		if (file == null) {
			MessageDialog.openInformation(shell, TITLE, "This model is in a shared repository: compare it with a past "
					+ "point in the History view (select two points and Compare), or run 'placewise changes "
					+ editor.context().location() + " --since DATE'.");
			return null;
		}
		Path earlier = chooseEarlier(shell, file);
		if (earlier != null) {
			compare(editor, earlier, HandlerUtil.getActiveWorkbenchWindow(event).getActivePage());
		}
		return null;
	}

	/** The backup, or another file the user picks; {@code null} when the user cancels. */
	private static Path chooseEarlier(Shell shell, Path file) {
		Path backup = ModelFiles.backupOf(file);
		if (Files.isRegularFile(backup)) {
			int answer = new MessageDialog(shell, TITLE, null, "Compare " + file.getFileName() + " as it is now with "
					+ ChangeList.savedFile(backup) + " (kept by the last save), or with another file?",
					MessageDialog.QUESTION, 0, SINCE_BACKUP, ANOTHER_FILE, "Cancel").open();
			if (answer == 0) {
				return backup;
			}
			if (answer != 1) {
				return null;
			}
		}
		FileDialog dialog = new FileDialog(shell, SWT.OPEN);
		dialog.setText(TITLE + ": the earlier version");
		dialog.setFilterExtensions(new String[] { "*.placewise;*.placewise.bak", "*.*" });
		dialog.setFilterPath(file.getParent() == null ? null : file.getParent().toString());
		String chosen = dialog.open();
		return chosen == null ? null : Path.of(chosen);
	}

	/**
	 * Compares the model in the editor with an earlier file in a job and shows the list in the What Changed view.
	 *
	 * @param editor  the editor of the model as it is now
	 * @param earlier the earlier version's file
	 * @param page    where the view is shown
	 * @return the job, scheduled
	 */
	public static Job compare(PlacewiseEditor editor, Path earlier, IWorkbenchPage page) {
		// The job reads a copy: the model in the editor may change while the comparison runs.
		PlacewiseModel now = EcoreUtil.copy(editor.context().model());
		String name = editor.context().shortName();
		Display display = page.getWorkbenchWindow().getShell().getDisplay();
		Job job = Job.create("Working out what changed in " + name, (IProgressMonitor monitor) -> {
			PlacewiseModel then;
			try {
				then = new ModelFiles().load(earlier);
			} catch (ModelFileException e) {
				return new Status(IStatus.ERROR, PLUGIN, e.getMessage(), e);
			}
			ChangeList list = ChangeList.of(name, ChangeList.savedFile(earlier), ModelChanges.between(then, now));
			display.asyncExec(() -> show(page, editor, list));
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		return job;
	}

	private static void show(IWorkbenchPage page, PlacewiseEditor editor, ChangeList list) {
		try {
			if (page.showView(WhatChangedView.ID) instanceof WhatChangedView view) {
				view.show(list, editor);
			}
		} catch (PartInitException e) {
			MessageDialog.openError(page.getWorkbenchWindow().getShell(), TITLE,
					"The What Changed view could not be opened: " + e.getMessage());
		}
	}
}
