package org.placewise.checks.rules.outcome;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;
import org.placewise.checks.Dependency;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.MeasuresPackage;
import org.placewise.model.outcomes.Outcome;
import org.placewise.model.outcomes.OutcomesPackage;
import org.placewise.model.outcomes.WorkProgramme;
import org.placewise.model.query.Outcomes;

/**
 * What outcome rules that look down the tree share. A rule that reports a gap in a subtree reports it once, on the
 * highest outcome whose subtree has the gap, so a change anywhere in a tree re-checks the whole tree: an outcome's
 * finding depends on its parent's subtree too (its siblings included).
 */
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

	/** @return every outcome of the tree the outcome is in, from its topmost ancestor down */
	static List<EObject> wholeTree(Outcome outcome) {
		List<EObject> ancestors = selfAndAncestors(outcome);
		return new ArrayList<>(Outcomes.selfAndDescendants((Outcome) ancestors.get(ancestors.size() - 1)));
	}

	/**
	 * @param outcome an outcome
	 * @param gap     whether an outcome's subtree has the gap
	 * @return whether the gap is reported on this outcome: its subtree has it and its parent's subtree does not (else
	 *         the parent's finding already covers it)
	 */
	static boolean highestWithGap(Outcome outcome, Predicate<Outcome> gap) {
		return gap.test(outcome) && (outcome.getParent() == null || !gap.test(outcome.getParent()));
	}

	/** A subtree's links changed when an outcome in it gains or loses a programme, a measure or a child. */
	static List<Dependency> subtreeLinks() {
		return List.of(
				Dependency.on(OutcomesPackage.Literals.OUTCOME__SERVED_BY, OutcomeTree::wholeTree),
				Dependency.on(OutcomesPackage.Literals.OUTCOME__EVIDENCED_BY, OutcomeTree::wholeTree),
				Dependency.on(OutcomesPackage.Literals.OUTCOME__CHILDREN, OutcomeTree::wholeTree),
				Dependency.on(OutcomesPackage.Literals.WORK_PROGRAMME__OUTCOMES_SERVED,
						(WorkProgramme p) -> treesOf(p.getOutcomesServed())),
				Dependency.on(MeasuresPackage.Literals.MEASURE__EVIDENCED_OUTCOMES,
						(Measure m) -> treesOf(m.getEvidencedOutcomes())));
	}

	private static List<EObject> treesOf(List<Outcome> outcomes) {
		Set<EObject> result = new LinkedHashSet<>();
		for (Outcome outcome : outcomes) {
			result.addAll(wholeTree(outcome));
		}
		return new ArrayList<>(result);
	}
}
