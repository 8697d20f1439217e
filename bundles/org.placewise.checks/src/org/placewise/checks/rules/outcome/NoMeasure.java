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
 * An outcome with no measure on it or on any outcome below it; reported once, on the highest such outcome, not again on
 * each outcome below it.
 */
public final class NoMeasure extends CheckRule<Outcome> {

	public NoMeasure() {
		super(Outcome.class, OutcomesPackage.Literals.OUTCOME, "outcome.no-measure", Severity.WARNING,
				"Outcome with no measure",
				"Each outcome needs a small set of measures of success that show whether it is being achieved "
						+ "(Integration at place toolkit, NHS Providers 2022: measures that matter); an outcome with no "
						+ "measure on it or below it cannot be reported on.");
	}

	@Override
	public void check(Outcome outcome, CheckContext context) {
		if (OutcomeTree.highestWithGap(outcome, NoMeasure::noMeasureInSubtree)) {
			int below = Outcomes.selfAndDescendants(outcome).size() - 1;
			String where = switch (below) {
			case 0 -> "on it or on any outcome below it";
			case 1 -> "on it or on the outcome below it";
			default -> "on it or on any of the " + Figures.many(below, "outcome") + " below it";
			};
			context.report(outcome,
					String.format("Outcome %s has no measure (KPI) %s", Figures.quoted(outcome), where));
		}
	}

	private static boolean noMeasureInSubtree(Outcome outcome) {
		return Outcomes.selfAndDescendants(outcome).stream().allMatch(o -> o.getEvidencedBy().isEmpty());
	}

	@Override
	public List<Dependency> dependencies() {
		return OutcomeTree.subtreeLinks();
	}
}
