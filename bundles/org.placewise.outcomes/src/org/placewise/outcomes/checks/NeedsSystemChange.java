package org.placewise.outcomes.checks;

import java.util.ArrayList;
import java.util.List;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Dependency;
import org.placewise.checks.RuleParameter;
import org.placewise.checks.Severity;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.measures.Measure;
import org.placewise.model.outcomes.Outcome;
import org.placewise.model.outcomes.OutcomesPackage;
import org.placewise.outcomes.MeasureReading;
import org.placewise.outcomes.RollUpRule;
import org.placewise.outcomes.TargetStatus;

/**
 * An outcome every one of whose measures with a target that can be judged consistently fails it: the process as it
 * stands will not get there.
 */
public final class NeedsSystemChange extends CheckRule<Outcome> {

	public NeedsSystemChange() {
		super(Outcome.class, OutcomesPackage.Literals.OUTCOME, "outcome.needs-system-change", Severity.WARNING,
				"Outcome whose measures consistently fail their targets",
				"When the target lies beyond the process limits on the wrong side, the process as it stands will miss it "
						+ "every time, however hard people work: Making Data Count (NHS England) reads this assurance "
						+ "icon as a call to change the system, not to wait for the figures to turn. Only measures "
						+ "evidencing the outcome directly, with a target, a desired direction and at least the minimum "
						+ "number of points since their latest process change, are judged.");
	}

	@Override
	public List<RuleParameter> parameters() {
		return List.of(new RuleParameter("min-points", RollUpRule.DEFAULT_MINIMUM_POINTS,
				"points a measure needs since its latest process change before its target is judged"));
	}

	@Override
	public void check(Outcome outcome, CheckContext context) {
		if (outcome.getEvidencedBy().isEmpty()) {
			return;
		}
		RollUpRule rule = RollUpRule.minimumPoints(context.parameter("min-points"));
		List<Measure> failing = new ArrayList<>();
		for (Measure measure : outcome.getEvidencedBy()) {
			TargetStatus target = MeasureReading.read(measure, rule).target();
			if (target == TargetStatus.MEETING || target == TargetStatus.HIT_AND_MISS) {
				return;
			}
			if (target == TargetStatus.NOT_MEETING) {
				failing.add(measure);
			}
		}
		if (failing.isEmpty()) {
			return;
		}
		context.report(outcome, String.format("Outcome '%s' needs a change to the system: %s consistently %s %s target",
				PlacewiseLabels.name(outcome), Names.quoted(failing), failing.size() == 1 ? "fails" : "fail",
				failing.size() == 1 ? "its" : "their"), failing.toArray(Measure[]::new));
	}

	@Override
	public List<Dependency> dependencies() {
		return MeasureData.readBy(Measure::getEvidencedOutcomes);
	}
}
