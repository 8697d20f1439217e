package org.placewise.repository.ui;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.NotificationImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ViewerNotification;
import org.placewise.model.core.Identified;
import org.placewise.model.edit.label.PlacewiseAdapterFactory;
import org.placewise.store.repository.CommitRecord;

/**
 * What other users' commits added or changed in an open shared model, shown after each object's label in the Model
 * Explorer ("• changed by bob") until the user has looked at it (selected it anywhere in the workbench).
 */
final class ChangeMarks {

	private final Map<String, String> marks = new ConcurrentHashMap<>();
	private final PlacewiseAdapterFactory labels;

	/** @param labels the item providers of the model's editor, whose labels show the marks */
	ChangeMarks(PlacewiseAdapterFactory labels) {
		this.labels = labels;
		labels.setMarks(object -> object instanceof Identified identified && identified.getId() != null
				? marks.get(identified.getId())
				: null);
	}

	/**
	 * Marks what a commit added and changed.
	 *
	 * @param commit another user's commit
	 * @param byId   the model's objects by id, after the commit
	 */
	void mark(CommitRecord commit, Map<String, EObject> byId) {
		put(commit.added(), "added by " + commit.user(), byId);
		put(commit.changed(), "changed by " + commit.user(), byId);
	}

	private void put(List<String> ids, String mark, Map<String, EObject> byId) {
		for (String id : ids) {
			if (byId.containsKey(id)) {
				marks.put(id, mark);
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
				labels.fireNotifyChanged(new ViewerNotification(new NotificationImpl(Notification.SET, null, null),
						(EObject) object, false, true));
			}
		}
	}

	/** Stops marking. */
	void dispose() {
		marks.clear();
		labels.setMarks(object -> null);
	}
}
