package org.placewise.checks.rules.outcome;

import java.util.List;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Dependency;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.outcomes.Outcome;
import org.placewise.model.outcomes.OutcomesPackage;
import org.placewise.model.query.Outcomes;

/**
 * An outcome that no work programme serves, directly or through the outcomes below it; reported once, on the highest
 * such outcome, not again on each outcome below it.
 */
public final class NotServed extends CheckRule<Outcome> {

	public NotServed() {
		super(Outcome.class, OutcomesPackage.Literals.OUTCOME, "outcome.not-served", Severity.WARNING,
				"Outcome no programme serves",
				"Start with outcomes, then decide what work will deliver them (Integration at place toolkit, NHS "
						+ "Providers 2022): an outcome no programme serves, directly or through the outcomes below it, is "
						+ "an ambition with nobody working on it.");
	}

	@Override
	public void check(Outcome outcome, CheckContext context) {
		if (OutcomeTree.highestWithGap(outcome, o -> Outcomes.programmesServing(o).isEmpty())) {
			int below = Outcomes.selfAndDescendants(outcome).size() - 1;
			context.report(outcome,
					String.format("Outcome %s is not served by any work programme%s", Figures.quoted(outcome),
							below == 0 ? "" : ", nor is any of the " + Figures.many(below, "outcome") + " below it"));
		}
	}

	@Override
	public List<Dependency> dependencies() {
		return OutcomeTree.subtreeLinks();
	}
}
