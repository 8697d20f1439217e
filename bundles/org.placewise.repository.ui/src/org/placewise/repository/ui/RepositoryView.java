package org.placewise.repository.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.store.repository.CommitRecord;
import org.placewise.store.repository.RepositoryConnection;
import org.placewise.store.repository.RepositoryException;
import org.placewise.ui.internal.PlacewiseEditor;

/**
 * The models on the connected repository server, each with its last commit (when, who, comment). Double-click (or Open)
 * opens a model in the model editor; the list follows other users' commits. Connect and Disconnect are on the view's
 * tool bar and in the Repository menu.
 */
public final class RepositoryView extends ViewPart {

	/** The view id, as declared in plugin.xml. */
	public static final String ID = "org.placewise.repository.ui.views.repository";

	/** One row: a model's path and its last commit (null when none could be found). */
	public record Row(String path, CommitRecord last) {
	}

	private final Consumer<RepositoryConnection> sessionChanged = connection -> Display.getDefault()
			.asyncExec(this::refresh);
	private final Consumer<CommitRecord> commits = commit -> Display.getDefault().asyncExec(this::refresh);
	private RepositoryConnection listenedTo;
	private Label status;
	private TableViewer viewer;
	private List<Row> rows = List.of();

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		status = new Label(parent, SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		Columns.add(viewer, Row.class, "Model", 170, row -> row.path());
		Columns.add(viewer, Row.class, "Last commit", 120,
				row -> row.last() == null ? "" : Words.when(row.last().time()));
		Columns.add(viewer, Row.class, "By", 70, row -> row.last() == null ? "" : row.last().user());
		Columns.add(viewer, Row.class, "Comment", 220,
				row -> row.last() == null ? "" : firstLine(row.last().comment()));
		viewer.addDoubleClickListener(event -> openSelected());
		IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
		toolBar.add(action("Connect...", "Connect to a repository server", () -> RepositoryHandlers.connect(getSite()
				.getWorkbenchWindow())));
		toolBar.add(action("Open", "Open the selected model in the model editor", this::openSelected));
		toolBar.add(action("Refresh", "List the models again", this::refresh));
		toolBar.add(action("Disconnect", "Close the connection (shared models open in editors are closed first)",
				() -> RepositoryHandlers.disconnect(getSite().getWorkbenchWindow())));
		RepositorySession.get().addListener(sessionChanged);
		refresh();
	}

	private static Action action(String text, String tip, Runnable run) {
		Action action = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setToolTipText(tip);
		return action;
	}

	static String firstLine(String text) {
		int end = text.indexOf('\n');
		return end < 0 ? text : text.substring(0, end);
	}

	/** Lists the models on the server again, with their last commits. */
	public void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		RepositoryConnection connection = RepositorySession.get().connection();
		if (listenedTo != connection) {
			if (listenedTo != null) {
				listenedTo.removeCommitListener(commits);
			}
			listenedTo = connection;
			if (connection != null) {
				connection.addCommitListener(commits);
			}
		}
		List<Row> listed = new ArrayList<>();
		if (connection == null) {
			status.setText("Not connected. Connect to a repository server (Repository > Connect...) to see its "
					+ "shared models.");
		} else {
			try {
				for (String path : connection.listModels()) {
					List<CommitRecord> history = connection.historyOf(path);
					listed.add(new Row(path, history.isEmpty() ? null : history.get(history.size() - 1)));
				}
				status.setText("Connected to " + connection.address() + ": "
						+ PlacewiseLabels.count(listed.size(), "shared model", "shared models")
						+ ". Double-click one to open it.");
			} catch (RepositoryException | RuntimeException e) {
				status.setText(e.getMessage());
			}
		}
		rows = List.copyOf(listed);
		viewer.setInput(rows);
		status.getParent().layout(true);
	}

	/** @return the rows shown */
	public List<Row> rows() {
		return rows;
	}

	/** @return the status line above the list */
	public String status() {
		return status.getText();
	}

	/**
	 * Opens a listed model in the model editor.
	 *
	 * @param path the model's path
	 * @return its editor, or {@code null}
	 */
	public PlacewiseEditor open(String path) {
		RepositoryConnection connection = RepositorySession.get().connection();
		return connection == null ? null : SharedModels.open(getSite().getWorkbenchWindow(), connection, path);
	}

	private void openSelected() {
		if (viewer.getStructuredSelection() instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof Row row) {
			open(row.path());
		}
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		RepositorySession.get().removeListener(sessionChanged);
		if (listenedTo != null) {
			listenedTo.removeCommitListener(commits);
		}
		super.dispose();
	}
}
