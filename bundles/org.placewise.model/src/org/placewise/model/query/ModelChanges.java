package org.placewise.model.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.placewise.model.core.Identified;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.governance.GovernancePackage;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.MeasuresPackage;
import org.placewise.model.resource.ModelDifferences;

/**
 * What changed between two versions of a model in the scheme of delegation (delegations, their reserved matters and
 * escalation rules, decision areas), the boards (boards, their memberships and terms of reference) and the measures
 * (their definitions, trajectories and how many observations were added or removed). Objects are matched by their
 * stable id, so a renamed object is a change, not a removal and an addition.
 */
public final class ModelChanges {

	private ModelChanges() {
	}

	/** Which part of the model a change is in. */
	public enum Area {
		/** Delegations, reserved matters, escalation rules and decision areas. */
		SCHEME_OF_DELEGATION,
		/** Boards, memberships and terms of reference. */
		BOARDS,
		/** Measures and trajectory points. */
		MEASURES
	}

	/** What happened to an object. */
	public enum Kind {
		/** Only in the later version. */
		ADDED,
		/** Only in the earlier version. */
		REMOVED,
		/** In both, with different values. */
		CHANGED
	}

	/**
	 * One value that changed.
	 *
	 * @param feature the feature
	 * @param before  its value in the earlier version (a list for many-valued features)
	 * @param after   its value in the later version
	 */
	public record FeatureChange(EStructuralFeature feature, Object before, Object after) {
	}

	/**
	 * One object that changed.
	 *
	 * @param area     where it is
	 * @param kind     what happened
	 * @param object   the object (from the later version, or the earlier one when removed)
	 * @param features the values that changed (empty unless {@link Kind#CHANGED})
	 */
	public record Change(Area area, Kind kind, EObject object, List<FeatureChange> features) {
	}

	/**
	 * Observations added to or removed from a measure.
	 *
	 * @param measure the measure (from the later version)
	 * @param added   how many observations are new
	 * @param removed how many are gone
	 */
	public record ObservationCount(Measure measure, int added, int removed) {
	}

	/**
	 * Everything that changed.
	 *
	 * @param changes      object by object, in model order (removals after the rest)
	 * @param observations per measure whose observations changed
	 */
	public record Changes(List<Change> changes, List<ObservationCount> observations) {

		/** @return whether nothing the comparison looks at changed */
		public boolean none() {
			return changes.isEmpty() && observations.isEmpty();
		}
	}

	/**
	 * @param before the earlier version
	 * @param after  the later version
	 * @return what changed from {@code before} to {@code after}
	 */
	public static Changes between(PlacewiseModel before, PlacewiseModel after) {
		Map<String, EObject> earlier = ModelDifferences.index(before);
		Map<String, EObject> later = ModelDifferences.index(after);
		List<Change> changes = new ArrayList<>();
		List<ObservationCount> observations = new ArrayList<>();
		for (Map.Entry<String, EObject> entry : later.entrySet()) {
			EObject now = entry.getValue();
			Area area = areaOf(now.eClass());
			if (area == null) {
				continue;
			}
			EObject then = earlier.get(entry.getKey());
			if (then == null || then.eClass() != now.eClass()) {
				changes.add(new Change(area, Kind.ADDED, now, List.of()));
				continue;
			}
			List<FeatureChange> features = differences(then, now);
			if (!features.isEmpty()) {
				changes.add(new Change(area, Kind.CHANGED, now, features));
			}
			if (now instanceof Measure measure) {
				int added = (int) measure.getObservations().stream().filter(o -> !earlier.containsKey(o.getId()))
						.count();
				int removed = (int) ((Measure) then).getObservations().stream()
						.filter(o -> !later.containsKey(o.getId())).count();
				if (added > 0 || removed > 0) {
					observations.add(new ObservationCount(measure, added, removed));
				}
			}
		}
		for (Map.Entry<String, EObject> entry : earlier.entrySet()) {
			Area area = areaOf(entry.getValue().eClass());
			if (area != null && !later.containsKey(entry.getKey())) {
				changes.add(new Change(area, Kind.REMOVED, entry.getValue(), List.of()));
			}
		}
		return new Changes(List.copyOf(changes), List.copyOf(observations));
	}

	private static Area areaOf(EClass type) {
		if (type == GovernancePackage.Literals.DELEGATION || type == GovernancePackage.Literals.RESERVED_MATTER
				|| type == GovernancePackage.Literals.ESCALATION_RULE
				|| type == GovernancePackage.Literals.DECISION_AREA) {
			return Area.SCHEME_OF_DELEGATION;
		}
		if (type == GovernancePackage.Literals.BOARD || type == GovernancePackage.Literals.MEMBERSHIP
				|| type == GovernancePackage.Literals.TERMS_OF_REFERENCE) {
			return Area.BOARDS;
		}
		if (type == MeasuresPackage.Literals.MEASURE || type == MeasuresPackage.Literals.TRAJECTORY_POINT) {
			return Area.MEASURES;
		}
		return null;
	}

	/**
	 * The stored values that differ: attributes, and references compared by the ids they point to. Containments are
	 * left out (their contents are compared as objects of their own), and so are the sides of two-way references that
	 * are derived from the other side's changes, and observations (counted separately).
	 */
	private static List<FeatureChange> differences(EObject then, EObject now) {
		List<FeatureChange> features = new ArrayList<>();
		for (EStructuralFeature feature : now.eClass().getEAllStructuralFeatures()) {
			if (feature.isTransient() || feature.isDerived() || isMirror(feature)) {
				continue;
			}
			if (feature instanceof EReference reference && reference.isContainment()) {
				continue;
			}
			Object before = then.eGet(feature);
			Object after = now.eGet(feature);
			if (!Objects.equals(comparable(before), comparable(after))) {
				features.add(new FeatureChange(feature, before, after));
			}
		}
		return features;
	}

	/** References kept as the opposite of one recorded on the other object, which reports the change itself. */
	private static boolean isMirror(EStructuralFeature feature) {
		return feature == GovernancePackage.Literals.DECISION_MAKER__DELEGATIONS_GIVEN
				|| feature == GovernancePackage.Literals.DECISION_MAKER__DELEGATIONS_RECEIVED
				|| feature == GovernancePackage.Literals.DELEGATION__ONWARD_DELEGATIONS
				|| feature == GovernancePackage.Literals.DECISION_AREA__COVERED_BY
				|| feature == GovernancePackage.Literals.BOARD__REPORTED_TO_BY
				|| feature == GovernancePackage.Literals.BOARD__PARENT_GROUP
				|| feature == GovernancePackage.Literals.BOARD__PARTNERSHIP
				|| feature == GovernancePackage.Literals.MEMBERSHIP__BOARD
				|| feature.getEType() == MeasuresPackage.Literals.OBSERVATION;
	}

	private static Object comparable(Object value) {
		if (value instanceof Identified identified) {
			return identified.getId();
		}
		if (value instanceof List<?> list) {
			return list.stream().map(ModelChanges::comparable).toList();
		}
		if (value instanceof java.math.BigDecimal number) {
			return number.stripTrailingZeros();
		}
		return value;
	}
}
