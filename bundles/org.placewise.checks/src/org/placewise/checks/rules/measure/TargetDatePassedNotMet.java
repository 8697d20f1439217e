package org.placewise.checks.rules.measure;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Dependency;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.measures.DesiredDirection;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.MeasuresPackage;
import org.placewise.model.measures.Observation;
import org.placewise.model.query.Measures;

/** A measure past its target date whose latest observation does not meet the target. */
public final class TargetDatePassedNotMet extends CheckRule<Measure> {

	public TargetDatePassedNotMet() {
		super(Measure.class, MeasuresPackage.Literals.MEASURE, "measure.target-date-passed-not-met", Severity.WARNING,
				"Target date passed without the target met",
				"When the target date has passed and the latest observation is still short of the target, the board "
						+ "needs to hear it and agree a recovery plan or a new trajectory (NHS England, Making Data Count: "
						+ "assurance against target; Integration at place toolkit).");
	}

	@Override
	public void check(Measure measure, CheckContext context) {
		BigDecimal target = measure.getTargetValue();
		DesiredDirection direction = measure.getDesiredDirection();
		if (target == null || measure.getTargetDate() == null || direction == DesiredDirection.NONE
				|| !measure.getTargetDate().isBefore(context.asOf())) {
			return;
		}
		Optional<Observation> latest = Measures.latestObservation(measure);
		if (latest.isEmpty() || latest.get().getObservedValue() == null) {
			return;
		}
		BigDecimal value = latest.get().getObservedValue();
		int comparison = value.compareTo(target);
		boolean met = direction == DesiredDirection.HIGHER_IS_BETTER ? comparison >= 0 : comparison <= 0;
		if (!met) {
			context.report(measure,
					String.format("Measure %s was to reach %s by %s but its latest observation (%s) is %s",
							Figures.quoted(measure), Figures.value(target), Figures.date(measure.getTargetDate()),
							Figures.date(latest.get().getObservedOn()), Figures.value(value)),
					latest.get());
		}
	}

	@Override
	public List<Dependency> dependencies() {
		return List.of(Dependency.onOne(MeasuresPackage.Literals.OBSERVATION__OBSERVED_ON, Observation::getMeasure),
				Dependency.onOne(MeasuresPackage.Literals.OBSERVATION__OBSERVED_VALUE, Observation::getMeasure));
	}
}
