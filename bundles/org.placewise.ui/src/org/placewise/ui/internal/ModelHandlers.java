package org.placewise.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.placewise.store.ModelFileException;

/** The File and Edit menu commands on the open model: open, save, undo, redo. */
public final class ModelHandlers {

	private ModelHandlers() {
	}

	/** File > Open Model...: choose a .placewise file; a bad file is explained and nothing changes. */
	public static final class Open extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			Shell shell = HandlerUtil.getActiveShell(event);
			FileDialog dialog = new FileDialog(shell, SWT.OPEN);
			dialog.setText("Open Placewise model");
			dialog.setFilterExtensions(new String[] { "*.placewise", "*.*" });
			dialog.setFilterNames(new String[] { "Placewise models (*.placewise)", "All files" });
			String chosen = dialog.open();
			if (chosen != null) {
				open(shell, Path.of(chosen));
			}
			return null;
		}
	}

	/** Opens a model, telling the user plainly when the file cannot be used. */
	static void open(Shell shell, Path file) {
		try {
			ModelSession.get().open(file);
		} catch (ModelFileException e) {
			MessageDialog.openError(shell, "Cannot open model", e.getMessage());
		}
	}

	/** File > Save: atomic save, keeping the previous file as a backup. */
	public static final class Save extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			try {
				ModelSession.get().save();
			} catch (ModelFileException e) {
				MessageDialog.openError(HandlerUtil.getActiveShell(event), "Cannot save model",
						e.getMessage() + "\n\nThe file on disk was left as it was.");
			}
			return null;
		}
	}

	/** Edit > Undo. */
	public static final class Undo extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			CommandStack stack = ModelSession.get().domain().getCommandStack();
			if (stack.canUndo()) {
				stack.undo();
			}
			return null;
		}
	}

	/** Edit > Redo. */
	public static final class Redo extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			CommandStack stack = ModelSession.get().domain().getCommandStack();
			if (stack.canRedo()) {
				stack.redo();
			}
			return null;
		}
	}
}
