package org.placewise.store.repository;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.placewise.model.core.Identified;
import org.placewise.model.core.PlacewiseModel;

/**
 * What differs between two versions of one model, matched by object {@code id} (not by position or name): the objects
 * only one side has, and each attribute or cross-reference whose value differs. Containment is not compared as a value:
 * a new or removed contained object is reported as {@link Kind#ADDED} or {@link Kind#REMOVED} itself.
 * <p>
 * Works on any two Placewise models: two past points of a shared model, a shared model and a file, two files. The
 * changes carry the objects and features, not text: the caller words them (the command line through
 * {@code PlacewiseLabels}).
 */
public final class ModelDifference {

	/** What kind of difference one {@link Change} is. */
	public enum Kind {
		/** Only the second model has the object. */
		ADDED,
		/** Only the first model has the object. */
		REMOVED,
		/** Both have the object; one feature's value differs. */
		CHANGED
	}

	/**
	 * One difference.
	 *
	 * @param kind     added, removed or changed
	 * @param id       the object's {@code id}
	 * @param before   the object in the first model ({@code null} when added)
	 * @param after    the object in the second model ({@code null} when removed)
	 * @param feature  the feature whose value differs ({@code null} unless changed)
	 * @param oldValue the value in the first model: an attribute value, a referenced object, or a list of referenced
	 *                 objects ({@code null} unless changed, or when it was not set)
	 * @param newValue the value in the second model, as {@code oldValue}
	 */
	public record Change(Kind kind, String id, EObject before, EObject after, EStructuralFeature feature,
			Object oldValue, Object newValue) {

		/** @return the object as the later model has it (the earlier one's when removed) */
		public EObject object() {
			return after != null ? after : before;
		}
	}

	private ModelDifference() {
	}

	/**
	 * @param before the earlier (or first) model
	 * @param after  the later (or second) model
	 * @return removed objects, added objects and changed values, in the order of the models' contents
	 */
	public static List<Change> between(PlacewiseModel before, PlacewiseModel after) {
		Map<String, EObject> earlier = index(before);
		Map<String, EObject> later = index(after);
		List<Change> changes = new ArrayList<>();
		for (Map.Entry<String, EObject> entry : earlier.entrySet()) {
			EObject counterpart = later.get(entry.getKey());
			if (counterpart == null || counterpart.eClass() != entry.getValue().eClass()) {
				changes.add(new Change(Kind.REMOVED, entry.getKey(), entry.getValue(), null, null, null, null));
			}
		}
		for (Map.Entry<String, EObject> entry : later.entrySet()) {
			EObject counterpart = earlier.get(entry.getKey());
			EObject object = entry.getValue();
			if (counterpart == null || counterpart.eClass() != object.eClass()) {
				changes.add(new Change(Kind.ADDED, entry.getKey(), null, object, null, null, null));
				continue;
			}
			for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
				if (!compared(feature)) {
					continue;
				}
				Object oldValue = counterpart.eGet(feature);
				Object newValue = object.eGet(feature);
				if (!same(feature, oldValue, newValue)) {
					changes.add(new Change(Kind.CHANGED, entry.getKey(), counterpart, object, feature, copyOf(oldValue),
							copyOf(newValue)));
				}
			}
		}
		return changes;
	}

	/**
	 * @param model a model
	 * @return how many identified objects it holds, itself included
	 */
	public static int objectCount(PlacewiseModel model) {
		return index(model).size();
	}

	/** @return every identified object of the model, the model itself first, in content order */
	static Map<String, EObject> index(PlacewiseModel model) {
		Map<String, EObject> objects = new LinkedHashMap<>();
		put(objects, model);
		for (Iterator<EObject> contents = model.eAllContents(); contents.hasNext();) {
			put(objects, contents.next());
		}
		return objects;
	}

	private static void put(Map<String, EObject> objects, EObject object) {
		if (object instanceof Identified identified && identified.getId() != null) {
			objects.putIfAbsent(identified.getId(), object);
		}
	}

	/** @return whether the feature holds a value of its own that a person would call a change */
	static boolean compared(EStructuralFeature feature) {
		if (feature.isDerived() || feature.isTransient() || feature.isVolatile()) {
			return false;
		}
		if (feature instanceof EReference reference) {
			return !reference.isContainment() && !reference.isContainer();
		}
		return true;
	}

	private static boolean same(EStructuralFeature feature, Object a, Object b) {
		if (feature instanceof EAttribute) {
			if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
				return x.compareTo(y) == 0;
			}
			return Objects.equals(a, b);
		}
		if (a instanceof List<?> x && b instanceof List<?> y) {
			return idsOf(x).equals(idsOf(y));
		}
		return Objects.equals(idOf(a), idOf(b));
	}

	private static List<Object> idsOf(List<?> objects) {
		List<Object> ids = new ArrayList<>(objects.size());
		for (Object object : objects) {
			ids.add(idOf(object));
		}
		return ids;
	}

	private static Object idOf(Object object) {
		return object instanceof Identified identified ? identified.getId() : object;
	}

	private static Object copyOf(Object value) {
		return value instanceof List<?> list ? List.copyOf(list) : value;
	}
}
