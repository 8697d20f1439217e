package org.placewise.outcomes.checks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Dependency;
import org.placewise.checks.RuleParameter;
import org.placewise.checks.Severity;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.measures.Measure;
import org.placewise.model.outcomes.Outcome;
import org.placewise.model.outcomes.OutcomesPackage;
import org.placewise.model.outcomes.WorkProgramme;
import org.placewise.model.query.Outcomes;
import org.placewise.outcomes.MeasureReading;
import org.placewise.outcomes.RollUpRule;
import org.placewise.outcomes.Trend;

/**
 * An outcome with a measure showing special-cause concern, and no work programme serving it or any outcome below it.
 */
public final class ConcernUnserved extends CheckRule<Outcome> {

	public ConcernUnserved() {
		super(Outcome.class, OutcomesPackage.Literals.OUTCOME, "outcome.concern-unserved", Severity.WARNING,
				"Outcome getting worse that no programme serves",
				"Special-cause concern is a signal to act on (Making Data Count, NHS England), and start with outcomes, "
						+ "then decide what work will deliver them (Integration at place toolkit, NHS Providers 2022): "
						+ "an outcome whose own measure shows concern, with no programme serving it or any outcome below "
						+ "it, is getting worse with nobody working on it. A programme serving only an outcome above it "
						+ "does not count: it is not known to be working on the part that is going wrong.");
	}

	@Override
	public List<RuleParameter> parameters() {
		return List.of(new RuleParameter("min-points", RollUpRule.DEFAULT_MINIMUM_POINTS,
				"points a measure needs since its latest process change before its variation is judged"));
	}

	@Override
	public void check(Outcome outcome, CheckContext context) {
		if (outcome.getEvidencedBy().isEmpty() || !Outcomes.programmesServing(outcome).isEmpty()) {
			return;
		}
		RollUpRule rule = RollUpRule.minimumPoints(context.parameter("min-points"));
		List<Measure> concern = new ArrayList<>();
		for (Measure measure : outcome.getEvidencedBy()) {
			if (MeasureReading.read(measure, rule).trend() == Trend.DETERIORATING) {
				concern.add(measure);
			}
		}
		if (!concern.isEmpty()) {
			context.report(outcome,
					String.format("Outcome '%s' shows special-cause concern in %s, and no work programme serves it",
							PlacewiseLabels.name(outcome), Names.quoted(concern)),
					concern.toArray(Measure[]::new));
		}
	}

	@Override
	public List<Dependency> dependencies() {
		List<Dependency> dependencies = new ArrayList<>(MeasureData.readBy(Measure::getEvidencedOutcomes));
		dependencies.add(Dependency.on(OutcomesPackage.Literals.OUTCOME__SERVED_BY, ConcernUnserved::selfAndAncestors));
		dependencies.add(Dependency.on(OutcomesPackage.Literals.OUTCOME__CHILDREN, ConcernUnserved::selfAndAncestors));
		dependencies.add(Dependency.on(OutcomesPackage.Literals.WORK_PROGRAMME__OUTCOMES_SERVED,
				(WorkProgramme p) -> ancestorsOf(p.getOutcomesServed())));
		return dependencies;
	}

	private static Collection<? extends EObject> selfAndAncestors(Outcome outcome) {
		List<EObject> result = new ArrayList<>();
		for (Outcome o = outcome; o != null && !result.contains(o); o = o.getParent()) {
			result.add(o);
		}
		return result;
	}

	private static List<EObject> ancestorsOf(List<Outcome> outcomes) {
		List<EObject> result = new ArrayList<>();
		for (Outcome outcome : outcomes) {
			result.addAll(selfAndAncestors(outcome));
		}
		return result;
	}
}
