package org.placewise.repository.ui;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.placewise.store.repository.PastModel;
import org.placewise.store.repository.RepositoryConnection;
import org.placewise.store.repository.RepositoryException;
import org.placewise.store.repository.SharedModel;
import org.placewise.ui.internal.PlacewiseEditor;

/** Opens shared models, and past points of them, in the model editor. */
public final class SharedModels {

	private SharedModels() {
	}

	/**
	 * Opens a shared model for editing, or activates its editor when it is open already. A model that cannot be opened
	 * is explained in a dialog and nothing opens.
	 *
	 * @param window     the workbench window
	 * @param connection the connection to open it from
	 * @param path       the model's repository path
	 * @return the editor, or {@code null}
	 */
	public static PlacewiseEditor open(IWorkbenchWindow window, RepositoryConnection connection, String path) {
		IWorkbenchPage page = window.getActivePage();
		for (IEditorReference reference : page.getEditorReferences()) {
			if (reference.getEditor(false) instanceof PlacewiseEditor editor && editor.getEditorInput()
					.getAdapter(SharedModelSource.class) instanceof SharedModelSource source
					&& source.connection() == connection && source.path().equals(normalised(path))) {
				page.activate(editor);
				return editor;
			}
		}
		SharedModel[] opened = new SharedModel[1];
		RepositoryException[] failure = new RepositoryException[1];
		BusyIndicator.showWhile(window.getShell().getDisplay(), () -> {
			try {
				opened[0] = connection.open(path);
				opened[0].loadAll();
			} catch (RepositoryException e) {
				failure[0] = e;
			}
		});
		if (failure[0] != null) {
			MessageDialog.openError(window.getShell(), "Cannot open shared model", failure[0].getMessage());
			return null;
		}
		SharedModelSource source = new SharedModelSource(connection, opened[0]);
		try {
			return (PlacewiseEditor) page.openEditor(new SharedModelInput(source), PlacewiseEditor.ID);
		} catch (PartInitException | RuntimeException e) {
			opened[0].close();
			MessageDialog.openError(window.getShell(), "Cannot open shared model", e.getMessage());
			return null;
		}
	}

	/**
	 * Opens a shared model as it was at a moment, read-only.
	 *
	 * @param window     the workbench window
	 * @param connection the connection to read it from
	 * @param path       the model's repository path
	 * @param time       the moment (a commit's time)
	 * @return the editor, or {@code null} when the model did not exist then (said in a dialog)
	 */
	public static PlacewiseEditor openAt(IWorkbenchWindow window, RepositoryConnection connection, String path,
			long time) {
		PastModel[] opened = new PastModel[1];
		RepositoryException[] failure = new RepositoryException[1];
		BusyIndicator.showWhile(window.getShell().getDisplay(), () -> {
			try {
				opened[0] = connection.openAt(path, time);
				opened[0].loadAll();
			} catch (RepositoryException e) {
				failure[0] = e;
			}
		});
		if (failure[0] != null) {
			MessageDialog.openError(window.getShell(), "Cannot open past point", failure[0].getMessage());
			return null;
		}
		PastModelSource source = new PastModelSource(connection, normalised(path), opened[0]);
		SharedModelInput input = new SharedModelInput(source);
		IWorkbenchPage page = window.getActivePage();
		if (page.findEditor(input) instanceof PlacewiseEditor open) {
			opened[0].close();
			page.activate(open);
			return open;
		}
		try {
			return (PlacewiseEditor) page.openEditor(input, PlacewiseEditor.ID);
		} catch (PartInitException | RuntimeException e) {
			opened[0].close();
			MessageDialog.openError(window.getShell(), "Cannot open past point", e.getMessage());
			return null;
		}
	}

	static String normalised(String path) {
		return path.startsWith("/") ? path : "/" + path;
	}
}
