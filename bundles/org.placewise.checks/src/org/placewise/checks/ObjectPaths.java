package org.placewise.checks;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.finance.Contribution;
import org.placewise.model.finance.RiskShare;
import org.placewise.model.finance.RiskSharePortion;
import org.placewise.model.governance.DisputeResolutionProcedure;
import org.placewise.model.governance.EscalationRule;
import org.placewise.model.governance.Membership;
import org.placewise.model.governance.TermsOfReference;
import org.placewise.model.measures.Observation;
import org.placewise.model.measures.TrajectoryPoint;

/** Readable names and paths of model objects, for messages and reports. */
public final class ObjectPaths {
	private static final String SEPARATOR = " / ";

	private ObjectPaths() {
	}

	/** @return the object's name, or its type and position when it has no name */
	public static String name(EObject object) {
		EStructuralFeature nameFeature = object.eClass().getEStructuralFeature("name");
		if (nameFeature instanceof EAttribute && object.eGet(nameFeature) instanceof String name && !name.isBlank()) {
			return name;
		}
		String described = describe(object);
		return described != null ? described : "(unnamed " + typeName(object) + ")";
	}

	/** Objects without a name of their own are known by what they link (a seat by its holder, ...). */
	private static String describe(EObject object) {
		if (object instanceof Membership membership) {
			EObject holder = membership.getPerson() != null ? membership.getPerson() : membership.getRole();
			return holder == null ? null : "member " + name(holder);
		}
		if (object instanceof Contribution contribution) {
			return contribution.getContributor() == null ? null
					: "contribution of " + name(contribution.getContributor());
		}
		if (object instanceof RiskSharePortion portion) {
			return portion.getParty() == null ? null : "risk share of " + name(portion.getParty());
		}
		if (object instanceof Observation observation) {
			return observation.getObservedOn() == null ? null
					: "observation of " + PlacewiseLabels.date(observation.getObservedOn());
		}
		if (object instanceof TrajectoryPoint point) {
			return point.getDueDate() == null ? null
					: "trajectory point of " + PlacewiseLabels.date(point.getDueDate());
		}
		if (object instanceof TermsOfReference || object instanceof EscalationRule || object instanceof RiskShare
				|| object instanceof DisputeResolutionProcedure) {
			return typeName(object); // there is at most one per owner, so the type says which
		}
		return null;
	}

	/** @return the object's type in words, e.g. {@code work programme} for {@code WorkProgramme} */
	public static String typeName(EObject object) {
		return PlacewiseLabels.typeName(object.eClass()).toLowerCase(Locale.UK);
	}

	/**
	 * @return the names from the top of the model down to the object, without the unnamed model root, e.g.
	 *         {@code Greater Manchester / Wigan / Wigan Locality Board}
	 */
	public static String path(EObject object) {
		Deque<String> names = new ArrayDeque<>();
		for (EObject current = object; current != null; current = current.eContainer()) {
			if (current.eContainer() == null && current != object) {
				break; // the model root adds nothing a reader needs
			}
			names.addFirst(name(current));
		}
		return String.join(SEPARATOR, names);
	}

	/** @return the stable id of the object ({@code id} attribute), or {@code null} */
	public static String id(EObject object) {
		return EcoreUtil.getID(object);
	}
}
