package org.placewise.repository.ui;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.NotificationImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ViewerNotification;
import org.placewise.model.core.Identified;
import org.placewise.model.edit.label.PlacewiseAdapterFactory;
import org.placewise.store.repository.CommitRecord;

/**
 * What other users' commits added or changed in an open shared model, shown before each object's label in the Model
 * Explorer ("• changed by bob") until the user has looked at it (selected it anywhere in the workbench); and which
 * objects are reserved for editing, by whom and since when, for as long as they are.
 */
final class ChangeMarks {

	private final Map<String, String> marks = new ConcurrentHashMap<>();
	private final Map<String, String> reserved = new ConcurrentHashMap<>();
	private final PlacewiseAdapterFactory labels;

	/** @param labels the item providers of the model's editor, whose labels show the marks */
	ChangeMarks(PlacewiseAdapterFactory labels) {
		this.labels = labels;
		labels.setMarks(object -> object instanceof Identified identified && identified.getId() != null
				? join(reserved.get(identified.getId()), marks.get(identified.getId()))
				: null);
	}

	private static String join(String reservation, String change) {
		if (reservation == null) {
			return change;
		}
		return change == null ? reservation : reservation + ", " + change;
	}

	/**
	 * Shows who holds which reservation: "reserved by alice since 2 Dec 2026 15:40" before the object's label until it
	 * is released.
	 *
	 * @param reservations the reserved objects' ids with their marks
	 * @param find         finds an object of the model by id, to refresh the labels that changed
	 */
	void reservations(Map<String, String> reservations, Function<String, EObject> find) {
		java.util.Set<String> changed = new java.util.HashSet<>();
		for (Map.Entry<String, String> old : reserved.entrySet()) {
			if (!old.getValue().equals(reservations.get(old.getKey()))) {
				changed.add(old.getKey());
			}
		}
		for (Map.Entry<String, String> now : reservations.entrySet()) {
			if (!now.getValue().equals(reserved.get(now.getKey()))) {
				changed.add(now.getKey());
			}
		}
		reserved.clear();
		reserved.putAll(reservations);
		for (String id : changed) {
			EObject object = find.apply(id);
			if (object != null) {
				refresh(object);
			}
		}
	}

	/** @return the reserved objects' ids with their marks ("reserved by alice since ...") */
	Map<String, String> reservations() {
		return Map.copyOf(reserved);
	}

	private void refresh(EObject object) {
		labels.fireNotifyChanged(
				new ViewerNotification(new NotificationImpl(Notification.SET, null, null), object, false, true));
	}

	/**
	 * Marks what a commit added and changed, and shows the marks; the marks of objects it removed go with them.
	 *
	 * @param commit another user's commit
	 * @param byId   the objects it added and changed, by id, as they are after the commit
	 */
	void mark(CommitRecord commit, Map<String, EObject> byId) {
		commit.removed().forEach(marks::remove);
		put(commit.added(), "added by " + commit.user(), byId);
		put(commit.changed(), "changed by " + commit.user(), byId);
	}

	private void put(List<String> ids, String mark, Map<String, EObject> byId) {
		for (String id : ids) {
			EObject object = byId.get(id);
			if (object != null) {
				marks.put(id, mark);
				refresh(object);
			}
		}
	}

	/** @return the ids of the marked objects, with their marks */
	Map<String, String> marks() {
		return Map.copyOf(marks);
	}

	/**
	 * The user has looked at these objects: their marks go.
	 *
	 * @param objects what was selected
	 */
	void seen(Iterable<?> objects) {
		for (Object object : objects) {
			if (object instanceof Identified identified && identified.getId() != null
					&& marks.remove(identified.getId()) != null) {
				refresh((EObject) object);
			}
		}
	}

	/** Stops marking. */
	void dispose() {
		marks.clear();
		reserved.clear();
		labels.setMarks(object -> null);
	}
}
