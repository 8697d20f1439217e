package org.placewise.outcomes;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.measures.DesiredDirection;
import org.placewise.model.measures.Measure;
import org.placewise.spc.Assurance;
import org.placewise.spc.Partition;
import org.placewise.spc.SpcInputException;
import org.placewise.spc.SpcResult;
import org.placewise.spc.Variation;

/**
 * How one measure is doing, as the outcome roll-up reads it: its SPC analysis (through {@link MeasureSpc}), the
 * variation of its latest point and its assurance, turned into a {@link Trend} and a {@link TargetStatus}.
 * <p>
 * Only the current partition counts: the points since the measure's latest process change (or all points when there is
 * none). With fewer points there than the rule's minimum the measure is {@link Trend#NOT_ENOUGH_DATA}, and a target it
 * has is {@link TargetStatus#NOT_ENOUGH_DATA}. A measure with no desired direction never improves or deteriorates: its
 * special causes are neutral.
 *
 * @param measure       the measure
 * @param analysis      its SPC analysis, or null when the engine refused its figures (see {@code problem})
 * @param problem       why the figures could not be analysed, or null
 * @param currentPoints points in the current partition (0 when there is no analysis)
 * @param trend         the measure's trend
 * @param target        the measure's target status
 * @param why           one or two plain sentences saying why
 */
public record MeasureReading(Measure measure, MeasureSpc.Analysis analysis, String problem, int currentPoints,
		Trend trend, TargetStatus target, String why) {

	/** Checks the parts that must be there. */
	public MeasureReading {
		Objects.requireNonNull(measure, "measure");
		Objects.requireNonNull(trend, "trend");
		Objects.requireNonNull(target, "target");
		Objects.requireNonNull(why, "why");
		if ((analysis == null) == (problem == null)) {
			throw new IllegalArgumentException("A measure reading has either an analysis or a problem");
		}
	}

	/**
	 * Reads a measure.
	 *
	 * @param measure the measure
	 * @param rule    the roll-up parameters
	 * @return the reading; figures the SPC engine refuses give a reading with {@link #problem()} and not enough data
	 */
	public static MeasureReading read(Measure measure, RollUpRule rule) {
		Objects.requireNonNull(measure, "measure");
		Objects.requireNonNull(rule, "rule");
		boolean hasTarget = measure.getTargetValue() != null;
		MeasureSpc.Analysis analysis;
		try {
			analysis = MeasureSpc.analyse(measure);
		} catch (SpcInputException e) {
			return new MeasureReading(measure, null, e.getMessage(), 0, Trend.NOT_ENOUGH_DATA,
					hasTarget ? TargetStatus.NOT_ENOUGH_DATA : TargetStatus.NO_TARGET,
					"Its figures cannot be analysed: " + e.getMessage());
		}
		SpcResult result = analysis.result();
		Optional<Partition> current = result.currentPartition();
		int points = current.map(Partition::size).orElse(0);
		boolean enough = points >= rule.minimumPoints();
		Trend trend = !enough ? Trend.NOT_ENOUGH_DATA : trendOf(result.latestVariation());
		TargetStatus target = targetOf(measure, result.assurance(), enough);
		StringBuilder why = new StringBuilder();
		String since = current.filter(p -> p.number() > 1)
				.map(p -> result.points().get(p.firstPoint()).date())
				.map(date -> " since the process change on " + PlacewiseLabels.date(date)).orElse("");
		if (!enough) {
			why.append(points == 0 ? "No points" : "Only " + PlacewiseLabels.count(points, "point", "points"))
					.append(since).append("; ").append(rule.minimumPoints()).append(" are needed to judge it.");
		} else {
			why.append("Latest point: ").append(result.latestVariation().description());
			if (measure.getDesiredDirection() == null || measure.getDesiredDirection() == DesiredDirection.NONE) {
				why.append(" (no desired direction, so neither improving nor deteriorating)");
			}
			why.append(" (").append(PlacewiseLabels.count(points, "point", "points")).append(since).append(").");
		}
		if (hasTarget && enough) {
			why.append(" Target: ").append(target == TargetStatus.NO_TARGET
					? "set, but without a desired direction it cannot be judged"
					: result.assurance() == Assurance.NONE ? "cannot be judged yet" : result.assurance().description())
					.append('.');
		}
		return new MeasureReading(measure, analysis, null, points, trend, target, why.toString());
	}

	private static Trend trendOf(Variation variation) {
		if (variation.isConcern()) {
			return Trend.DETERIORATING;
		}
		if (variation.isImprovement()) {
			return Trend.IMPROVING;
		}
		return Trend.NO_SIGNIFICANT_CHANGE;
	}

	private static TargetStatus targetOf(Measure measure, Assurance assurance, boolean enough) {
		if (measure.getTargetValue() == null) {
			return TargetStatus.NO_TARGET;
		}
		if (measure.getDesiredDirection() == null || measure.getDesiredDirection() == DesiredDirection.NONE) {
			return TargetStatus.NO_TARGET;
		}
		if (!enough) {
			return TargetStatus.NOT_ENOUGH_DATA;
		}
		return switch (assurance) {
		case CONSISTENTLY_PASSES -> TargetStatus.MEETING;
		case CONSISTENTLY_FAILS -> TargetStatus.NOT_MEETING;
		case HIT_AND_MISS -> TargetStatus.HIT_AND_MISS;
		case NONE -> TargetStatus.NOT_ENOUGH_DATA;
		};
	}

	/** @return the SPC result, when the figures could be analysed */
	public Optional<SpcResult> result() {
		return analysis == null ? Optional.empty() : Optional.of(analysis.result());
	}

	/** @return the variation of the latest point; {@link Variation#NOT_ASSESSED} when there is no analysis */
	public Variation variation() {
		return analysis == null ? Variation.NOT_ASSESSED : analysis.result().latestVariation();
	}

	/** @return the assurance; {@link Assurance#NONE} when there is no analysis */
	public Assurance assurance() {
		return analysis == null ? Assurance.NONE : analysis.result().assurance();
	}

	/** @return whether the current partition has at least the rule's minimum number of points */
	public boolean enoughData() {
		return trend != Trend.NOT_ENOUGH_DATA;
	}

	/** @return the date of the latest point, if it has one */
	public Optional<LocalDate> latestDate() {
		return result().flatMap(SpcResult::latestPoint).map(p -> p.date());
	}

	/** @return the measure's name, or "(unnamed measure)" */
	public String name() {
		return MeasureSpc.nameOf(measure);
	}
}
