package org.placewise.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

import org.placewise.model.measures.DesiredDirection;
import org.placewise.model.measures.Measure;
import org.placewise.spc.ImprovementDirection;
import org.placewise.spc.Observation;
import org.placewise.spc.SpcAnalysis;
import org.placewise.spc.SpcOptions;
import org.placewise.spc.SpcResult;

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
		if (baselinePoints.isPresent()) {
			options.baselinePoints(baselinePoints.getAsInt());
		} else {
			baselineFromDate(measure, series, notes).ifPresent(options::baselinePoints);
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
