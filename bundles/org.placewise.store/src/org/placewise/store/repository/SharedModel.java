package org.placewise.store.repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.emf.cdo.CDOObject;
import org.eclipse.emf.cdo.common.branch.CDOBranch;
import org.eclipse.emf.cdo.common.id.CDOID;
import org.eclipse.emf.cdo.common.id.CDOIDUtil;
import org.eclipse.emf.cdo.common.revision.CDORevision;
import org.eclipse.emf.cdo.common.revision.delta.CDOFeatureDelta;
import org.eclipse.emf.cdo.common.revision.delta.CDORevisionDelta;
import org.eclipse.emf.cdo.transaction.CDODefaultTransactionHandler1;
import org.eclipse.emf.cdo.transaction.CDOSavepoint;
import org.eclipse.emf.cdo.transaction.CDOTransaction;
import org.eclipse.emf.cdo.util.CommitConflictException;
import org.eclipse.emf.cdo.util.CommitException;
import org.eclipse.emf.cdo.util.ObjectNotFoundException;
import org.eclipse.emf.cdo.view.CDOView;
import org.eclipse.emf.cdo.view.CDOViewLocksChangedEvent;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.placewise.model.core.Identified;
import org.placewise.model.core.NamedElement;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.resource.Identities;
import org.placewise.store.ModelMigration;

/**
 * A repository model open for editing: changes stay local until {@link #commit(String)}; other users' commits arrive as
 * they happen (passive updates) and show in {@link #model()} straight away.
 * <p>
 * When another user committed a value this workbench has also changed, nothing is overwritten silently: the commit is
 * refused with a {@link ConflictException} listing both values, and the user settles each with
 * {@link #resolve(Function)} (keep mine / take theirs) or drops every local change with {@link #reload()}. Changes to
 * different values of the same object are not conflicts: both are kept.
 */
public final class SharedModel implements AutoCloseable {

	/** How long to wait for another user's commit to reach this session once the server reports a conflict. */
	private static final long UPDATE_WAIT_MILLIS = 30_000;

	/** How long a reservation waits for a commit being written to the object (not for another user's reservation). */
	private static final long RESERVE_WAIT_MILLIS = 5_000;

	private final RepositoryConnection connection;

	private final CDOTransaction transaction;

	private final PlacewiseModel model;

	/** Other users' reservations on this model's objects, by CDO id, as last read from the server. */
	private volatile Map<CDOID, Reservation> reservedByOthers = Map.of();

	/** Every reservation on this model's objects (mine included), as last read from the server. */
	private volatile List<Reservation> reservations = List.of();

	private final java.util.concurrent.atomic.AtomicLong reservationReads = new java.util.concurrent.atomic.AtomicLong();

	private long appliedReservationRead;

	private final List<Consumer<List<Reservation>>> reservationListeners = new CopyOnWriteArrayList<>();

	private final ExecutorService reservationReader = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "placewise-reservations");
		thread.setDaemon(true);
		return thread;
	});

	private volatile ReservedException refusedChange;

	private final ModelMigration.Result migration;

	private final Consumer<CommitRecord> commitArrived = commit -> refreshReservationsLater();

	private final ReservationBook book;

	/** This model in the book: {@code user@host:port/repository/path}. */
	private final String bookEntry;

	private final ArrivedChanges.Arrivals arrivals;

	SharedModel(RepositoryConnection connection, CDOTransaction transaction, PlacewiseModel model,
			ReservationBook book, String bookEntry) {
		this.connection = connection;
		this.transaction = transaction;
		this.model = model;
		this.book = book;
		this.bookEntry = bookEntry;
		// A commit keeps the user's reservations unless they ask to release them (commit(comment, true)).
		transaction.options().setAutoReleaseLocksEnabled(false);
		// Tell this session when anyone's locks change (the server sends them only to sessions whose views ask).
		transaction.options().setLockNotificationEnabled(true);
		transaction.addTransactionHandler(new CDODefaultTransactionHandler1() {
			@Override
			public void modifyingObject(CDOTransaction changing, CDOObject object, CDOFeatureDelta delta) {
				refuseIfReserved(object);
			}

			@Override
			public void detachingObject(CDOTransaction changing, CDOObject object) {
				refuseIfReserved(object);
			}
		});
		// Another user reserved or released something: read who holds what again, off the notifying thread.
		transaction.addListener(event -> {
			if (event instanceof CDOViewLocksChangedEvent) {
				refreshReservationsLater();
			}
		});
		connection.addCommitListener(commitArrived);
		this.arrivals = new ArrivedChanges.Arrivals(connection, transaction, model.eResource());
		refreshReservationsLater();
		// A model committed by an earlier Placewise is brought up to the current format as a file is when opened: in
		// this transaction only, so the repository's copy changes with the user's next commit.
		this.migration = ModelMigration.versionOf(model) < ModelMigration.CURRENT_VERSION
				? ModelMigration.migrate(model)
				: null;
	}

	/**
	 * @return what opening migrated, when the model in the repository was committed by an earlier version of Placewise
	 *         (format version absent or lower); the changes are local until the next commit
	 */
	public java.util.Optional<ModelMigration.Result> migration() {
		return java.util.Optional.ofNullable(migration);
	}

	private void refuseIfReserved(CDOObject object) {
		Reservation held = reservedByOthers.get(object.cdoID());
		if (held != null) {
			ReservedException refused = new ReservedException(object, held,
					describe(object) + " is reserved for editing by " + held.user() + " since "
							+ held.since() + ": only they can change it until they release it.");
			// Recorded, not thrown: CDO 4.7 calls this once the value is already in the object, and an exception here
			// would leave it changed but unknown to the transaction. The change is undone whole by undoRefused().
			if (refusedChange == null) {
				refusedChange = refused;
			}
		}
	}

	/**
	 * Makes one change to the model, unless it touches an object another user has reserved: then everything the change
	 * did is undone (CDO savepoint) and the refusal thrown. Changes made outside this method (or the editor's command
	 * stack, which calls {@link #checkpoint()} and {@link #undoRefused()} around each command) are not undone here; the
	 * server still refuses their commit, naming the holder.
	 *
	 * @param change the change
	 * @throws ReservedException naming the object and its holder; the model is as it was before the change
	 */
	public void change(Runnable change) {
		checkpoint();
		change.run();
		ReservedException refused = undoRefused();
		if (refused != null) {
			throw refused;
		}
	}

	/**
	 * Marks the point a refused change goes back to: the editor calls it after each command, so that a command refused
	 * part way is undone whole by {@link #undoRefused()}.
	 */
	public void checkpoint() {
		CDOSavepoint last = transaction.getLastSavepoint();
		if (!last.getDirtyObjects().isEmpty() || !last.getNewObjects().isEmpty()
				|| !last.getDetachedObjects().isEmpty()) {
			transaction.setSavepoint();
		}
		refusedChange = null;
	}

	/**
	 * Undoes everything changed since the last {@link #checkpoint()} when a change to a reserved object was refused
	 * meanwhile.
	 *
	 * @return the refusal, or {@code null} when nothing was refused (and nothing is undone)
	 */
	public ReservedException undoRefused() {
		ReservedException refused = refusedChange;
		if (refused != null) {
			transaction.getLastSavepoint().rollback();
			refusedChange = null;
		}
		return refused;
	}

	/**
	 * Reserves an object for editing: until it is released (or this model is closed) only this user, in this open
	 * model, may change it; other users' changes and commits to it are refused, naming the holder. Viewers may not
	 * reserve.
	 *
	 * @param object an object of this model, already committed
	 * @throws RepositoryException when someone else holds it, the object is not yet committed, or the server refuses
	 */
	public void reserve(EObject object) throws RepositoryException {
		CDOObject cdo = (CDOObject) object;
		if (cdo.cdoState() == org.eclipse.emf.cdo.CDOState.NEW) {
			throw new RepositoryException(
					describe(object) + " is not in the repository yet: commit it before reserving it.");
		}
		refreshReservations();
		Reservation held = reservedByOthers.get(cdo.cdoID());
		if (held != null) {
			throw new RepositoryException(describe(object) + " is already reserved for editing by "
					+ held.user() + " since " + held.since() + ".");
		}
		try {
			keepReservationsDurably();
			cdo.cdoWriteLock().lock(RESERVE_WAIT_MILLIS);
		} catch (java.util.concurrent.TimeoutException e) {
			throw new RepositoryException(describe(object) + " could not be reserved: another user's "
					+ "commit to it is still being written. Try again.", e);
		} catch (RuntimeException e) {
			if (connection.isLost()) {
				throw connection.lost(e);
			}
			throw new RepositoryException("The repository refused to reserve " + describe(object) + ": "
					+ RepositoryConnection.refusalReason(e), e);
		} finally {
			refreshReservations();
		}
	}

	/**
	 * Releases this user's reservation of an object (nothing happens when it is not reserved here).
	 *
	 * @param object an object of this model
	 */
	public void release(EObject object) {
		CDOObject cdo = (CDOObject) object;
		if (cdo.cdoWriteLock().isLocked()) {
			cdo.cdoWriteLock().unlock();
		}
		forgetTicketWhenNoneHeld(refreshReservations());
	}

	/**
	 * Makes this model's reservations durable before its first one is taken: the server then keeps them when the model
	 * is closed, the connection is lost or the server restarts, until they are released; the ticket kept in the book
	 * takes them back when the user opens the model again.
	 */
	private void keepReservationsDurably() {
		if (transaction.getDurableLockingID() == null) {
			book.keep(bookEntry, transaction.enableDurableLocking());
		}
	}

	/** Once nothing is reserved here any more, the server's record and the ticket go (no empty record is left). */
	private void forgetTicketWhenNoneHeld(List<Reservation> all) {
		if (transaction.isClosed() || connection.isLost() || transaction.getDurableLockingID() == null
				|| all.stream().anyMatch(Reservation::mine)) {
			return;
		}
		try {
			transaction.disableDurableLocking(false);
			book.forget(bookEntry);
		} catch (RuntimeException e) {
			// Lost meanwhile: the ticket stays and the empty record is found again on reopening.
		}
	}

	/** @return the ticket that takes this model's reservations back on reopening, or null when none is durable */
	public String reservationTicket() {
		return transaction.isClosed() ? null : transaction.getDurableLockingID();
	}

	/**
	 * Reads from the server who holds which of this model's objects now, and tells the reservation listeners.
	 *
	 * @return every reservation on this model's objects
	 */
	public List<Reservation> refreshReservations() {
		if (connection.isLost() || transaction.isClosed()) {
			return reservations;
		}
		long ticket = reservationReads.incrementAndGet();
		Map<CDOID, Reservation> others = new LinkedHashMap<>();
		List<Reservation> all = new ArrayList<>();
		try {
			List<String> lines = transaction.createQuery(Reservation.QUERY_LANGUAGE, "").getResult(String.class);
			for (String line : lines) {
				String[] parts = line.split("\t");
				CDOID id = CDOIDUtil.read(parts[0]);
				EObject object;
				try {
					object = transaction.getObject(id);
				} catch (ObjectNotFoundException | IllegalStateException gone) {
					continue;
				}
				if (object.eResource() != model.eResource()) {
					continue;
				}
				Reservation reservation = new Reservation(idOf(object), parts[1],
						java.time.Instant.ofEpochMilli(Long.parseLong(parts[2])), "1".equals(parts[3]));
				all.add(reservation);
				if (!reservation.mine()) {
					others.put(id, reservation);
				}
			}
		} catch (RuntimeException e) {
			// Connection lost or closing: keep what was known; the commit itself is still checked by the server.
			return reservations;
		}
		synchronized (reservationReads) {
			// A read that started before the one already applied knows less: keep the newer one.
			if (ticket < appliedReservationRead) {
				return reservations;
			}
			appliedReservationRead = ticket;
			reservedByOthers = Map.copyOf(others);
			reservations = List.copyOf(all);
		}
		reservationListeners.forEach(listener -> listener.accept(reservations));
		return reservations;
	}

	private void refreshReservationsLater() {
		if (!reservationReader.isShutdown()) {
			try {
				reservationReader.execute(this::refreshReservations);
			} catch (java.util.concurrent.RejectedExecutionException closing) {
				// closed meanwhile
			}
		}
	}

	/** @return every reservation on this model's objects, as last read from the server */
	public List<Reservation> reservations() {
		return reservations;
	}

	/**
	 * @param object an object of this model
	 * @return the reservation another user (or another open copy) holds on it, or {@code null}
	 */
	public Reservation reservedByOthers(EObject object) {
		return object instanceof CDOObject cdo ? reservedByOthers.get(cdo.cdoID()) : null;
	}

	/**
	 * @param object an object of this model
	 * @return whether this open model holds its reservation
	 */
	public boolean isReservedByMe(EObject object) {
		return object instanceof CDOObject cdo && cdo.cdoState() != org.eclipse.emf.cdo.CDOState.NEW
				&& cdo.cdoWriteLock().isLocked();
	}

	/** @param listener told (on a background thread) each time the reservations were read again */
	public void addReservationListener(Consumer<List<Reservation>> listener) {
		reservationListeners.add(listener);
	}

	/** @param listener a listener added before */
	public void removeReservationListener(Consumer<List<Reservation>> listener) {
		reservationListeners.remove(listener);
	}

	/**
	 * What another user's commit changed in this model, to tell the model's adapters change by change. It reads
	 * revisions from the repository: call it off the UI thread, from a
	 * {@linkplain RepositoryConnection#addCommitListener(Consumer) commit listener}, once per commit.
	 *
	 * @param commit another user's commit, as the commit listeners are told of it
	 * @return what it changed here, or {@code null} when it changed nothing of this model
	 */
	public ArrivedChanges arrived(CommitRecord commit) {
		return arrivals.of(commit);
	}

	/** @return the live model; edit it like any EMF model */
	public PlacewiseModel model() {
		return model;
	}

	/**
	 * Reads every object of the model from the server in one request, rather than one containment list at a time as
	 * they are first looked at: worth it before walking the whole model (checks, diagrams, an editor's explorer).
	 */
	public void loadAll() {
		((org.eclipse.emf.cdo.eresource.CDOResource) model.eResource()).cdoPrefetch(CDORevision.DEPTH_INFINITE);
	}

	/** @return the model's repository path */
	public String path() {
		return ((CDOObject) model).cdoResource().getPath();
	}

	/** @return whether there are local changes not yet committed */
	public boolean isDirty() {
		return transaction.isDirty();
	}

	/**
	 * Commits every local change as one commit.
	 *
	 * @param comment why, as the history will show it
	 * @return the commit, or {@code null} when there was nothing to commit
	 * @throws ConflictException   when another user changed one of the same values meanwhile; nothing was written and
	 *                             every local change is still here
	 * @throws RepositoryException when the server refuses the commit (for example for a viewer); nothing was written
	 */
	public CommitRecord commit(String comment) throws RepositoryException {
		return commit(comment, false);
	}

	/**
	 * Commits every local change as one commit, keeping or releasing this user's reservations.
	 *
	 * @param comment             why, as the history will show it
	 * @param releaseReservations whether every reservation held here ends with the commit
	 * @return the commit, or {@code null} when there was nothing to commit
	 * @throws RepositoryException as {@link #commit(String)}
	 */
	public CommitRecord commit(String comment, boolean releaseReservations) throws RepositoryException {
		if (connection.isLost() || transaction.isClosed()) {
			// A transaction closed with its lost connection refuses even its options: say what happened instead.
			throw connection.lost(null);
		}
		transaction.options().setAutoReleaseLocksEnabled(releaseReservations);
		try {
			return commitOnce(comment, true);
		} finally {
			if (!transaction.isClosed()) {
				transaction.options().setAutoReleaseLocksEnabled(false);
			}
			if (releaseReservations && !transaction.isClosed()) {
				forgetTicketWhenNoneHeld(refreshReservations());
			}
		}
	}

	private CommitRecord commitOnce(String comment, boolean mayRetry) throws RepositoryException {
		if (connection.isLost()) {
			// Checked first: a closed transaction no longer says it is dirty, and "nothing to commit" would be a lie.
			throw connection.lost(null);
		}
		if (!transaction.isDirty()) {
			return null;
		}
		List<Conflict> known = transaction.hasConflict() ? conflicts() : List.of();
		if (!known.isEmpty()) {
			throw new ConflictException(path(), known, null);
		}
		if (transaction.hasConflict()) {
			// Only different values of the same objects changed: take theirs and re-apply ours, losing nothing.
			resolve(conflict -> Resolution.KEEP_MINE);
		}
		for (CDOObject created : transaction.getNewObjects().values()) {
			if (created instanceof Identified identified && identified.getId() == null) {
				identified.setId(Identities.newId());
			}
		}
		transaction.setCommitComment(comment);
		try {
			return connection.record(transaction.commit());
		} catch (CommitConflictException e) {
			waitForOtherCommits();
			List<Conflict> conflicts = conflicts();
			if (conflicts.isEmpty() && mayRetry) {
				// They changed other values of the same objects: bring theirs in, keep ours, and try once more.
				resolve(conflict -> Resolution.KEEP_MINE);
				return commitOnce(comment, false);
			}
			throw new ConflictException(path(), conflicts, e);
		} catch (CommitException | RuntimeException e) {
			if (connection.isLost()) {
				throw connection.lost(e);
			}
			if (e instanceof RuntimeException unexpected) {
				throw unexpected;
			}
			throw new RepositoryException("The repository refused the commit to " + path() + ": "
					+ RepositoryConnection.refusalReason(e) + ". Nothing was written; your changes are still here.", e);
		}
	}

	/**
	 * @return every value this workbench changed that another user has committed a different value for since, with both
	 *         values; empty when there is nothing to settle
	 */
	public List<Conflict> conflicts() {
		List<Conflict> conflicts = new ArrayList<>();
		CDOView head = connection.session().openView();
		try {
			CDOBranch branch = transaction.getBranch();
			for (Map.Entry<CDOID, CDORevisionDelta> entry : transaction.getRevisionDeltas().entrySet()) {
				CDOObject mine = transaction.getDirtyObjects().get(entry.getKey());
				if (mine == null) {
					continue;
				}
				CDORevisionDelta myDelta = entry.getValue();
				CDOObject theirs;
				try {
					theirs = head.getObject(entry.getKey());
				} catch (ObjectNotFoundException removed) {
					conflicts.add(new Conflict(idOf(mine), describe(mine), null, "changed", null,
							"another user"));
					continue;
				}
				CDORevision theirRevision = theirs.cdoRevision();
				if (theirRevision.getVersion() <= myDelta.getVersion()) {
					continue;
				}
				CDORevision base = connection.session().getRevisionManager().getRevisionByVersion(entry.getKey(),
						branch.getVersion(myDelta.getVersion()), CDORevision.UNCHUNKED, true);
				CDORevisionDelta theirDelta = theirRevision.compare(base);
				String theirUser = lastCommitter(theirRevision);
				for (CDOFeatureDelta myChange : myDelta.getFeatureDeltas()) {
					EStructuralFeature feature = myChange.getFeature();
					if (theirDelta.getFeatureDelta(feature) == null) {
						continue;
					}
					Object myValue = displayed(feature, mine.eGet(feature));
					Object theirValue = displayed(feature, theirs.eGet(feature));
					if (!java.util.Objects.equals(myValue, theirValue)) {
						conflicts.add(new Conflict(idOf(mine), describe(mine), feature.getName(), myValue, theirValue,
								theirUser));
					}
				}
			}
		} finally {
			head.close();
		}
		return conflicts;
	}

	/** Keeps this workbench's value in every conflict. */
	public void keepMine() {
		resolve(conflict -> Resolution.KEEP_MINE);
	}

	/** Takes the other user's value in every conflict; local changes to other values stay. */
	public void takeTheirs() {
		resolve(conflict -> Resolution.TAKE_THEIRS);
	}

	/**
	 * Settles the conflicts: the model is brought up to the latest commit and each local change is applied again unless
	 * its conflict was settled with {@link Resolution#TAKE_THEIRS}. Objects created locally are kept.
	 *
	 * @param choice the resolution of each conflict in {@link #conflicts()}
	 */
	public void resolve(Function<Conflict, Resolution> choice) {
		Set<String> takeTheirs = new HashSet<>();
		for (Conflict conflict : conflicts()) {
			if (choice.apply(conflict) == Resolution.TAKE_THEIRS) {
				takeTheirs.add(conflict.objectId() + "#" + conflict.feature());
			}
		}
		// Remember every local change by object and feature, with objects created here copied (ids included).
		Map<CDOObject, Map<EStructuralFeature, Object>> changes = new LinkedHashMap<>();
		for (Map.Entry<CDOID, CDORevisionDelta> entry : transaction.getRevisionDeltas().entrySet()) {
			CDOObject object = transaction.getDirtyObjects().get(entry.getKey());
			if (object == null) {
				continue;
			}
			Map<EStructuralFeature, Object> values = new LinkedHashMap<>();
			for (CDOFeatureDelta delta : entry.getValue().getFeatureDeltas()) {
				EStructuralFeature feature = delta.getFeature();
				if (takeTheirs.contains(idOf(object) + "#" + feature.getName())) {
					continue;
				}
				Object value = object.eGet(feature);
				values.put(feature, value instanceof Collection<?> list ? new ArrayList<>(list) : value);
			}
			changes.put(object, values);
		}
		Set<CDOObject> created = new HashSet<>(transaction.getNewObjects().values());
		List<EObject> createdRoots = new ArrayList<>();
		for (CDOObject object : created) {
			if (!created.contains(object.eContainer())
					&& !(object instanceof org.eclipse.emf.cdo.eresource.CDOResourceNode)) {
				createdRoots.add(object);
			}
		}
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		copier.copyAll(createdRoots);
		copier.copyReferences();

		transaction.rollback();

		// Containment first, so references to re-created objects point at attached objects.
		for (boolean containment : new boolean[] { true, false }) {
			for (Map.Entry<CDOObject, Map<EStructuralFeature, Object>> object : changes.entrySet()) {
				for (Map.Entry<EStructuralFeature, Object> change : object.getValue().entrySet()) {
					EStructuralFeature feature = change.getKey();
					boolean isContainment = feature instanceof EReference reference && reference.isContainment();
					if (isContainment == containment) {
						object.getKey().eSet(feature, remap(change.getValue(), copier));
					}
				}
			}
		}
	}

	private static Object remap(Object value, EcoreUtil.Copier copier) {
		if (value instanceof List<?> list) {
			List<Object> mapped = new ArrayList<>(list.size());
			for (Object element : list) {
				mapped.add(copier.containsKey(element) ? copier.get(element) : element);
			}
			return mapped;
		}
		return value instanceof EObject object && copier.containsKey(object) ? copier.get(object) : value;
	}

	/** Drops every local change and shows the latest committed model. */
	public void reload() {
		transaction.rollback();
	}

	private void waitForOtherCommits() {
		// The server knows of a newer commit than this session has seen: wait until its changes have arrived here.
		long last = connection.session().getCommitInfoManager().getLastCommitOfBranch(transaction.getBranch(), true);
		connection.session().waitForUpdate(last, UPDATE_WAIT_MILLIS);
	}

	private String lastCommitter(CDORevision revision) {
		var info = connection.session().getCommitInfoManager().getCommitInfo(revision.getTimeStamp());
		return info != null && info.getUserID() != null ? info.getUserID() : "another user";
	}

	private static Object displayed(EStructuralFeature feature, Object value) {
		if (!(feature instanceof EReference)) {
			return value instanceof Collection<?> list ? List.copyOf(list) : value;
		}
		if (value instanceof Collection<?> list) {
			return list.stream().map(element -> idOf((EObject) element)).toList();
		}
		return value == null ? null : idOf((EObject) value);
	}

	private static String idOf(EObject object) {
		return object instanceof Identified identified ? identified.getId() : EcoreUtil.getURI(object).fragment();
	}

	private static String describe(EObject object) {
		StringBuilder text = new StringBuilder(object.eClass().getName());
		if (object instanceof NamedElement named && named.getName() != null) {
			text.append(" '").append(named.getName()).append('\'');
		}
		return text.append(" (id ").append(idOf(object)).append(')').toString();
	}

	/** Closes the model; uncommitted changes are dropped. */
	@Override
	public void close() {
		connection.removeCommitListener(commitArrived);
		arrivals.close();
		reservationReader.shutdownNow();
		transaction.close();
	}
}
