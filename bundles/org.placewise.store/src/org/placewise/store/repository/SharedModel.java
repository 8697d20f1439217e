package org.placewise.store.repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.cdo.CDOObject;
import org.eclipse.emf.cdo.common.branch.CDOBranch;
import org.eclipse.emf.cdo.common.id.CDOID;
import org.eclipse.emf.cdo.common.revision.CDORevision;
import org.eclipse.emf.cdo.common.revision.delta.CDOFeatureDelta;
import org.eclipse.emf.cdo.common.revision.delta.CDORevisionDelta;
import org.eclipse.emf.cdo.transaction.CDOTransaction;
import org.eclipse.emf.cdo.util.CommitConflictException;
import org.eclipse.emf.cdo.util.CommitException;
import org.eclipse.emf.cdo.util.ObjectNotFoundException;
import org.eclipse.emf.cdo.view.CDOView;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.placewise.model.core.Identified;
import org.placewise.model.core.NamedElement;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.resource.Identities;

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

	private final RepositoryConnection connection;

	private final CDOTransaction transaction;

	private final PlacewiseModel model;

	SharedModel(RepositoryConnection connection, CDOTransaction transaction, PlacewiseModel model) {
		this.connection = connection;
		this.transaction = transaction;
		this.model = model;
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
		return commit(comment, true);
	}

	private CommitRecord commit(String comment, boolean mayRetry) throws RepositoryException {
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
				return commit(comment, false);
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
		transaction.close();
	}
}
