package org.placewise.design.tests;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Reads the dynamic-EMF objects of an {@code .odesign} by feature name (there is no generated Sirius code here).
 */
final class Odesign {

	private Odesign() {
	}

	/** @return the value of the named feature, null when the object has no such feature */
	static Object get(EObject object, String feature) {
		EStructuralFeature f = object.eClass().getEStructuralFeature(feature);
		return f == null ? null : object.eGet(f);
	}

	/** @return the single object the feature holds, or null */
	static EObject object(EObject object, String feature) {
		return get(object, feature) instanceof EObject e ? e : null;
	}

	/** @return the text the feature holds, or null */
	static String string(EObject object, String feature) {
		Object value = get(object, feature);
		return value == null ? null : value.toString();
	}

	/** @return the objects the feature holds (one or many), never null */
	static List<EObject> list(EObject object, String feature) {
		Object value = get(object, feature);
		if (value instanceof Collection<?> c) {
			return c.stream().map(EObject.class::cast).toList();
		}
		return value instanceof EObject e ? List.of(e) : List.of();
	}

	/** @return the {@code name} of a description element */
	static String name(EObject object) {
		return string(object, "name");
	}

	/**
	 * @param group the odesign root
	 * @param name  a representation description's name
	 * @return that description
	 */
	static EObject representation(EObject group, String name) {
		for (EObject viewpoint : list(group, "ownedViewpoints")) {
			for (EObject description : list(viewpoint, "ownedRepresentations")) {
				if (name.equals(name(description))) {
					return description;
				}
			}
		}
		throw new IllegalArgumentException("the odesign has no representation '" + name + "'");
	}
}
