package org.placewise.repository.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.placewise.store.repository.RepositoryException;
import org.placewise.ui.internal.ModelSource;

/** Repository > Connect... and Disconnect; Reserve for editing and Release reservation. */
public final class RepositoryHandlers {

	private RepositoryHandlers() {
	}

	/** Repository > Connect...: the Connect dialog; once connected the Repository view shows the server's models. */
	public static final class Connect extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			connect(HandlerUtil.getActiveWorkbenchWindow(event));
			return null;
		}
	}

	/** Repository > Disconnect: closes the shared models' editors (asking to commit changes), then the connection. */
	public static final class Disconnect extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			disconnect(HandlerUtil.getActiveWorkbenchWindow(event));
			return null;
		}
	}

	/**
	 * Reserve for editing (explorer context menu, Repository menu, Ctrl+Alt+R): the selected objects of the shared
	 * model in the active editor are reserved for this user; others see who holds them and may not change them.
	 */
	public static final class Reserve extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			SharedModelSource source = activeSharedModel(event);
			List<EObject> objects = selectedObjects(event);
			Shell shell = HandlerUtil.getActiveShell(event);
			if (source == null || objects.isEmpty()) {
				MessageDialog.openInformation(shell, "Reserve for editing",
						"Select objects of a shared model (in the Model Explorer) to reserve them for editing.");
				return null;
			}
			try {
				source.reserve(objects);
			} catch (RepositoryException e) {
				MessageDialog.openError(shell, "Reserve for editing", e.getMessage());
			}
			return null;
		}
	}

	/** Release reservation (Ctrl+Alt+U): the selected objects' reservations held here end. */
	public static final class Release extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			SharedModelSource source = activeSharedModel(event);
			if (source != null) {
				source.release(selectedObjects(event));
			}
			return null;
		}
	}

	private static SharedModelSource activeSharedModel(ExecutionEvent event) {
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		return editor == null ? null : editor.getEditorInput().getAdapter(SharedModelSource.class);
	}

	private static List<EObject> selectedObjects(ExecutionEvent event) {
		List<EObject> objects = new ArrayList<>();
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
			for (Object element : selection.toList()) {
				if (element instanceof EObject object) {
					objects.add(object);
				}
			}
		}
		return objects;
	}

	static void connect(IWorkbenchWindow window) {
		ConnectDialog dialog = new ConnectDialog(window.getShell(), RepositorySession.get(), new SavedLogins());
		if (dialog.open() == org.eclipse.jface.window.Window.OK) {
			try {
				window.getActivePage().showView(RepositoryView.ID);
			} catch (PartInitException e) {
				// the view is optional: the connection is made
			}
		}
	}

	static void disconnect(IWorkbenchWindow window) {
		IWorkbenchPage page = window.getActivePage();
		List<IEditorReference> shared = new ArrayList<>();
		for (IEditorReference reference : page.getEditorReferences()) {
			try {
				if (reference.getEditorInput().getAdapter(ModelSource.class) != null) {
					shared.add(reference);
				}
			} catch (PartInitException e) {
				// an editor that never opened holds no model
			}
		}
		if (page.closeEditors(shared.toArray(IEditorReference[]::new), true)) {
			RepositorySession.get().disconnect();
		}
	}
}
