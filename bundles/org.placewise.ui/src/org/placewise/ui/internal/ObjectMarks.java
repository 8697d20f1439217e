package org.placewise.ui.internal;

import org.eclipse.emf.ecore.EObject;
import org.placewise.model.core.Identified;

/**
 * What the place a model lives in knows of its objects beyond the model itself, for every view that shows them: today
 * which objects are reserved for editing, by whom and since when (a shared repository model). A {@link ModelSource}
 * supplies them; a model file has none. The register, diagrams and Properties show them without knowing where they come
 * from.
 */
public interface ObjectMarks {

	/** No marks: a model file. */
	ObjectMarks NONE = new ObjectMarks() {
		@Override
		public String reservation(String objectId) {
			return null;
		}

		@Override
		public void addListener(Runnable changed) {
			// nothing ever changes
		}

		@Override
		public void removeListener(Runnable changed) {
			// nothing to remove
		}
	};

	/**
	 * @param objectId a model object's id
	 * @return who holds its reservation and since when, for people ("alice since 2 Dec 2026 16:19", "you since ..."),
	 *         or {@code null} when it is not reserved
	 */
	String reservation(String objectId);

	/**
	 * @param object a model object
	 * @return who holds its reservation and since when, or {@code null} when it is not reserved
	 */
	default String reservation(EObject object) {
		return object instanceof Identified identified && identified.getId() != null
				? reservation(identified.getId())
				: null;
	}

	/** @param changed told on the UI thread whenever the marks change (someone reserved or released something) */
	void addListener(Runnable changed);

	/** @param changed a listener added before */
	void removeListener(Runnable changed);
}
