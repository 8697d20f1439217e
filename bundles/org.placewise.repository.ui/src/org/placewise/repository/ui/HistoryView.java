package org.placewise.repository.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.placewise.store.repository.CommitRecord;
import org.placewise.store.repository.RepositoryConnection;
import org.placewise.store.repository.RepositoryException;
import org.placewise.ui.internal.PlacewiseEditor;

/**
 * The history of the shared model in the active editor: its commits, newest first (when, who, comment). Selecting one
 * shows what it changed in words; "Open as at this commit" (or double-click) opens the model as it was just after it,
 * read-only, with its diagrams and findings as they were then. "Compare" tells what differs between two selected
 * commits, or between one and now, in the words of {@code placewise repository diff}. The list grows as other users
 * commit.
 */
public final class HistoryView extends ViewPart {

	/** The view id, as declared in plugin.xml. */
	public static final String ID = "org.placewise.repository.ui.views.history";

	private final Consumer<CommitRecord> arrived = commit -> refresh();
	private Label title;
	private TableViewer viewer;
	private Text changes;
	private RepositoryConnection connection;
	private String path;
	private SharedModelSource followed;
	private List<CommitRecord> commits = List.of();
	private Job describing;
	private volatile List<String> described = List.of();
	/** Which request (describe or compare) the right-hand side shows: a slower earlier one must not overwrite it. */
	private int request;

	private final IPartListener2 editors = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			if (reference.getPart(false) instanceof IEditorPart) {
				follow();
			}
		}

		@Override
		public void partBroughtToTop(IWorkbenchPartReference reference) {
			partActivated(reference);
		}

		@Override
		public void partClosed(IWorkbenchPartReference reference) {
			if (reference.getPart(false) instanceof IEditorPart) {
				follow();
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		title = new Label(parent, SWT.WRAP);
		title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		Columns.add(viewer, CommitRecord.class, "When", 120, commit -> Words.when(commit.time()));
		Columns.add(viewer, CommitRecord.class, "Who", 70, CommitRecord::user);
		Columns.add(viewer, CommitRecord.class, "Comment", 260, commit -> RepositoryView.firstLine(commit.comment()));
		changes = new Text(sash, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		sash.setWeights(55, 45);
		viewer.addSelectionChangedListener(event -> describeSelected());
		viewer.addDoubleClickListener(event -> openSelected());
		Action open = new Action("Open as at this commit") {
			@Override
			public void run() {
				openSelected();
			}
		};
		open.setToolTipText("Open the model as it was just after the selected commit (each, when two are selected), "
				+ "read-only");
		Action compare = new Action("Compare") {
			@Override
			public void run() {
				compareSelected();
			}
		};
		compare.setToolTipText("Select two commits to see what differs between them, or one to compare it with now");
		getViewSite().getActionBars().getToolBarManager().add(compare);
		getViewSite().getActionBars().getToolBarManager().add(open);
		getSite().getPage().addPartListener(editors);
		follow();
	}

	/** Shows the history of the model in the active editor, if it is a shared model (or a past point of one). */
	private void follow() {
		if (title == null || title.isDisposed()) {
			return;
		}
		IEditorPart editor = getSite().getPage().getActiveEditor();
		SharedModelSource shared = editor instanceof PlacewiseEditor
				? editor.getEditorInput().getAdapter(SharedModelSource.class)
				: null;
		PastModelSource past = editor instanceof PlacewiseEditor
				? editor.getEditorInput().getAdapter(PastModelSource.class)
				: null;
		if (followed != shared) {
			if (followed != null) {
				followed.removeCommitListener(arrived);
			}
			followed = shared;
			if (shared != null) {
				shared.addCommitListener(arrived);
			}
		}
		RepositoryConnection newConnection = shared != null ? shared.connection()
				: past != null ? past.connection() : null;
		String newPath = shared != null ? shared.path() : past != null ? past.path() : null;
		if (newConnection == connection && java.util.Objects.equals(newPath, path)) {
			return;
		}
		connection = newConnection;
		path = newPath;
		refresh();
	}

	/** Reads the model's commits again. */
	public void refresh() {
		if (title == null || title.isDisposed()) {
			return;
		}
		List<CommitRecord> listed = new ArrayList<>();
		if (connection == null) {
			title.setText("The history of a shared model shows here: open one from the Repository view.");
		} else {
			try {
				listed.addAll(connection.historyOf(path));
				Collections.reverse(listed);
				title.setText("History of " + path + " on " + connection.address() + ". Select a commit to see "
						+ "what it changed; double-click to open the model as it was then.");
			} catch (RepositoryException | RuntimeException e) {
				title.setText(e.getMessage());
			}
		}
		commits = List.copyOf(listed);
		viewer.setInput(commits);
		changes.setText("");
		title.getParent().layout(true);
	}

	/** @return the commits listed, newest first */
	public List<CommitRecord> commits() {
		return commits;
	}

	/**
	 * Selects a commit, as the user would, and shows what it changed once worked out.
	 *
	 * @param commit one of {@link #commits()}
	 */
	public void select(CommitRecord commit) {
		viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(commit), true);
	}

	/** @return what the selected commit changed, one line each, once worked out (empty until then) */
	public List<String> changes() {
		return described;
	}

	/** @return the job working out what the selected commit changed, or {@code null} */
	public Job describing() {
		return describing;
	}

	private CommitRecord selected() {
		return viewer.getStructuredSelection().getFirstElement() instanceof CommitRecord commit ? commit : null;
	}

	/** @return the selected commits, oldest first */
	private List<CommitRecord> selectedCommits() {
		List<CommitRecord> selection = new ArrayList<>();
		for (Object element : viewer.getStructuredSelection().toList()) {
			if (element instanceof CommitRecord commit) {
				selection.add(commit);
			}
		}
		selection.sort(java.util.Comparator.comparingLong(CommitRecord::time));
		return selection;
	}

	/**
	 * Selects commits, as the user would (with Ctrl held for the second).
	 *
	 * @param selection one or two of {@link #commits()}
	 */
	public void select(List<CommitRecord> selection) {
		viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(selection), true);
	}

	/**
	 * Compare, as the tool bar button: the two selected commits with each other, or the one selected with now (the
	 * latest commit); what differs is shown in words once worked out ({@link #changes()}).
	 */
	public void compareSelected() {
		List<CommitRecord> selection = selectedCommits();
		if (connection == null || selection.isEmpty() || selection.size() > 2) {
			changes.setText("Select two commits to compare them, or one to compare it with now.");
			described = List.of();
			return;
		}
		CommitRecord from = selection.get(0);
		CommitRecord to = selection.size() == 2 ? selection.get(1) : null;
		int asked = ++request;
		String heading = "From " + point(from) + "\nto " + (to == null ? "now (the latest commit)" : point(to))
				+ "\n\n";
		described = List.of();
		changes.setText(heading + "Working out what differs\u2026");
		RepositoryConnection reading = connection;
		String of = path;
		Display display = changes.getDisplay();
		Job job = Job.create("Compare two points of " + of, (IProgressMonitor monitor) -> {
			List<String> lines;
			try {
				lines = CommitWords.compare(reading, of, from.time(), to == null ? null : to.time());
			} catch (RepositoryException | RuntimeException e) {
				lines = List.of(String.valueOf(e.getMessage()));
			}
			List<String> result = lines;
			display.asyncExec(() -> {
				if (!changes.isDisposed() && asked == request) {
					described = result;
					changes.setText(heading + String.join("\n", result));
				}
			});
			return Status.OK_STATUS;
		});
		job.setUser(false);
		describing = job;
		job.schedule();
	}

	/** @return "2 Dec 2026 13:15 (alice: Discharge fund raised for winter)" */
	private static String point(CommitRecord commit) {
		return Words.when(commit.time()) + " (" + commit.user() + ": " + RepositoryView.firstLine(commit.comment())
				+ ")";
	}

	private void describeSelected() {
		CommitRecord commit = selected();
		described = List.of();
		int asked = ++request;
		if (selectedCommits().size() > 1) {
			changes.setText("Two commits selected: press Compare to see what differs between them.");
			return;
		}
		if (commit == null || connection == null) {
			changes.setText("");
			return;
		}
		changes.setText("Working out what this commit changed\u2026");
		RepositoryConnection from = connection;
		String of = path;
		Display display = changes.getDisplay();
		Job job = Job.create("What " + commit.user() + " changed in " + of, (IProgressMonitor monitor) -> {
			List<String> lines;
			try {
				lines = CommitWords.describe(from, of, commit);
			} catch (RepositoryException | RuntimeException e) {
				lines = List.of(String.valueOf(e.getMessage()));
			}
			List<String> result = lines;
			display.asyncExec(() -> {
				if (!changes.isDisposed() && asked == request) {
					described = result;
					changes.setText(RepositoryView.firstLine(commit.comment()) + "\n" + commit.user() + ", "
							+ Words.when(commit.time()) + "\n\n" + String.join("\n", result));
				}
			});
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		describing = job;
		job.schedule();
	}

	/**
	 * Opens the model as at each selected commit (both sides of a comparison), read-only.
	 *
	 * @return the editor of the model as at the last one opened (the later point), or {@code null}
	 */
	public PlacewiseEditor openSelected() {
		PlacewiseEditor opened = null;
		if (connection == null) {
			return null;
		}
		for (CommitRecord commit : selectedCommits()) {
			PlacewiseEditor editor = SharedModels.openAt(getSite().getWorkbenchWindow(), connection, path,
					commit.time());
			opened = editor != null ? editor : opened;
		}
		return opened;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(editors);
		if (followed != null) {
			followed.removeCommitListener(arrived);
		}
		super.dispose();
	}
}
