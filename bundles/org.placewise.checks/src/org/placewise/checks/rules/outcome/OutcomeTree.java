package org.placewise.checks.rules.outcome;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.placewise.checks.Dependency;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.MeasuresPackage;
import org.placewise.model.outcomes.Outcome;
import org.placewise.model.outcomes.OutcomesPackage;
import org.placewise.model.outcomes.WorkProgramme;

/** What outcome rules that look down the tree share: the outcome and everything above it re-check. */
final class OutcomeTree {

	private OutcomeTree() {
	}

	/** @return the outcome and its ancestors: every outcome whose subtree contains it */
	static List<EObject> selfAndAncestors(Outcome outcome) {
		List<EObject> result = new ArrayList<>();
		for (Outcome o = outcome; o != null && !result.contains(o); o = o.getParent()) {
			result.add(o);
		}
		return result;
	}

	/** A subtree's links changed when an outcome in it gains or loses a programme, a measure or a child. */
	static List<Dependency> subtreeLinks() {
		return List.of(
				Dependency.on(OutcomesPackage.Literals.OUTCOME__SERVED_BY, OutcomeTree::selfAndAncestors),
				Dependency.on(OutcomesPackage.Literals.OUTCOME__EVIDENCED_BY, OutcomeTree::selfAndAncestors),
				Dependency.on(OutcomesPackage.Literals.OUTCOME__CHILDREN, OutcomeTree::selfAndAncestors),
				Dependency.on(OutcomesPackage.Literals.WORK_PROGRAMME__OUTCOMES_SERVED,
						(WorkProgramme p) -> ancestorsOf(p.getOutcomesServed())),
				Dependency.on(MeasuresPackage.Literals.MEASURE__EVIDENCED_OUTCOMES,
						(Measure m) -> ancestorsOf(m.getEvidencedOutcomes())));
	}

	private static List<EObject> ancestorsOf(List<Outcome> outcomes) {
		List<EObject> result = new ArrayList<>();
		for (Outcome outcome : outcomes) {
			result.addAll(selfAndAncestors(outcome));
		}
		return result;
	}
}
