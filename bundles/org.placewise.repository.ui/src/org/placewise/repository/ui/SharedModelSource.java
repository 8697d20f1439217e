package org.placewise.repository.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.emf.ecore.EObject;
import org.placewise.model.core.Identified;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.store.repository.CommitRecord;
import org.placewise.store.repository.Conflict;
import org.placewise.store.repository.ConflictException;
import org.placewise.store.repository.RepositoryConnection;
import org.placewise.store.repository.RepositoryException;
import org.placewise.store.repository.Resolution;
import org.placewise.store.repository.SharedModel;
import org.placewise.ui.internal.ModelSource;
import org.placewise.ui.internal.PlacewiseModelContext;

/**
 * A shared repository model in the model editor. Save commits every change as one commit with the comment the user
 * gives; when another user committed a different value for something changed here, the {@link ConflictDialog} asks,
 * value by value, whether to keep mine or take theirs, and the commit is made with the choices (the values not kept are
 * named in the commit comment, so nothing is lost: theirs stay in the history, yours in the comment). Other users'
 * commits update the model as they arrive: the explorer, pages, diagrams and findings show them, and what they added or
 * changed is marked in the explorer until the user selects it.
 */
public final class SharedModelSource implements ModelSource {

	/** Asks for a commit comment; {@code null} means the user cancelled. */
	public interface CommentPrompt {
		String ask(Shell shell, String modelName);
	}

	/** Asks how to settle conflicts; {@code null} means the user cancelled (nothing is committed, edits stay). */
	public interface ConflictChooser {
		Map<Conflict, Resolution> choose(Shell shell, List<Conflict> conflicts, Map<String, EObject> byId);
	}

	private final RepositoryConnection connection;
	private final SharedModel shared;
	private final String location;
	private final List<Consumer<CommitRecord>> commitListeners = new CopyOnWriteArrayList<>();
	private final Consumer<CommitRecord> remote = this::remoteCommit;
	private final ISelectionListener looked = this::looked;
	private CommentPrompt commentPrompt = SharedModelSource::askComment;
	private ConflictChooser conflictChooser = ConflictDialog::choose;
	private Consumer<String> informer;
	private PlacewiseModelContext context;
	private ChangeMarks marks;
	private Set<String> knownIds = Set.of();
	private IWorkbenchWindow window;
	private Display display;

	SharedModelSource(RepositoryConnection connection, SharedModel shared) {
		this.connection = connection;
		this.shared = shared;
		this.location = "cdo://" + connection.address() + shared.path();
	}

	@Override
	public PlacewiseModel model() {
		return shared.model();
	}

	@Override
	public String location() {
		return location;
	}

	@Override
	public boolean isReadOnly() {
		return false;
	}

	/** @return the connection the model was opened from */
	public RepositoryConnection connection() {
		return connection;
	}

	/** @return the model's repository path */
	public String path() {
		return shared.path();
	}

	@Override
	public void attached(PlacewiseModelContext attachedTo) {
		this.context = attachedTo;
		this.display = Display.getCurrent();
		this.marks = new ChangeMarks(attachedTo.adapterFactory());
		this.knownIds = index(shared.model()).keySet();
		this.informer = message -> MessageDialog.openInformation(display.getActiveShell(), "Commit", message);
		window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window != null) {
			window.getSelectionService().addPostSelectionListener(looked);
		}
		connection.addCommitListener(remote);
	}

	private void remoteCommit(CommitRecord commit) {
		Display shown = display;
		if (shown == null || shown.isDisposed()) {
			return;
		}
		shown.asyncExec(() -> {
			if (context == null) {
				return;
			}
			Map<String, EObject> byId = index(shared.model());
			boolean ours = commit.added().stream().anyMatch(byId::containsKey)
					|| commit.changed().stream().anyMatch(byId::containsKey)
					|| commit.removed().stream().anyMatch(knownIds::contains);
			if (!ours) {
				return;
			}
			knownIds = byId.keySet();
			marks.mark(commit, byId);
			context.changedElsewhere();
			commitListeners.forEach(listener -> listener.accept(commit));
		});
	}

	private void looked(org.eclipse.ui.IWorkbenchPart part, ISelection selection) {
		if (marks != null && selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
			marks.seen(structured.toList());
		}
	}

	/** @return the marks shown now: ids of objects other users added or changed, with "changed by bob" */
	public Map<String, String> marks() {
		return marks == null ? Map.of() : marks.marks();
	}

	/**
	 * The user has looked at these objects (as when they are selected).
	 *
	 * @param objects model objects
	 */
	public void seen(List<?> objects) {
		marks.seen(objects);
	}

	/** @param listener told, on the UI thread, of each other user's commit that changed this model */
	public void addCommitListener(Consumer<CommitRecord> listener) {
		commitListeners.add(listener);
	}

	/** @param listener a listener added before */
	public void removeCommitListener(Consumer<CommitRecord> listener) {
		commitListeners.remove(listener);
	}

	/** @param prompt asks for the commit comment (tests answer without a dialog) */
	public void setCommentPrompt(CommentPrompt prompt) {
		this.commentPrompt = prompt;
	}

	/** @param chooser settles conflicts (tests answer without a dialog) */
	public void setConflictChooser(ConflictChooser chooser) {
		this.conflictChooser = chooser;
	}

	/** @param informer shows a message that needs no answer (tests collect them) */
	public void setInformer(Consumer<String> informer) {
		this.informer = informer;
	}

	@Override
	public boolean save(PlacewiseModelContext saving, Shell shell) {
		String comment = commentPrompt.ask(shell, saving.shortName());
		if (comment == null) {
			return false;
		}
		List<String> notKept = new ArrayList<>();
		for (int attempt = 0; attempt < 5; attempt++) {
			try {
				CommitRecord commit = shared.commit(commentWith(comment, notKept));
				if (commit == null && !notKept.isEmpty()) {
					informer.accept("Nothing was left to commit: you took every other value. Yours were "
							+ String.join("; ", notKept) + ".");
				}
				return true;
			} catch (ConflictException e) {
				if (e.conflicts().isEmpty()) {
					// Other values of the same objects changed: theirs are in now, with ours on top; commit again.
					saving.changedElsewhere();
					continue;
				}
				Map<String, EObject> byId = index(shared.model());
				Map<Conflict, Resolution> choices = conflictChooser.choose(shell, e.conflicts(), byId);
				if (choices == null) {
					return false;
				}
				for (Conflict conflict : e.conflicts()) {
					if (choices.get(conflict) == Resolution.TAKE_THEIRS && conflict.feature() != null) {
						notKept.add(ConflictDialog.object(conflict, byId) + " " + ConflictDialog.feature(conflict, byId)
								+ ": mine was " + ConflictDialog.mine(conflict, byId) + ", kept "
								+ ConflictDialog.theirs(conflict, byId) + " (" + conflict.theirUser() + ")");
					}
				}
				shared.resolve(conflict -> choices.getOrDefault(conflict, Resolution.KEEP_MINE));
				saving.commandStack().flush();
				saving.changedElsewhere();
			} catch (RepositoryException e) {
				MessageDialog.openError(shell, "Cannot commit", e.getMessage());
				return false;
			}
		}
		MessageDialog.openError(shell, "Cannot commit", "Other users kept committing to " + path()
				+ " while this commit was settled; your changes are still here. Save again.");
		return false;
	}

	private static String commentWith(String comment, List<String> notKept) {
		return notKept.isEmpty() ? comment
				: comment + "\n\nTook other users' values (mine not kept): "
						+ String.join("; ", notKept);
	}

	private static String askComment(Shell shell, String modelName) {
		InputDialog dialog = new InputDialog(shell, "Commit to repository",
				"Your changes to " + modelName + " become one commit that everyone sees in the history. Why did you "
						+ "make them?",
				"", text -> text.isBlank() ? "Say in a few words what changed and why." : null);
		return dialog.open() == Window.OK ? dialog.getValue().strip() : null;
	}

	@Override
	public void revert(PlacewiseModelContext reverting) {
		shared.reload();
	}

	@Override
	public void dispose() {
		connection.removeCommitListener(remote);
		if (window != null && window.getShell() != null && !window.getShell().isDisposed()) {
			window.getSelectionService().removePostSelectionListener(looked);
		}
		if (marks != null) {
			marks.dispose();
		}
		context = null;
		shared.close();
	}

	/** @return the model's objects by id */
	static Map<String, EObject> index(PlacewiseModel model) {
		Map<String, EObject> byId = new HashMap<>();
		if (model.getId() != null) {
			byId.put(model.getId(), model);
		}
		for (var all = model.eAllContents(); all.hasNext();) {
			if (all.next() instanceof Identified identified && identified.getId() != null) {
				byId.put(identified.getId(), identified);
			}
		}
		return byId;
	}

	static Set<String> ids(Map<String, EObject> byId) {
		return new HashSet<>(byId.keySet());
	}
}
