package org.placewise.repository.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.placewise.model.core.Identified;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.edit.label.ChangeWords;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.store.repository.ModelDifference;
import org.placewise.store.repository.ModelDifference.Change;
import org.placewise.store.repository.CommitRecord;
import org.placewise.store.repository.PastModel;
import org.placewise.store.repository.RepositoryConnection;
import org.placewise.store.repository.RepositoryException;

/**
 * What one commit changed in a shared model, in words, found by comparing the model just before the commit with the
 * model just after it, object by object (by id): "Added Board: Place Board", "Delegation: ICB → Place Board,
 * £5,000,000: Financial limit £5,000,000 → £6,000,000", "Removed Role: Chair".
 */
final class CommitWords {

	/** Lines shown at most for one commit (an import adds a whole model). */
	static final int MAX_LINES = 200;

	private CommitWords() {
	}

	/**
	 * @param connection the repository
	 * @param path       the model's path
	 * @param commit     one of its commits
	 * @return one line per change, at most {@value #MAX_LINES} and a line saying how many more
	 * @throws RepositoryException when the repository cannot be read
	 */
	static List<String> describe(RepositoryConnection connection, String path, CommitRecord commit)
			throws RepositoryException {
		Map<String, EObject> before = Map.of();
		PastModel old = null;
		try {
			old = connection.openAt(path, commit.time() - 1);
			old.loadAll();
			before = SharedModelSource.index(old.model());
		} catch (RepositoryException e) {
			// The commit created the model: everything in it is new.
		}
		try (PastModel now = connection.openAt(path, commit.time())) {
			now.loadAll();
			return describe(before, SharedModelSource.index(now.model()), commit);
		} finally {
			if (old != null) {
				old.close();
			}
		}
	}

	/**
	 * @param before the model's objects by id just before the commit
	 * @param after  and just after it
	 * @param commit the commit
	 * @return one line per change
	 */
	static List<String> describe(Map<String, EObject> before, Map<String, EObject> after, CommitRecord commit) {
		List<String> lines = new ArrayList<>();
		int more = 0;
		for (String id : commit.added()) {
			if (after.containsKey(id) && !addedWithParent(after.get(id), commit)) {
				more += add(lines, "Added " + PlacewiseLabels.text(after.get(id)));
			}
		}
		for (String id : commit.changed()) {
			EObject was = before.get(id);
			EObject is = after.get(id);
			if (was == null || is == null) {
				continue;
			}
			for (EStructuralFeature feature : is.eClass().getEAllStructuralFeatures()) {
				if (feature.isDerived() || feature.isTransient()
						|| feature instanceof EReference reference && reference.isContainment()) {
					continue;
				}
				Object old = comparable(was.eGet(feature));
				Object now = comparable(is.eGet(feature));
				if (!Objects.equals(old, now)) {
					more += add(lines, PlacewiseLabels.text(was) + ": " + Words.feature(feature) + " "
							+ Words.value(feature, feature instanceof EAttribute ? was.eGet(feature) : old, before)
							+ " \u2192 "
							+ Words.value(feature, feature instanceof EAttribute ? is.eGet(feature) : now, after));
				}
			}
		}
		for (String id : commit.removed()) {
			if (before.containsKey(id) && !removedWithParent(before.get(id), commit)) {
				more += add(lines, "Removed " + PlacewiseLabels.text(before.get(id)));
			}
		}
		if (more > 0) {
			lines.add("\u2026 and " + PlacewiseLabels.count(more, "more change", "more changes"));
		}
		if (lines.isEmpty()) {
			lines.add("No values of this model changed.");
		}
		return lines;
	}

	/**
	 * What differs between two points of a shared model, in the words of {@code placewise repository diff}
	 * ({@link ChangeWords}), matched by object id.
	 *
	 * @param connection the repository
	 * @param path       the model's path
	 * @param from       the earlier point: a commit time
	 * @param to         the later point: a commit time, or {@code null} for the latest committed model
	 * @return one line per difference, at most {@value #MAX_LINES} and a line saying how many more
	 * @throws RepositoryException when the repository cannot be read, or the model did not exist at a point
	 */
	static List<String> compare(RepositoryConnection connection, String path, long from, Long to)
			throws RepositoryException {
		PlacewiseModel before = connection.readCopyAt(path, from);
		PlacewiseModel after = to == null ? connection.readCopy(path) : connection.readCopyAt(path, to);
		List<String> lines = new ArrayList<>();
		int more = 0;
		for (Change change : ModelDifference.between(before, after)) {
			more += add(lines, switch (change.kind()) {
			case ADDED -> ChangeWords.added(change.after());
			case REMOVED -> ChangeWords.removed(change.before());
			case CHANGED -> ChangeWords.changed(change.after(), change.feature(), change.oldValue(),
					change.newValue());
			});
		}
		if (more > 0) {
			lines.add("\u2026 and " + PlacewiseLabels.count(more, "more change", "more changes"));
		}
		if (lines.isEmpty()) {
			lines.add("No values of this model differ between these two points.");
		}
		return lines;
	}

	private static int add(List<String> lines, String line) {
		if (lines.size() < MAX_LINES) {
			lines.add(line);
			return 0;
		}
		return 1;
	}

	/** An object added with its container is told as part of it ("Added Board: X" covers its members). */
	private static boolean addedWithParent(EObject object, CommitRecord commit) {
		return object.eContainer() instanceof Identified parent && commit.added().contains(parent.getId());
	}

	private static boolean removedWithParent(EObject object, CommitRecord commit) {
		return object.eContainer() instanceof Identified parent && commit.removed().contains(parent.getId());
	}

	/** References compare by the ids of what they point at (the two models are different views). */
	private static Object comparable(Object value) {
		if (value instanceof List<?> list) {
			return list.stream().map(CommitWords::comparable).toList();
		}
		return value instanceof Identified identified ? identified.getId() : value;
	}
}
