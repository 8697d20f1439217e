package org.placewise.store.repository;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.placewise.model.core.PlacewiseModel;

/**
 * Makes an open model equal to another version of it, changing only what differs: objects are matched by {@code id},
 * values that are already equal are not touched, so a commit of the result records just the real changes (and the
 * history says which objects changed). Used to push a new version of a model file to a shared model and to replay
 * history into another repository.
 */
final class ModelUpdate {

	private final Map<EObject, EObject> targets = new IdentityHashMap<>();

	private ModelUpdate() {
	}

	/**
	 * @param target the model to change (typically a {@link SharedModel}'s live model)
	 * @param source the version it should become; not changed
	 */
	static void apply(PlacewiseModel target, PlacewiseModel source) {
		new ModelUpdate().run(target, source);
	}

	private void run(PlacewiseModel target, PlacewiseModel source) {
		Map<String, EObject> existing = ModelDifference.index(target);
		List<EObject> sources = new ArrayList<>();
		sources.add(source);
		for (Iterator<EObject> contents = source.eAllContents(); contents.hasNext();) {
			sources.add(contents.next());
		}
		targets.put(source, target);
		for (EObject object : sources) {
			if (object == source) {
				continue;
			}
			String id = object instanceof org.placewise.model.core.Identified identified ? identified.getId() : null;
			EObject match = id == null ? null : existing.get(id);
			targets.put(object, match != null && match.eClass() == object.eClass() ? match
					: EcoreUtil.create(object.eClass()));
		}
		// Attributes and containment first, so that every object is in the model before references point at it.
		for (EObject object : sources) {
			EObject counterpart = targets.get(object);
			for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
				if (copied(feature) && !(feature instanceof EReference reference && !reference.isContainment())) {
					set(counterpart, feature, object.eGet(feature));
				}
			}
		}
		for (EObject object : sources) {
			EObject counterpart = targets.get(object);
			for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
				if (copied(feature) && feature instanceof EReference reference && !reference.isContainment()) {
					set(counterpart, feature, object.eGet(feature));
				}
			}
		}
	}

	private static boolean copied(EStructuralFeature feature) {
		return feature.isChangeable() && !feature.isDerived() && !feature.isTransient() && !feature.isVolatile()
				&& !(feature instanceof EReference reference && reference.isContainer());
	}

	@SuppressWarnings("unchecked")
	private void set(EObject target, EStructuralFeature feature, Object value) {
		if (feature.isMany()) {
			List<Object> wanted = new ArrayList<>();
			for (Object element : (List<Object>) value) {
				Object counterpart = mapped(element);
				if (counterpart != null) {
					wanted.add(counterpart);
				}
			}
			EList<Object> current = (EList<Object>) target.eGet(feature);
			if (!current.equals(wanted)) {
				ECollections.setEList(current, wanted);
			}
			return;
		}
		Object wanted = mapped(value);
		if (!target.eIsSet(feature) && value == null) {
			return;
		}
		Object current = target.eGet(feature);
		if (current instanceof java.math.BigDecimal x && wanted instanceof java.math.BigDecimal y
				&& x.compareTo(y) == 0) {
			// 2000000 and 2000000.00 are the same amount: not a change (as ModelDifference sees it).
			return;
		}
		if (!Objects.equals(current, wanted)) {
			target.eSet(feature, wanted);
		}
	}

	/** @return the target's counterpart of a source object; {@code null} for an object outside the source model */
	private Object mapped(Object value) {
		if (value instanceof EObject object) {
			// A reference to an object no longer in the model (removed without its references) is dropped.
			return targets.get(object);
		}
		return value;
	}
}
