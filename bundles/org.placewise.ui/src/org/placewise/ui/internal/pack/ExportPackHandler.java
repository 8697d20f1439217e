package org.placewise.ui.internal.pack;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.ui.internal.PlacewiseEditor;

/**
 * File &gt; Export Leaders' Pack...: asks where (see {@link ExportPackDialog}), then writes the pack in a job with
 * progress from a copy of the model, and offers to open it in the system browser. Errors are shown, never lost.
 */
public final class ExportPackHandler extends AbstractHandler {

	/** The plug-in id, for statuses. */
	private static final String PLUGIN = "org.placewise.ui";

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getActiveEditor(event) instanceof PlacewiseEditor editor)) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Export Leaders' Pack",
					"Open a Placewise model first: the pack is written from the model being edited.");
			return null;
		}
		Shell shell = HandlerUtil.getActiveShell(event);
		Path file = editor.context().file();
		String base = file.getFileName().toString().replaceFirst("\\.placewise$", "");
		ExportPackDialog dialog = new ExportPackDialog(shell, file.resolveSibling(base + "-pack"));
		if (dialog.open() != Window.OK || dialog.export() == null) {
			return null;
		}
		PackExport export = dialog.export();
		// The job reads a copy: the model in the editor may change while the pack is written.
		PlacewiseModel copy = EcoreUtil.copy(editor.context().model());
		Display display = shell.getDisplay();
		Job job = Job.create("Writing the leaders' pack", (IProgressMonitor monitor) -> {
			try {
				Path index = export.write(copy, monitor);
				display.asyncExec(() -> offerToOpen(display, export, index));
				return Status.OK_STATUS;
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			} catch (IOException | RuntimeException e) {
				return new Status(IStatus.ERROR, PLUGIN,
						"Could not write the leaders' pack to " + export.folder() + ": " + e.getMessage(), e);
			}
		});
		job.setUser(true);
		job.schedule();
		return null;
	}

	private static void offerToOpen(Display display, PackExport export, Path index) {
		Shell shell = display.getActiveShell();
		String what = export.pdf() ? "The leaders' pack and the board paper are" : "The leaders' pack is";
		if (MessageDialog.openQuestion(shell, "Leaders' Pack Written",
				what + " in " + export.folder() + ".\n\nOpen the pack in your web browser?")) {
			if (!Program.launch(index.toUri().toString())) {
				MessageDialog.openWarning(shell, "Leaders' Pack Written",
						"No web browser could be started. Open " + index + " yourself.");
			}
		}
	}
}
