package org.placewise.model.resource;

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

/**
 * Compares two Placewise models object by object, matched by their stable {@code id}: the same ids, and for each object
 * the same class and the same value of every stored attribute and reference (references compared by the ids they point
 * to, in order). Works across a model file, a repository session and an in-memory copy, which is how an import into the
 * shared repository is proved lossless.
 */
public final class ModelDifferences {

	private ModelDifferences() {
	}

	/**
	 * @param expectedRoot the model as it should be
	 * @param actualRoot   the model to compare with it
	 * @return every difference in words (empty when the models are the same)
	 */
	public static List<String> byId(EObject expectedRoot, EObject actualRoot) {
		List<String> differences = new ArrayList<>();
		Map<String, EObject> expected = index(expectedRoot);
		Map<String, EObject> actual = index(actualRoot);
		for (String id : expected.keySet()) {
			if (!actual.containsKey(id)) {
				differences.add("missing: " + describe(expected.get(id), id));
			}
		}
		for (String id : actual.keySet()) {
			if (!expected.containsKey(id)) {
				differences.add("unexpected: " + describe(actual.get(id), id));
			}
		}
		for (Map.Entry<String, EObject> entry : expected.entrySet()) {
			EObject left = entry.getValue();
			EObject right = actual.get(entry.getKey());
			if (right == null) {
				continue;
			}
			String where = describe(left, entry.getKey());
			if (!left.eClass().getName().equals(right.eClass().getName())) {
				differences.add(where + ": is a " + right.eClass().getName());
				continue;
			}
			for (EStructuralFeature feature : left.eClass().getEAllStructuralFeatures()) {
				if (feature.isTransient() || feature.isDerived()) {
					continue;
				}
				EStructuralFeature other = right.eClass().getEStructuralFeature(feature.getName());
				Object want = comparable(feature, left.eGet(feature));
				Object got = other == null ? null : comparable(other, right.eGet(other));
				if (!Objects.equals(want, got)) {
					differences.add(where + "." + feature.getName() + ": expected " + want + " but was " + got);
				}
			}
		}
		return differences;
	}

	/** @return every object in the tree that has an id, root first, depth first */
	public static Map<String, EObject> index(EObject root) {
		Map<String, EObject> byId = new LinkedHashMap<>();
		if (root instanceof Identified identified) {
			byId.put(identified.getId(), root);
		}
		for (Iterator<EObject> all = root.eAllContents(); all.hasNext();) {
			if (all.next() instanceof Identified identified) {
				byId.put(identified.getId(), identified);
			}
		}
		return byId;
	}

	private static String describe(EObject object, String id) {
		return object.eClass().getName() + " " + id;
	}

	private static Object comparable(EStructuralFeature feature, Object value) {
		if (feature instanceof EAttribute) {
			return value instanceof List<?> list ? new ArrayList<>(list) : value;
		}
		if (((EReference) feature).isMany()) {
			return ((List<?>) value).stream().map(ModelDifferences::idOf).toList();
		}
		return idOf(value);
	}

	private static Object idOf(Object object) {
		if (object == null) {
			return null;
		}
		if (object instanceof Identified identified) {
			return identified.getId();
		}
		EObject eObject = (EObject) object;
		return eObject.eClass().getName() + " in " + idOf(eObject.eContainer());
	}
}
