package org.placewise.store.repository;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.cdo.CDOObject;
import org.eclipse.emf.cdo.CDOState;
import org.eclipse.emf.cdo.common.branch.CDOBranchVersion;
import org.eclipse.emf.cdo.common.id.CDOID;
import org.eclipse.emf.cdo.common.revision.CDOIDAndVersion;
import org.eclipse.emf.cdo.common.revision.CDORevision;
import org.eclipse.emf.cdo.common.revision.CDORevisionKey;
import org.eclipse.emf.cdo.common.revision.delta.CDOAddFeatureDelta;
import org.eclipse.emf.cdo.common.revision.delta.CDOFeatureDelta;
import org.eclipse.emf.cdo.common.revision.delta.CDOListFeatureDelta;
import org.eclipse.emf.cdo.common.revision.delta.CDORevisionDelta;
import org.eclipse.emf.cdo.common.revision.delta.CDOSetFeatureDelta;
import org.eclipse.emf.cdo.session.CDOSessionInvalidationEvent;
import org.eclipse.emf.cdo.spi.common.revision.InternalCDORevision;
import org.eclipse.emf.cdo.spi.common.revision.InternalCDORevisionManager;
import org.eclipse.emf.cdo.transaction.CDOTransaction;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.notify.impl.NotificationChainImpl;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.internal.cdo.object.CDONotificationBuilder;
import org.eclipse.emf.spi.cdo.FSMUtil;
import org.eclipse.net4j.util.event.IEvent;
import org.eclipse.net4j.util.event.IListener;

/**
 * What another user's commit changed in an open {@link SharedModel}, ready to be told to the model's adapters (item
 * providers, checkers, viewers) as the EMF notifications an edit would have sent: CDO 4.7 brings the commit into the
 * model (passive update) but only marks the changed objects out of date, so without this only a rebuild of everything
 * shows it. The revisions before and after the commit are read from the repository when the changes are
 * {@linkplain SharedModel#arrived(CommitRecord) asked for}, off the UI thread; {@link #notifyAdapters()} then runs
 * where the model's adapters expect their notifications (the UI thread).
 * <p>
 * A commit that removed objects is told in place too, though CDO has made the removed objects unreadable
 * ({@code INVALID}) before anyone can be told: their containers' {@code REMOVE} notifications carry no old value (see
 * {@link #notifyAdapters()}), and {@link #removedTypes()} names the removed objects' classes, read from the repository,
 * for whatever must re-check what depended on them without reading them (the incremental checker). A commit that
 * touched objects with uncommitted local changes (a locally changed object shows mine, not theirs), or that cannot be
 * read, cannot be told change by change: {@link #needsWholeModel()} says so and the caller shows the model again whole.
 */
public final class ArrivedChanges {

	/** One changed object: its revision before the commit and what the commit changed in it. */
	private record Change(CDOObject object, InternalCDORevision before, CDORevisionDelta delta) {
	}

	private final CDOTransaction transaction;
	private final List<CDOObject> changed;
	private final List<Change> changes;
	private final Set<EClass> removedTypes;
	private final boolean wholeModel;

	private ArrivedChanges(CDOTransaction transaction, List<CDOObject> changed, List<Change> changes,
			Set<EClass> removedTypes, boolean wholeModel) {
		this.transaction = transaction;
		this.changed = changed;
		this.changes = changes;
		this.removedTypes = removedTypes;
		this.wholeModel = wholeModel;
	}

	/**
	 * @return whether the commit cannot be told change by change (it changed objects that have uncommitted local
	 *         changes, or could not be read): show the model again whole
	 */
	public boolean needsWholeModel() {
		return wholeModel;
	}

	/** @return how many of the model's objects the commit changed (added and removed objects' containers included) */
	public int changedObjects() {
		return changed.size();
	}

	/**
	 * @return the classes of the objects the commit removed from the model (contained ones included); empty when it
	 *         removed nothing. The removed objects cannot be read any more: tell these to whatever must work out what
	 *         depended on them (the incremental checker)
	 */
	public Set<EClass> removedTypes() {
		return removedTypes;
	}

	/**
	 * Tells every change to the changed objects' adapters, in the order of the commit, as {@code SET}, {@code ADD},
	 * {@code REMOVE} and {@code MOVE} notifications with old and new values. Call it on the thread the model's adapters
	 * expect (the UI thread in the workbench), once.
	 * <p>
	 * An object the commit removed is told as a containment {@code REMOVE} (or {@code SET}) whose old value is
	 * {@code null}: by the time the commit is told, CDO has made the removed object {@code INVALID}, so that reading
	 * any of its features, or its contents, throws; and an {@link org.eclipse.emf.ecore.util.EContentAdapter} given it
	 * would read its contents to stop listening to them (given CDO's id instead, it fails casting it). Viewers refresh
	 * the container from the notification alone; what must know which objects went learns their {@link #removedTypes()}
	 * (the incremental checker drops their findings by identity: they are no longer in the model).
	 */
	public void notifyAdapters() {
		CDONotificationBuilder builder = new CDONotificationBuilder(transaction);
		for (Change change : changes) {
			NotificationChain chain = builder.buildNotification((InternalEObject) change.object(), change.before(),
					change.delta(), Set.of());
			if (chain instanceof NotificationChainImpl notifications) {
				for (Notification notification : notifications) {
					((Notifier) notification.getNotifier()).eNotify(withoutUnreadable(notification));
				}
			} else {
				chain.dispatch();
			}
		}
	}

	/** A containment removal whose old value CDO made unreadable (or left as its id), told without it. */
	private static Notification withoutUnreadable(Notification notification) {
		int type = notification.getEventType();
		boolean removal = type == Notification.REMOVE || type == Notification.SET || type == Notification.UNSET;
		Object old = notification.getOldValue();
		if (!removal || !(notification.getFeature() instanceof EReference reference) || !reference.isContainment()
				|| old == null || old instanceof CDOObject object && !FSMUtil.isInvalid(object)) {
			return notification;
		}
		return new ENotificationImpl((InternalEObject) notification.getNotifier(), type, reference, null,
				type == Notification.REMOVE ? null : notification.getNewValue(), notification.getPosition());
	}

	/**
	 * @return the objects the commit changed or added (with everything an added object contains), as the model has them
	 *         now
	 */
	public List<EObject> touched() {
		Set<EObject> touched = new LinkedHashSet<>(changed);
		for (Change change : changes) {
			for (CDOFeatureDelta delta : change.delta().getFeatureDeltas()) {
				if (delta.getFeature() instanceof EReference reference && reference.isContainment()) {
					addedBy(delta, touched);
				}
			}
		}
		return new ArrayList<>(touched);
	}

	private void addedBy(CDOFeatureDelta delta, Set<EObject> touched) {
		if (delta instanceof CDOListFeatureDelta list) {
			list.getListChanges().forEach(change -> addedBy(change, touched));
			return;
		}
		Object value = delta instanceof CDOAddFeatureDelta add ? add.getValue()
				: delta instanceof CDOSetFeatureDelta set ? set.getValue() : null;
		EObject added = value instanceof CDOID id && !id.isNull() ? transaction.getObject(id, true)
				: value instanceof EObject object ? object : null;
		if (added != null && touched.add(added)) {
			added.eAllContents().forEachRemaining(touched::add);
		}
	}

	/**
	 * Listens for other users' commits reaching one open model's session and reads what they changed in the model. The
	 * commit's ids are noted as the session hears of it (before the model is brought up to date); the revisions are
	 * read when {@link #of(CommitRecord)} asks.
	 */
	static final class Arrivals implements AutoCloseable {

		/** Commits noted and not yet asked for; older ones are dropped (nobody asked: no editor shows the model). */
		private static final int NOTED_AT_MOST = 100;

		private final RepositoryConnection connection;
		private final CDOTransaction transaction;
		private final Resource resource;
		private final Map<Long, CDOSessionInvalidationEvent> noted = new LinkedHashMap<>() {
			private static final long serialVersionUID = 1L;

			@Override
			protected boolean removeEldestEntry(Map.Entry<Long, CDOSessionInvalidationEvent> eldest) {
				return size() > NOTED_AT_MOST;
			}
		};
		private final IListener noting = this::note;

		Arrivals(RepositoryConnection connection, CDOTransaction transaction, Resource resource) {
			this.connection = connection;
			this.transaction = transaction;
			this.resource = resource;
			connection.session().addListener(noting);
		}

		private void note(IEvent event) {
			if (event instanceof CDOSessionInvalidationEvent commit && commit.isRemote()) {
				synchronized (noted) {
					noted.put(commit.getTimeStamp(), commit);
				}
			}
		}

		/**
		 * @param commit another user's commit, once it has reached the model
		 * @return what it changed in the model, or {@code null} when it changed nothing of it
		 */
		ArrivedChanges of(CommitRecord commit) {
			CDOSessionInvalidationEvent info;
			synchronized (noted) {
				info = noted.remove(commit.time());
			}
			if (info == null || transaction.isClosed()) {
				return null;
			}
			try {
				return read(info);
			} catch (RuntimeException e) {
				// Connection lost or the model closing meanwhile: whoever shows the model reads it again whole.
				return transaction.isClosed() ? null
						: new ArrivedChanges(transaction, List.of(), List.of(), Set.of(), true);
			}
		}

		private ArrivedChanges read(CDOSessionInvalidationEvent info) {
			InternalCDORevisionManager revisions = (InternalCDORevisionManager) connection.session()
					.getRevisionManager();
			List<CDOObject> changed = new ArrayList<>();
			List<Change> changes = new ArrayList<>();
			boolean wholeModel = false;
			for (CDORevisionKey key : info.getChangedObjects()) {
				CDOObject object = transaction.getObject(key.getID(), false);
				if (object == null || object.eResource() != resource) {
					continue;
				}
				changed.add(object);
				CDOState state = object.cdoState();
				if (state == CDOState.DIRTY || state == CDOState.CONFLICT || state == CDOState.NEW) {
					wholeModel = true;
					continue;
				}
				// Passive updates carry only ids and versions: the key is the revision the commit replaced.
				InternalCDORevision before = revisions.getRevisionByVersion(key.getID(), key, CDORevision.UNCHUNKED,
						true);
				CDOBranchVersion next = key.getBranch().getVersion(key.getVersion() + 1);
				InternalCDORevision after = revisions.getRevisionByVersion(key.getID(), next, CDORevision.UNCHUNKED,
						true);
				if (before == null || after == null) {
					wholeModel = true;
					continue;
				}
				changes.add(new Change(object, before, after.compare(before)));
			}
			if (changed.isEmpty()) {
				return null;
			}
			// Objects removed: their container (changed, above) is of this model; CDO has made them unreadable, but
			// knows their classes.
			Set<EClass> removedTypes = new LinkedHashSet<>();
			for (CDOIDAndVersion detached : info.getDetachedObjects()) {
				EClass type = revisions.getObjectType(detached.getID(), connection.session().getBranchManager());
				if (type == null) {
					wholeModel = true;
				} else {
					removedTypes.add(type);
				}
			}
			return new ArrivedChanges(transaction, List.copyOf(changed), List.copyOf(changes), Set.copyOf(removedTypes),
					wholeModel || transaction.hasConflict());
		}

		@Override
		public void close() {
			connection.session().removeListener(noting);
			synchronized (noted) {
				noted.clear();
			}
		}
	}
}
