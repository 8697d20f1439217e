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

/** A trajectory that does not reach the measure's target by the target date. */
public final class TrajectoryMissesTarget extends CheckRule<Measure> {

	public TrajectoryMissesTarget() {
		super(Measure.class, MeasuresPackage.Literals.MEASURE, "measure.trajectory-misses-target", Severity.WARNING,
				"Trajectory that does not reach the target by its date",
				"A trajectory is the plan for reaching the target: if its last planned value on or before the target "
						+ "date falls short of the target, the plan itself says the target will be missed, and either "
						+ "the trajectory or the target needs agreeing again.");
	}

	@Override
	public void check(Measure measure, CheckContext context) {
		if (measure.getTargetValue() == null || measure.getTargetDate() == null
				|| measure.getDesiredDirection() == DesiredDirection.NONE) {
			return;
		}
		Optional<TrajectoryPoint> last = measure.getTrajectory().stream()
				.filter(p -> p.getDueDate() != null && p.getExpectedValue() != null
						&& !p.getDueDate().isAfter(measure.getTargetDate()))
				.max(Comparator.comparing(TrajectoryPoint::getDueDate));
		if (last.isEmpty()) {
			return;
		}
		int comparison = last.get().getExpectedValue().compareTo(measure.getTargetValue());
		boolean short_ = measure.getDesiredDirection() == DesiredDirection.HIGHER_IS_BETTER ? comparison < 0
				: comparison > 0;
		if (short_) {
			context.report(measure, String.format("Measure %s plans %s by %s, short of its target %s due %s",
					Figures.quoted(measure), Figures.value(last.get().getExpectedValue()),
					Figures.date(last.get().getDueDate()), Figures.value(measure.getTargetValue()),
					Figures.date(measure.getTargetDate())), last.get());
		}
	}

	@Override
	public List<Dependency> dependencies() {
		return List.of(
				Dependency.onOne(MeasuresPackage.Literals.TRAJECTORY_POINT__EXPECTED_VALUE,
						(TrajectoryPoint p) -> (Measure) p.eContainer()),
				Dependency.onOne(MeasuresPackage.Literals.TRAJECTORY_POINT__DUE_DATE,
						(TrajectoryPoint p) -> (Measure) p.eContainer()));
	}
}
