package org.placewise.repository.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.placewise.store.repository.ArrivedChanges;
import org.placewise.store.repository.CommitRecord;
import org.placewise.store.repository.Conflict;
import org.placewise.store.repository.ConflictException;
import org.placewise.store.repository.RepositoryConnection;
import org.placewise.store.repository.RepositoryException;
import org.placewise.store.repository.Reservation;
import org.placewise.store.repository.ReservedException;
import org.placewise.store.repository.Resolution;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.store.repository.SharedModel;
import org.placewise.ui.internal.ModelSource;
import org.placewise.ui.internal.ObjectMarks;
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
	private CommentPrompt commentPrompt = this::askComment;
	private ConflictChooser conflictChooser = ConflictDialog::choose;
	private Consumer<String> informer;
	private PlacewiseModelContext context;
	private ChangeMarks marks;
	/** The model's objects by id, indexed when first needed and kept current with the commits that arrive. */
	private Map<String, EObject> byId;
	private IWorkbenchWindow window;
	private Display display;
	private final Consumer<List<Reservation>> reservationsRead = this::reservationsRead;
	private boolean releaseOnCommit;
	private final ReservationMarks reservationMarks = new ReservationMarks();

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
		this.informer = message -> MessageDialog.openInformation(display.getActiveShell(), "Shared model", message);
		window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window != null) {
			window.getSelectionService().addPostSelectionListener(looked);
		}
		connection.addCommitListener(remote);
		shared.addReservationListener(reservationsRead);
		reservationsRead(shared.refreshReservations());
		shared.migration().ifPresent(result -> display.asyncExec(() -> informer.accept(migrationMessage(result))));
	}

	/** @return what opening migrated, for the user: the same facts as for a file, worded for a shared model */
	String migrationMessage(org.placewise.store.ModelMigration.Result result) {
		StringBuilder text = new StringBuilder(path())
				.append(" was committed by an earlier version of Placewise (format ")
				.append("version ").append(result.fromVersion()).append(") and has been brought up to version ")
				.append(result.toVersion()).append(" here. The repository's copy is unchanged until your next commit ")
				.append("(Save).");
		if (!result.changes().isEmpty()) {
			text.append(" Changed: ").append(String.join(" ", result.changes()));
		}
		if (!result.toReview().isEmpty()) {
			text.append(" To review: ").append(String.join(" ", result.toReview()));
		}
		return text.toString();
	}

	private void reservationsRead(List<Reservation> read) {
		Display shown = display;
		if (shown == null || shown.isDisposed()) {
			return;
		}
		Runnable show = () -> {
			if (context == null || marks == null) {
				return;
			}
			Map<String, String> byObject = new HashMap<>();
			// The latest read when this runs, not the one that scheduled it: reads may arrive out of order.
			for (Reservation reservation : shared.reservations()) {
				byObject.put(reservation.objectId(), reservedMark(reservation));
			}
			marks.reservations(byObject, this::find);
			reservationMarks.show(shared.reservations());
		};
		if (Display.getCurrent() == shown) {
			show.run();
		} else {
			shown.asyncExec(show);
		}
	}

	/** @return "reserved by alice since 2 Dec 2026 15:40", or "reserved by you since ..." for one held here */
	static String reservedMark(Reservation reservation) {
		return "reserved by " + ReservationMarks.holder(reservation);
	}

	@Override
	public ObjectMarks objectMarks() {
		return reservationMarks;
	}

	/** @return the reservations shown now: ids of reserved objects with "reserved by alice since ..." */
	public Map<String, String> reservationMarks() {
		return marks == null ? Map.of() : marks.reservations();
	}

	/**
	 * Reserves objects for editing: from now on only this user, in this editor, may change them, and everyone else sees
	 * who holds them and since when.
	 *
	 * @param objects the objects to reserve
	 * @throws RepositoryException when one is held by someone else, not yet committed, or the server refuses (viewers
	 *                             may not reserve); those before it stay reserved
	 */
	public void reserve(List<? extends EObject> objects) throws RepositoryException {
		for (EObject object : objects) {
			Reservation held = shared.reservedByOthers(object);
			if (held != null) {
				throw new RepositoryException(PlacewiseLabels.text(object) + " is already " + reservedMark(held) + ".");
			}
			shared.reserve(object);
		}
	}

	/**
	 * Releases this user's reservations of objects.
	 *
	 * @param objects the objects (those not reserved here are left alone)
	 */
	public void release(List<? extends EObject> objects) {
		objects.forEach(shared::release);
	}

	/** @return whether this editor holds any reservation */
	public boolean holdsReservations() {
		return shared.reservations().stream().anyMatch(Reservation::mine);
	}

	/**
	 * @param release whether the next Save releases this user's reservations (the commit dialog's check box; kept
	 *                otherwise)
	 */
	public void setReleaseOnCommit(boolean release) {
		this.releaseOnCommit = release;
	}

	@Override
	public void beforeCommand() {
		shared.checkpoint();
	}

	@Override
	public boolean refusedCommand() {
		ReservedException refused = shared.undoRefused();
		if (refused == null) {
			return false;
		}
		String message = (refused.object() instanceof EObject object ? PlacewiseLabels.text(object) : "This object")
				+ " is " + reservedMark(refused.reservation()) + ". Only " + refused.reservation().user()
				+ " can change it until they release it; nothing was changed.";
		Display shown = display;
		if (shown != null && !shown.isDisposed()) {
			shown.asyncExec(() -> informer.accept(message));
		}
		if (context != null) {
			// CDO put the values back without telling the viewers: show the model as it is.
			context.changedElsewhere();
		}
		return true;
	}

	/**
	 * Another user's commit reached the model (on the connection's thread): what it changed is read here, then told to
	 * the model's adapters on the UI thread, so that the explorer, pages, diagram and findings update just that
	 * (objects it removed included: the checker drops their findings and re-checks what depended on them). Only a
	 * commit that cannot be told change by change (it met my uncommitted changes, or could not be read) shows the model
	 * again whole.
	 */
	private void remoteCommit(CommitRecord commit) {
		Display shown = display;
		if (shown == null || shown.isDisposed()) {
			return;
		}
		ArrivedChanges arrived = shared.arrived(commit);
		if (arrived == null) {
			return;
		}
		shown.asyncExec(() -> {
			if (context == null) {
				return;
			}
			if (arrived.needsWholeModel()) {
				byId = null;
				context.changedElsewhere();
			} else {
				arrived.notifyAdapters();
				context.changedElsewhereInPlace(arrived.removedTypes());
			}
			Map<String, EObject> touched = ids(arrived.touched());
			if (byId != null) {
				byId.putAll(touched);
			}
			marks.mark(commit, touched);
			commitListeners.forEach(listener -> listener.accept(commit));
		});
	}

	/**
	 * @return the object with this id, from the index (made on first use, again when an object is not found in it:
	 *         created here since, or gone)
	 */
	private EObject find(String id) {
		EObject found = byId == null ? null : byId.get(id);
		if (found == null || found.eResource() != shared.model().eResource()
				|| !(found instanceof Identified identified && id.equals(identified.getId()))) {
			byId = index(shared.model());
			found = byId.get(id);
		}
		return found;
	}

	private static Map<String, EObject> ids(List<EObject> objects) {
		Map<String, EObject> byId = new HashMap<>();
		for (EObject object : objects) {
			if (object instanceof Identified identified && identified.getId() != null) {
				byId.put(identified.getId(), object);
			}
		}
		return byId;
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
		releaseOnCommit = false;
		String comment = commentPrompt.ask(shell, saving.shortName());
		if (comment == null) {
			return false;
		}
		List<String> notKept = new ArrayList<>();
		for (int attempt = 0; attempt < 5; attempt++) {
			try {
				CommitRecord commit = shared.commit(commentWith(comment, notKept), releaseOnCommit);
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

	private String askComment(Shell shell, String modelName) {
		boolean holding = holdsReservations();
		boolean[] release = { false };
		InputDialog dialog = new InputDialog(shell, "Commit to repository",
				"Your changes to " + modelName + " become one commit that everyone sees in the history. Why did you "
						+ "make them?",
				"", text -> text.isBlank() ? "Say in a few words what changed and why." : null) {
			@Override
			protected org.eclipse.swt.widgets.Control createDialogArea(org.eclipse.swt.widgets.Composite parent) {
				org.eclipse.swt.widgets.Composite area = (org.eclipse.swt.widgets.Composite) super.createDialogArea(
						parent);
				if (holding) {
					org.eclipse.swt.widgets.Button box = new org.eclipse.swt.widgets.Button(area,
							org.eclipse.swt.SWT.CHECK);
					box.setText("&Release my reservations with this commit (others may then change those objects)");
					box.addListener(org.eclipse.swt.SWT.Selection, event -> release[0] = box.getSelection());
				}
				return area;
			}
		};
		if (dialog.open() != Window.OK) {
			return null;
		}
		releaseOnCommit = release[0];
		return dialog.getValue().strip();
	}

	@Override
	public void revert(PlacewiseModelContext reverting) {
		shared.reload();
	}

	@Override
	public void dispose() {
		connection.removeCommitListener(remote);
		shared.removeReservationListener(reservationsRead);
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

}
