package org.placewise.outcomes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.measures.DesiredDirection;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.ProcessChange;
import org.placewise.spc.ImprovementDirection;
import org.placewise.spc.Observation;
import org.placewise.spc.SpcAnalysis;
import org.placewise.spc.SpcOptions;
import org.placewise.spc.SpcResult;
import org.placewise.spc.StepChange;

/**
 * Reads a {@link Measure} of the model as statistical process control input: its observations become the series, its
 * desired direction the improvement direction and its target value the target the assurance icon is judged against.
 *
 * <p>
 * The baseline period (the points that set the mean and the process limits) is, in order of preference: the number of
 * points the caller asks for; else the observations dated on or before the measure's baseline date, when there are at
 * least two and later observations too (limits frozen at the baseline so that change since shows up as special cause,
 * as Making Data Count recommends); else every point. The measure's baseline <em>value</em> is a figure from before the
 * series and is not part of it.
 *
 * <p>
 * The measure's process changes are step changes: the mean and process limits are calculated afresh from the first
 * observation on or after each change's date, so the latest partition (the current process) is what the variation and
 * assurance icons judge. A change that cannot start a partition is left out with a note (see
 * {@link #processChanges(Measure, List, List)}); when changes are applied, the baseline date is not used, and each
 * process sets its limits from all its points.
 */
public final class MeasureSpc {

	private MeasureSpc() {
	}

	/**
	 * The analysis of one measure.
	 *
	 * @param measure the measure
	 * @param result  the SPC analysis; its notes start with how the measure was read (observations left out, the
	 *                baseline period chosen), followed by the engine's own notes
	 */
	public record Analysis(Measure measure, SpcResult result) {

		/** Checks both parts are there. */
		public Analysis {
			Objects.requireNonNull(measure, "measure");
			Objects.requireNonNull(result, "result");
		}

		/** The measure's name, or "(unnamed measure)". */
		public String name() {
			return nameOf(measure);
		}
	}

	/**
	 * The improvement direction of a desired direction; no direction (or none recorded) is neutral.
	 *
	 * @param direction the measure's desired direction, may be null
	 * @return the SPC improvement direction
	 */
	public static ImprovementDirection direction(DesiredDirection direction) {
		if (direction == null) {
			return ImprovementDirection.NEUTRAL;
		}
		return switch (direction) {
		case HIGHER_IS_BETTER -> ImprovementDirection.HIGHER_IS_BETTER;
		case LOWER_IS_BETTER -> ImprovementDirection.LOWER_IS_BETTER;
		case NONE -> ImprovementDirection.NEUTRAL;
		};
	}

	/**
	 * Analyses a measure with the baseline period read from the measure (see the class comment).
	 *
	 * @param measure the measure
	 * @return the analysis
	 * @throws org.placewise.spc.SpcInputException when the SPC engine refuses the series
	 */
	public static Analysis analyse(Measure measure) {
		return analyse(measure, OptionalInt.empty());
	}

	/**
	 * Analyses a measure.
	 *
	 * @param measure        the measure
	 * @param baselinePoints points at the start that set the mean and limits; empty to read the baseline period from
	 *                       the measure
	 * @return the analysis
	 * @throws org.placewise.spc.SpcInputException when the SPC engine refuses the settings or the series (for example a
	 *                                             baseline of 1 point)
	 */
	public static Analysis analyse(Measure measure, OptionalInt baselinePoints) {
		Objects.requireNonNull(measure, "measure");
		Objects.requireNonNull(baselinePoints, "baselinePoints");
		List<String> notes = new ArrayList<>();
		List<Observation> series = observations(measure, notes);
		SpcOptions.Builder options = SpcOptions.builder().direction(direction(measure.getDesiredDirection()));
		if (measure.getTargetValue() != null) {
			options.target(measure.getTargetValue().doubleValue());
		}
		List<LocalDate> changes = processChanges(measure, series, notes);
		changes.forEach(date -> options.stepChange(StepChange.onDate(date)));
		if (baselinePoints.isPresent()) {
			options.baselinePoints(baselinePoints.getAsInt());
		} else if (changes.isEmpty()) {
			baselineFromDate(measure, series, notes).ifPresent(options::baselinePoints);
		} else if (measure.getBaselineDate() != null) {
			notes.add("The baseline date " + PlacewiseLabels.date(measure.getBaselineDate())
					+ " is not used: with a process change each process sets its mean and limits from all its points.");
		}
		SpcResult result = SpcAnalysis.analyse(series, options.build());
		if (notes.isEmpty()) {
			return new Analysis(measure, result);
		}
		notes.addAll(result.notes());
		return new Analysis(measure, new SpcResult(result.options(), result.chartKind(), result.points(),
				result.partitions(), result.latestVariation(), result.assurance(), notes));
	}

	/**
	 * The measure's observations as an SPC series, in model order; observations without a value are left out and named
	 * in {@code notes}.
	 */
	static List<Observation> observations(Measure measure, List<String> notes) {
		List<Observation> series = new ArrayList<>();
		List<String> withoutValue = new ArrayList<>();
		int position = 0;
		for (org.placewise.model.measures.Observation observation : measure.getObservations()) {
			position++;
			BigDecimal value = observation.getObservedValue();
			if (value == null) {
				withoutValue.add(observation.getObservedOn() != null ? "dated " + observation.getObservedOn()
						: "number " + position);
				continue;
			}
			series.add(new Observation(observation.getObservedOn(), value.doubleValue()));
		}
		if (!withoutValue.isEmpty()) {
			notes.add(withoutValue.size() + (withoutValue.size() == 1 ? " observation has" : " observations have")
					+ " no value and " + (withoutValue.size() == 1 ? "is" : "are") + " left out ("
					+ String.join(", ", withoutValue) + ").");
		}
		return series;
	}

	/**
	 * The dates of the measure's process changes that can start a new partition, earliest first. A change is left out,
	 * with a note saying why, when it has no date, when the observations are not all dated, when it falls on or before
	 * the first observation or after the latest, when it starts at the same observation as an earlier change, or when
	 * it would leave fewer than {@link SpcAnalysis#MIN_POINTS_PER_PARTITION} points before or after it (the limits are
	 * then recalculated once enough points have come in).
	 */
	static List<LocalDate> processChanges(Measure measure, List<Observation> series, List<String> notes) {
		List<ProcessChange> recorded = measure.getProcessChanges();
		if (recorded.isEmpty()) {
			return List.of();
		}
		List<LocalDate> dated = new ArrayList<>();
		int undated = 0;
		for (ProcessChange change : recorded) {
			if (change.getChangedOn() == null) {
				undated++;
			} else {
				dated.add(change.getChangedOn());
			}
		}
		if (undated > 0) {
			notes.add(undated == 1 ? "A process change has no date and is left out."
					: undated + " process changes have no date and are left out.");
		}
		if (dated.isEmpty()) {
			return List.of();
		}
		if (series.isEmpty() || series.stream().anyMatch(o -> o.date() == null)) {
			notes.add("The process changes are left out: they can only be placed when every observation has a date.");
			return List.of();
		}
		List<LocalDate> sortedDates = series.stream().map(Observation::date).sorted().toList();
		int n = sortedDates.size();
		LocalDate first = sortedDates.get(0);
		LocalDate latest = sortedDates.get(n - 1);
		dated.sort(null);
		List<LocalDate> accepted = new ArrayList<>();
		List<Integer> starts = new ArrayList<>();
		int previousStart = 0;
		for (LocalDate date : dated) {
			String change = "The process change on " + PlacewiseLabels.date(date);
			if (!date.isAfter(first)) {
				notes.add(change + " is on or before the first observation (" + PlacewiseLabels.date(first)
						+ "), so the whole series is under the new process.");
				continue;
			}
			if (date.isAfter(latest)) {
				notes.add(change + " is after the latest observation (" + PlacewiseLabels.date(latest)
						+ "); limits will be recalculated from it once observations under the new process come in.");
				continue;
			}
			int start = firstOnOrAfter(sortedDates, date);
			if (start == previousStart) {
				notes.add(change + " starts at the same observation as the one before it and is left out.");
				continue;
			}
			if (start - previousStart < SpcAnalysis.MIN_POINTS_PER_PARTITION) {
				notes.add(change + " comes only " + (start - previousStart) + " points after the "
						+ (accepted.isEmpty() ? "start of the series" : "previous process change") + "; at least "
						+ SpcAnalysis.MIN_POINTS_PER_PARTITION
						+ " points are needed to set limits, so it is left out.");
				continue;
			}
			accepted.add(date);
			starts.add(start);
			previousStart = start;
		}
		if (!accepted.isEmpty() && n - previousStart < SpcAnalysis.MIN_POINTS_PER_PARTITION) {
			LocalDate last = accepted.remove(accepted.size() - 1);
			notes.add("The process change on " + PlacewiseLabels.date(last) + " has only " + (n - previousStart)
					+ " points after it; limits will be recalculated from it once there are "
					+ SpcAnalysis.MIN_POINTS_PER_PARTITION + ".");
		}
		return accepted;
	}

	private static int firstOnOrAfter(List<LocalDate> sortedDates, LocalDate date) {
		for (int i = 0; i < sortedDates.size(); i++) {
			if (!sortedDates.get(i).isBefore(date)) {
				return i;
			}
		}
		return sortedDates.size();
	}

	private static OptionalInt baselineFromDate(Measure measure, List<Observation> series, List<String> notes) {
		LocalDate baselineDate = measure.getBaselineDate();
		if (baselineDate == null || series.stream().anyMatch(o -> o.date() == null)) {
			return OptionalInt.empty();
		}
		int upToBaseline = (int) series.stream().filter(o -> !o.date().isAfter(baselineDate)).count();
		if (upToBaseline >= 2 && upToBaseline < series.size()) {
			notes.add("The mean and process limits are set by the " + upToBaseline
					+ " observations up to the baseline date " + baselineDate + ".");
			return OptionalInt.of(upToBaseline);
		}
		return OptionalInt.empty();
	}

	/**
	 * @param measure a measure
	 * @return its name, or "(unnamed measure)" when it has none
	 */
	public static String nameOf(Measure measure) {
		String name = measure.getName();
		return name == null || name.isBlank() ? "(unnamed measure)" : name;
	}
}
