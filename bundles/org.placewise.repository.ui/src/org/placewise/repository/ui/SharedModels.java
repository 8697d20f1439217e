package org.placewise.repository.ui;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
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
		SharedModel opened = read(window, "Cannot open shared model", "Reading " + normalised(path), () -> {
			SharedModel model = connection.open(path);
			model.loadAll();
			return model;
		}, SharedModel::close);
		if (opened == null) {
			return null;
		}
		SharedModelSource source = new SharedModelSource(connection, opened);
		try {
			return (PlacewiseEditor) page.openEditor(new SharedModelInput(source), PlacewiseEditor.ID);
		} catch (PartInitException | RuntimeException e) {
			opened.close();
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
		PastModel past = read(window, "Cannot open past point", "Reading " + normalised(path) + " as it was", () -> {
			PastModel model = connection.openAt(path, time);
			model.loadAll();
			return model;
		}, PastModel::close);
		if (past == null) {
			return null;
		}
		PastModelSource source = new PastModelSource(connection, normalised(path), past);
		SharedModelInput input = new SharedModelInput(source);
		IWorkbenchPage page = window.getActivePage();
		if (page.findEditor(input) instanceof PlacewiseEditor open) {
			past.close();
			page.activate(open);
			return open;
		}
		try {
			return (PlacewiseEditor) page.openEditor(input, PlacewiseEditor.ID);
		} catch (PartInitException | RuntimeException e) {
			past.close();
			MessageDialog.openError(window.getShell(), "Cannot open past point", e.getMessage());
			return null;
		}
	}

	/** Reads a model from the repository. */
	@FunctionalInterface
	private interface Reading<T> {
		T read() throws RepositoryException;
	}

	/**
	 * Reads off the UI thread, so the workbench keeps painting and answering while a large model comes over the
	 * network: a busy cursor first, then a progress dialog with Cancel. A refusal is explained in a dialog; a read
	 * cancelled by the user is closed when it ends and nothing opens.
	 *
	 * @return what was read, or {@code null} when it failed or was cancelled
	 */
	private static <T> T read(IWorkbenchWindow window, String failureTitle, String task, Reading<T> reading,
			Consumer<T> close) {
		AtomicReference<T> read = new AtomicReference<>();
		AtomicReference<RepositoryException> failure = new AtomicReference<>();
		AtomicBoolean cancelled = new AtomicBoolean();
		try {
			PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> {
				monitor.beginTask(task, IProgressMonitor.UNKNOWN);
				try {
					read.set(reading.read());
				} catch (RepositoryException e) {
					failure.set(e);
				} finally {
					cancelled.set(monitor.isCanceled());
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			MessageDialog.openError(window.getShell(), failureTitle, String.valueOf(cause.getMessage()));
			return null;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			cancelled.set(true);
		}
		if (failure.get() != null) {
			MessageDialog.openError(window.getShell(), failureTitle, failure.get().getMessage());
			return null;
		}
		if (cancelled.get()) {
			if (read.get() != null) {
				close.accept(read.get());
			}
			return null;
		}
		return read.get();
	}

	static String normalised(String path) {
		return path.startsWith("/") ? path : "/" + path;
	}
}
