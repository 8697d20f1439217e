package org.placewise.repository.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.placewise.ui.internal.ModelSource;

/** Repository > Connect... and Disconnect. */
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
