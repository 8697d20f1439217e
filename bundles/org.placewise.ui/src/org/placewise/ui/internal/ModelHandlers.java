package org.placewise.ui.internal;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.menus.UIElement;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.governance.Delegation;
import org.placewise.store.ModelFileException;
import org.placewise.store.ModelFiles;
import org.placewise.ui.internal.wizards.ExportWizard;
import org.placewise.ui.internal.wizards.ImportWizard;
import org.placewise.ui.internal.wizards.NewDelegationWizard;
import org.placewise.ui.internal.wizards.NewModelWizard;

/**
 * The File and Edit menu commands on models: new (wizard) and open (a new editor per model); save, save as, revert,
 * undo and redo on the model of the active {@link PlacewiseEditor}; the new delegation and import wizards on it.
 */
public final class ModelHandlers {

	/** The command of Edit > New delegation... (also in the Model Explorer's context menu). */
	public static final String NEW_DELEGATION_COMMAND = "org.placewise.ui.commands.newDelegation";

	private ModelHandlers() {
	}

	/** File > Open Model...: choose a .placewise file; a bad file is explained and nothing opens. */
	public static final class Open extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
			FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
			dialog.setText("Open Placewise model");
			dialog.setFilterExtensions(new String[] { "*.placewise", "*.*" });
			dialog.setFilterNames(new String[] { "Placewise models (*.placewise)", "All files" });
			String chosen = dialog.open();
			if (chosen != null) {
				open(window, Path.of(chosen));
			}
			return null;
		}
	}

	/**
	 * Opens a model in an editor of its own, next to the models already open (which keep their edits). A file already
	 * open activates its editor as it is. A file that cannot be used is explained in a dialog and opens nothing.
	 *
	 * @return the editor, or {@code null} when the file could not be opened
	 */
	public static PlacewiseEditor open(IWorkbenchWindow window, Path file) {
		IWorkbenchPage page = window.getActivePage();
		ModelFileInput input = new ModelFileInput(file, null);
		IEditorPart open = page.findEditor(input);
		if (open instanceof PlacewiseEditor editor) {
			page.activate(editor);
			return editor;
		}
		Shell shell = window.getShell();
		PlacewiseModel model;
		try {
			model = new ModelFiles().load(file);
		} catch (ModelFileException e) {
			MessageDialog.openError(shell, "Cannot open model", e.getMessage());
			return null;
		}
		try {
			return (PlacewiseEditor) page.openEditor(new ModelFileInput(file, model), PlacewiseEditor.ID);
		} catch (PartInitException e) {
			MessageDialog.openError(shell, "Cannot open model", e.getMessage());
			return null;
		}
	}

	/** File > New > Placewise model... (Ctrl+N): the new model wizard; the model made is opened in an editor. */
	public static final class NewModel extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
			new WizardDialog(window.getShell(),
					new NewModelWizard(NewModelWizard.samplesFolder(), file -> open(window, file)))
					.open();
			return null;
		}
	}

	/**
	 * Edit > New delegation...: the new delegation wizard on the active model, its draft checked with the editor's own
	 * rules; the delegation added is shown in the editor's register.
	 */
	public static final class NewDelegation extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			PlacewiseEditor editor = activeEditor(event);
			if (editor == null) {
				return null;
			}
			PlacewiseModelContext context = editor.context();
			NewDelegationWizard wizard = new NewDelegationWizard(context.domain(), context.model(), context.rules());
			if (new WizardDialog(HandlerUtil.getActiveShell(event), wizard).open() == Window.OK
					&& wizard.executedCommand() != null) {
				wizard.executedCommand().getAffectedObjects().stream().filter(Delegation.class::isInstance)
						.map(Delegation.class::cast).findFirst().ifPresent(editor::reveal);
			}
			return null;
		}
	}

	/** File > Import > Measures / Observations...: the import wizard into the active model (one undoable command). */
	public static final class Import extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			PlacewiseEditor editor = activeEditor(event);
			if (editor != null) {
				new WizardDialog(HandlerUtil.getActiveShell(event),
						new ImportWizard(editor.context().domain(), editor.context().model())).open();
			}
			return null;
		}
	}

	/** File > Export...: measures, observations or a diagram of the active model, to CSV, XLSX, SVG or PNG. */
	public static final class Export extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			PlacewiseEditor editor = activeEditor(event);
			if (editor != null) {
				PlacewiseModelContext context = editor.context();
				ExportWizard wizard = new ExportWizard(context.model(), context.checker().findings(), context.file());
				if (new WizardDialog(HandlerUtil.getActiveShell(event), wizard).open() == Window.OK
						&& wizard.written() != null) {
					editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(wizard.written());
				}
			}
			return null;
		}
	}

	private static PlacewiseEditor activeEditor(ExecutionEvent event) {
		return HandlerUtil.getActiveEditor(event) instanceof PlacewiseEditor editor ? editor : null;
	}

	/** File > Save (Ctrl+S): atomic save, keeping the previous file as a backup. */
	public static final class Save extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			PlacewiseEditor editor = activeEditor(event);
			if (editor != null) {
				editor.doSave(null);
			}
			return null;
		}
	}

	/** File > Save As...: the model goes to a new file, which the editor then edits. */
	public static final class SaveAs extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			PlacewiseEditor editor = activeEditor(event);
			if (editor != null) {
				editor.doSaveAs();
			}
			return null;
		}
	}

	/** File > Revert: discard the edits after asking. */
	public static final class Revert extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			PlacewiseEditor editor = activeEditor(event);
			if (editor != null && editor.isDirty()
					&& MessageDialog.openQuestion(HandlerUtil.getActiveShell(event), "Revert",
							"Discard the edits to " + editor.context().shortName()
									+ " and show the file as it was last saved? This cannot be undone.")) {
				editor.revert();
			}
			return null;
		}
	}

	/** Edit > Undo (Ctrl+Z) on the active model; its label names the edit ("Undo Set quorum of 'Place Board'"). */
	public static final class Undo extends AbstractHandler implements IElementUpdater {
		@Override
		public Object execute(ExecutionEvent event) {
			PlacewiseEditor editor = activeEditor(event);
			if (editor != null && editor.context().commandStack().canUndo()) {
				editor.context().commandStack().undo();
			}
			return null;
		}

		@Override
		@SuppressWarnings("rawtypes")
		public void updateElement(UIElement element, Map parameters) {
			element.setText(stackLabel("&Undo", true));
		}
	}

	/** Edit > Redo (Ctrl+Y) on the active model, labelled like Undo. */
	public static final class Redo extends AbstractHandler implements IElementUpdater {
		@Override
		public Object execute(ExecutionEvent event) {
			PlacewiseEditor editor = activeEditor(event);
			if (editor != null && editor.context().commandStack().canRedo()) {
				editor.context().commandStack().redo();
			}
			return null;
		}

		@Override
		@SuppressWarnings("rawtypes")
		public void updateElement(UIElement element, Map parameters) {
			element.setText(stackLabel("&Redo", false));
		}
	}

	/**
	 * @return "Undo Set quorum of 'Place Board'" for the active model's next undo (or redo), or just the verb when
	 *         there is nothing to undo
	 */
	public static String stackLabel(String verb, boolean undo) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		PlacewiseModelContext context = window == null ? null : ActiveModelTracker.of(window.getActivePage());
		if (context == null) {
			return verb;
		}
		BasicCommandStack stack = context.commandStack();
		Command next = undo ? stack.getUndoCommand() : stack.getRedoCommand();
		return next == null ? verb : verb + " " + CommandLabels.describe(next);
	}
}
