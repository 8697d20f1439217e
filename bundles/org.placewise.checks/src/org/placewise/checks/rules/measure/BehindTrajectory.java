package org.placewise.checks.rules.measure;

import java.math.BigDecimal;
import java.util.Comparator;
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
import org.placewise.model.measures.TrajectoryPoint;
import org.placewise.model.query.Measures;

/** A measure whose latest observation is worse than its trajectory planned for that date. */
public final class BehindTrajectory extends CheckRule<Measure> {

	public BehindTrajectory() {
		super(Measure.class, MeasuresPackage.Literals.MEASURE, "measure.behind-trajectory", Severity.WARNING,
				"Measure behind its trajectory",
				"A trajectory says where a measure should be on the way to its target; a programme whose latest figure "
						+ "is worse than planned for that date is off track now, before the target date says so "
						+ "(Integration at place toolkit, NHS Providers 2022: KPIs tracked weekly so that teams can act "
						+ "at pace).");
	}

	@Override
	public void check(Measure measure, CheckContext context) {
		if (measure.getDesiredDirection() == DesiredDirection.NONE) {
			return;
		}
		Optional<Observation> latest = Measures.latestObservation(measure);
		if (latest.isEmpty() || latest.get().getObservedOn() == null || latest.get().getObservedValue() == null) {
			return;
		}
		Observation observation = latest.get();
		Optional<TrajectoryPoint> planned = measure.getTrajectory().stream()
				.filter(p -> p.getDueDate() != null && p.getExpectedValue() != null
						&& !p.getDueDate().isAfter(observation.getObservedOn()))
				.max(Comparator.comparing(TrajectoryPoint::getDueDate));
		if (planned.isEmpty()) {
			return;
		}
		BigDecimal expected = planned.get().getExpectedValue();
		int comparison = observation.getObservedValue().compareTo(expected);
		boolean worse = measure.getDesiredDirection() == DesiredDirection.HIGHER_IS_BETTER ? comparison < 0
				: comparison > 0;
		if (worse) {
			context.report(measure, String.format("Measure %s was %s on %s, behind its trajectory of %s due by %s",
					Figures.quoted(measure), Figures.value(observation.getObservedValue()),
					Figures.date(observation.getObservedOn()), Figures.value(expected),
					Figures.date(planned.get().getDueDate())), observation);
		}
	}

	@Override
	public List<Dependency> dependencies() {
		return List.of(
				Dependency.onOne(MeasuresPackage.Literals.OBSERVATION__OBSERVED_VALUE, Observation::getMeasure),
				Dependency.onOne(MeasuresPackage.Literals.OBSERVATION__OBSERVED_ON, Observation::getMeasure),
				Dependency.onOne(MeasuresPackage.Literals.TRAJECTORY_POINT__EXPECTED_VALUE,
						(TrajectoryPoint p) -> (Measure) p.eContainer()),
				Dependency.onOne(MeasuresPackage.Literals.TRAJECTORY_POINT__DUE_DATE,
						(TrajectoryPoint p) -> (Measure) p.eContainer()));
	}
}
