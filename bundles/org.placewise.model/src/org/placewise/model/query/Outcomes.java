package org.placewise.model.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.placewise.model.measures.Measure;
import org.placewise.model.outcomes.Outcome;
import org.placewise.model.outcomes.WorkProgramme;

/**
 * Values derived from the outcome tree and the programmes and measures linked to it.
 */
public final class Outcomes {

	private Outcomes() {
	}

	/**
	 * @param outcome an outcome
	 * @return the outcome and every outcome below it in the tree, depth first
	 */
	public static List<Outcome> selfAndDescendants(Outcome outcome) {
		List<Outcome> result = new ArrayList<>();
		result.add(outcome);
		for (Outcome child : outcome.getChildren()) {
			result.addAll(selfAndDescendants(child));
		}
		return result;
	}

	/**
	 * All programmes serving an outcome, directly or by serving an outcome below it.
	 *
	 * @param outcome the outcome
	 * @return the programmes, without repeats, in tree order
	 */
	public static Set<WorkProgramme> programmesServing(Outcome outcome) {
		Set<WorkProgramme> result = new LinkedHashSet<>();
		for (Outcome o : selfAndDescendants(outcome)) {
			result.addAll(o.getServedBy());
		}
		return result;
	}

	/**
	 * Measures that evidence any outcome a programme serves (the programme's outcome KPIs).
	 *
	 * @param programme the programme
	 * @return the measures, without repeats, in model order
	 */
	public static Set<Measure> outcomeMeasures(WorkProgramme programme) {
		Set<Measure> result = new LinkedHashSet<>();
		for (Outcome outcome : programme.getOutcomesServed()) {
			result.addAll(outcome.getEvidencedBy());
		}
		return result;
	}
}
