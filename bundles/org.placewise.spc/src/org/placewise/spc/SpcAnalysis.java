package org.placewise.spc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * Statistical process control of a measure the NHS England "Making Data Count" way: an XmR chart with the mean as
 * centre line (a run chart, below 15 points, with the median), process limits at mean ± 2.66 × mean moving range, the
 * four special-cause rules, and the variation and assurance icons.
 *
 * <p>
 * Decisions worth knowing:
 * <ul>
 * <li>Each partition (the whole series, or from one recorded step change to the next) has its own mean and limits,
 * computed from its first {@code baselinePoints} points; shifts, trends and two-of-three runs are looked for within a
 * partition, because they are judged against that partition's process.</li>
 * <li>Below 15 points the chart is a run chart: limits are still computed and reported but are not yet reliable, so
 * only the shift and trend rules are applied and no assurance is given.</li>
 * <li>A point exactly on a process limit or 2-sigma line is not beyond it.</li>
 * <li>Two-of-three flags all three points of the qualifying window, like the other run rules.</li>
 * <li>A point that ends an increasing trend and starts a decreasing one (or the reverse) takes the side of the step
 * that reached it.</li>
 * <li>The assurance icon uses the limits of the latest partition: the current process.</li>
 * </ul>
 */
public final class SpcAnalysis {

	/** Points needed for a full XmR chart; fewer gives a run chart. */
	public static final int MIN_POINTS_FOR_XMR = 15;
	/** Points each partition needs when step changes are recorded. */
	public static final int MIN_POINTS_PER_PARTITION = 12;
	/** Points Making Data Count recommends as a minimum baseline. */
	public static final int RECOMMENDED_BASELINE = 12;
	/** Moving ranges above this multiple of the mean moving range are outliers when screening. */
	public static final double MOVING_RANGE_SCREEN_FACTOR = 3.267;
	/** The note given for a run chart, word for word. */
	public static final String RUN_CHART_NOTE = "Fewer than 15 points: shown as a run chart; process limits are not yet reliable";

	private SpcAnalysis() {
	}

	/**
	 * Analyses a series.
	 *
	 * @param observations the series, in any order; dates may be missing
	 * @param options      direction, target and settings
	 * @return the analysis, with notes on how the data was treated
	 * @throws SpcInputException when a value is not a finite number, or the step changes cannot be placed or leave a
	 *                           partition with fewer than 12 points
	 */
	public static SpcResult analyse(List<Observation> observations, SpcOptions options) {
		Objects.requireNonNull(observations, "observations");
		Objects.requireNonNull(options, "options");
		List<String> notes = new ArrayList<>();
		checkValues(observations);
		List<Integer> order = chartOrder(observations, notes);
		int n = order.size();
		ChartKind kind = n >= MIN_POINTS_FOR_XMR ? ChartKind.XMR : ChartKind.RUN_CHART;
		if (n == 0) {
			notes.add("There are no observations, so there is nothing to chart.");
		} else if (n < 2) {
			notes.add("Fewer than 2 points: there is no moving range, so no mean moving range and no process limits.");
		} else if (kind == ChartKind.RUN_CHART) {
			notes.add(RUN_CHART_NOTE
					+ " (its centre line is the median; only the shift and trend rules are applied).");
		}

		double[] values = new double[n];
		LocalDate[] dates = new LocalDate[n];
		for (int position = 0; position < n; position++) {
			Observation observation = observations.get(order.get(position));
			values[position] = observation.value();
			dates[position] = observation.date();
		}

		List<Integer> starts = partitionStarts(observations, order, dates, options, notes);
		List<Partition> partitions = new ArrayList<>();
		for (int p = 0; p < starts.size(); p++) {
			int first = starts.get(p);
			int last = p + 1 < starts.size() ? starts.get(p + 1) - 1 : n - 1;
			partitions.add(partition(p + 1, first, last, values, options, starts.size() > 1, notes));
		}
		if (options.baselinePoints().isPresent() && options.baselinePoints().getAsInt() < RECOMMENDED_BASELINE
				&& n > options.baselinePoints().getAsInt()) {
			notes.add("The baseline of " + options.baselinePoints().getAsInt() + " points is shorter than the "
					+ RECOMMENDED_BASELINE
					+ " Making Data Count recommends, so the limits may move a lot when recalculated.");
		}

		List<Set<SpecialCause>> causes = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			causes.add(new TreeSet<>(SpecialCause.BY_PRECEDENCE));
		}
		if (n >= 2) {
			for (Partition partition : partitions) {
				flagShifts(partition, partition.centre(kind), values, options.shiftLength(), causes);
				flagTrends(partition, values, options.trendLength(), causes);
				if (kind == ChartKind.XMR && partition.limits().isPresent()) {
					flagTwoOfThree(partition, values, causes);
					flagOutsideLimits(partition, values, causes);
				}
			}
		}

		List<SpcPoint> points = new ArrayList<>();
		for (int position = 0; position < n; position++) {
			Partition partition = partitionAt(partitions, position);
			OptionalDouble movingRange = position > partition.firstPoint()
					? OptionalDouble.of(Math.abs(values[position] - values[position - 1]))
					: OptionalDouble.empty();
			Optional<SpecialCause> winner = winningCause(causes.get(position), values, position, partition);
			Variation variation = n < 2 ? Variation.NOT_ASSESSED
					: winner.map(cause -> Variation.of(cause.side(), options.direction()))
							.orElse(Variation.COMMON_CAUSE);
			points.add(new SpcPoint(position, order.get(position), dates[position], values[position],
					partition.number(), movingRange, new ArrayList<>(causes.get(position)), winner, variation));
		}

		Variation latest = points.isEmpty() ? Variation.NOT_ASSESSED : points.get(n - 1).variation();
		Assurance assurance = assurance(kind, partitions, options, notes);
		return new SpcResult(options, kind, points, partitions, latest, assurance, notes);
	}

	private static void checkValues(List<Observation> observations) {
		for (int i = 0; i < observations.size(); i++) {
			Observation observation = observations.get(i);
			if (observation == null) {
				throw new SpcInputException("Observation at index " + i + " is missing (null).");
			}
			if (!Double.isFinite(observation.value())) {
				String what = Double.isNaN(observation.value()) ? "is not a number (NaN)" : "is infinite";
				throw new SpcInputException("Observation at index " + i
						+ (observation.date() != null ? " (dated " + observation.date() + ")" : "") + " " + what
						+ "; give it a numeric value or remove it.");
			}
		}
	}

	/** The input indices in chart order: by date when every observation has one, else as given. */
	private static List<Integer> chartOrder(List<Observation> observations, List<String> notes) {
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < observations.size(); i++) {
			order.add(i);
		}
		long undated = observations.stream().filter(o -> o.date() == null).count();
		if (undated > 0) {
			notes.add(undated == observations.size()
					? "No observation has a date, so the points are charted in the order given."
					: undated + " of " + observations.size()
							+ " observations have no date, so the points are charted in the order given and not sorted by date.");
			return order;
		}
		boolean sorted = true;
		for (int i = 1; i < observations.size(); i++) {
			if (observations.get(i).date().isBefore(observations.get(i - 1).date())) {
				sorted = false;
				break;
			}
		}
		if (!sorted) {
			// List.sort is stable, so observations sharing a date keep their given order.
			order.sort(Comparator.comparing(i -> observations.get(i).date()));
			notes.add("The observations were not in date order; they have been sorted by date, earliest first.");
		}
		Set<LocalDate> seen = new HashSet<>();
		Set<LocalDate> repeated = new LinkedHashSet<>();
		for (int i : order) {
			LocalDate date = observations.get(i).date();
			if (!seen.add(date)) {
				repeated.add(date);
			}
		}
		for (LocalDate date : repeated) {
			notes.add("More than one observation is dated " + date + "; they are charted in the order given.");
		}
		return order;
	}

	private static List<Integer> partitionStarts(List<Observation> observations, List<Integer> order,
			LocalDate[] dates, SpcOptions options, List<String> notes) {
		int n = order.size();
		List<Integer> starts = new ArrayList<>();
		if (n == 0) {
			return starts;
		}
		starts.add(0);
		if (options.stepChanges().isEmpty()) {
			return starts;
		}
		Map<Integer, Integer> positionOfInput = new HashMap<>();
		for (int position = 0; position < n; position++) {
			positionOfInput.put(order.get(position), position);
		}
		Map<Integer, StepChange> byStart = new HashMap<>();
		for (StepChange change : options.stepChanges()) {
			int start = placeStepChange(change, observations, positionOfInput, dates);
			if (start == 0) {
				throw new SpcInputException("The " + change.describe()
						+ " falls on the first point of the series; a step change must start a later stretch of data.");
			}
			StepChange clash = byStart.putIfAbsent(start, change);
			if (clash != null) {
				throw new SpcInputException("The " + clash.describe() + " and the " + change.describe()
						+ " both start at " + pointLabel(start, dates) + "; record each step change once.");
			}
		}
		starts.addAll(new TreeSet<>(byStart.keySet()));
		for (int p = 0; p < starts.size(); p++) {
			int first = starts.get(p);
			int end = p + 1 < starts.size() ? starts.get(p + 1) : n;
			int size = end - first;
			if (size < MIN_POINTS_PER_PARTITION) {
				String from = p == 0 ? "from the start" : "from the " + byStart.get(first).describe();
				throw new SpcInputException("Partition " + (p + 1) + " (" + from + ", " + pointLabel(first, dates)
						+ " to " + pointLabel(end - 1, dates) + ") has " + size + " point" + (size == 1 ? "" : "s")
						+ "; each partition needs at least " + MIN_POINTS_PER_PARTITION
						+ " points to set process limits, so move or remove the step change.");
			}
		}
		notes.add("Limits are recalculated at " + (starts.size() - 1) + " recorded step change"
				+ (starts.size() == 2 ? "" : "s") + ", giving " + starts.size() + " partitions.");
		return starts;
	}

	private static int placeStepChange(StepChange change, List<Observation> observations,
			Map<Integer, Integer> positionOfInput, LocalDate[] dates) {
		if (change.date() == null) {
			if (change.inputIndex() >= observations.size()) {
				throw new SpcInputException("The " + change.describe() + " is beyond the last observation (index "
						+ (observations.size() - 1) + ").");
			}
			return positionOfInput.get(change.inputIndex());
		}
		for (int position = 0; position < dates.length; position++) {
			if (dates[position] == null) {
				throw new SpcInputException("The " + change.describe()
						+ " cannot be placed because some observations have no date; give the step change by observation index instead.");
			}
		}
		for (int position = 0; position < dates.length; position++) {
			if (!dates[position].isBefore(change.date())) {
				return position;
			}
		}
		throw new SpcInputException("The " + change.describe() + " is after the last observation (dated "
				+ dates[dates.length - 1] + ").");
	}

	private static String pointLabel(int position, LocalDate[] dates) {
		return dates[position] != null ? dates[position].toString() : "point " + (position + 1);
	}

	private static Partition partition(int number, int first, int last, double[] values, SpcOptions options,
			boolean several, List<String> notes) {
		int size = last - first + 1;
		int baseline = Math.min(size, options.baselinePoints().orElse(size));
		double mean = 0;
		for (int i = first; i < first + baseline; i++) {
			mean += values[i];
		}
		mean /= baseline;
		double median = median(values, first, baseline);
		if (baseline < 2) {
			return new Partition(number, first, last, baseline, mean, median, Optional.empty(), 0);
		}
		String where = several ? "Partition " + number + ": " : "";
		double[] ranges = new double[baseline - 1];
		for (int i = first + 1; i < first + baseline; i++) {
			ranges[i - first - 1] = Math.abs(values[i] - values[i - 1]);
		}
		double meanRange = average(ranges);
		int excluded = 0;
		if (options.screenMovingRanges() && meanRange > 0) {
			double threshold = MOVING_RANGE_SCREEN_FACTOR * meanRange;
			double kept = 0;
			int keptCount = 0;
			for (double range : ranges) {
				if (range > threshold) {
					excluded++;
				} else {
					kept += range;
					keptCount++;
				}
			}
			// At least one moving range is never above the mean, so keptCount is never 0.
			if (excluded > 0) {
				double screened = kept / keptCount;
				notes.add(where + excluded + " moving range" + (excluded == 1 ? " was" : "s were") + " above "
						+ MOVING_RANGE_SCREEN_FACTOR + " × the mean moving range (" + Numbers.plain(meanRange)
						+ ") and left out; the mean moving range is recomputed as " + Numbers.plain(screened) + ".");
				meanRange = screened;
			}
		}
		if (meanRange == 0) {
			notes.add(where + "All baseline values are equal (" + Numbers.plain(mean)
					+ "), so the mean moving range is 0 and the process limits equal the mean; only a point away from that value can be a special cause.");
		}
		return new Partition(number, first, last, baseline, mean, median,
				Optional.of(ProcessLimits.around(mean, meanRange)), excluded);
	}

	/** The median of {@code count} values from {@code first}: the middle one, or the mean of the middle two. */
	static double median(double[] values, int first, int count) {
		double[] sorted = Arrays.copyOfRange(values, first, first + count);
		Arrays.sort(sorted);
		int middle = count / 2;
		return count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	private static double average(double[] numbers) {
		double sum = 0;
		for (double number : numbers) {
			sum += number;
		}
		return sum / numbers.length;
	}

	private static Partition partitionAt(List<Partition> partitions, int position) {
		for (Partition partition : partitions) {
			if (partition.contains(position)) {
				return partition;
			}
		}
		throw new IllegalStateException("No partition holds point " + position);
	}

	private static void flagShifts(Partition partition, double centre, double[] values, int length,
			List<Set<SpecialCause>> causes) {
		int runStart = partition.firstPoint();
		int runSign = 0;
		for (int i = partition.firstPoint(); i <= partition.lastPoint() + 1; i++) {
			// A point on the centre line has sign 0 and breaks any run; the sentinel after the end closes the last run.
			int sign = i <= partition.lastPoint() ? Double.compare(values[i], centre) : 0;
			sign = Integer.signum(sign);
			if (i <= partition.lastPoint() && sign == runSign && sign != 0) {
				continue;
			}
			if (runSign != 0 && i - runStart >= length) {
				flag(causes, runStart, i - 1,
						new SpecialCause(SpecialCauseRule.SHIFT, runSign > 0 ? Side.HIGH : Side.LOW));
			}
			runStart = i;
			runSign = sign;
		}
	}

	private static void flagTrends(Partition partition, double[] values, int length, List<Set<SpecialCause>> causes) {
		int runStart = partition.firstPoint();
		int runDirection = 0;
		for (int i = partition.firstPoint() + 1; i <= partition.lastPoint() + 1; i++) {
			int direction = i <= partition.lastPoint() ? Integer.signum(Double.compare(values[i], values[i - 1])) : 0;
			if (direction == runDirection && direction != 0) {
				continue;
			}
			// The run of points runStart..i-1 ends here; a tie (direction 0) breaks it.
			if (runDirection != 0 && i - runStart >= length) {
				flag(causes, runStart, i - 1,
						new SpecialCause(SpecialCauseRule.TREND, runDirection > 0 ? Side.HIGH : Side.LOW));
			}
			// A new run starts at the point before i, which is shared with the run just ended.
			runStart = i - 1;
			runDirection = direction;
		}
	}

	private static void flagTwoOfThree(Partition partition, double[] values, List<Set<SpecialCause>> causes) {
		ProcessLimits limits = partition.limits().orElseThrow();
		double mean = partition.mean();
		for (int i = partition.firstPoint(); i + 2 <= partition.lastPoint(); i++) {
			int aboveMean = 0;
			int belowMean = 0;
			int beyondUpper = 0;
			int beyondLower = 0;
			for (int j = i; j < i + 3; j++) {
				aboveMean += values[j] > mean ? 1 : 0;
				belowMean += values[j] < mean ? 1 : 0;
				beyondUpper += values[j] > limits.upperTwoSigma() ? 1 : 0;
				beyondLower += values[j] < limits.lowerTwoSigma() ? 1 : 0;
			}
			if (aboveMean == 3 && beyondUpper >= 2) {
				flag(causes, i, i + 2, new SpecialCause(SpecialCauseRule.TWO_OF_THREE_BEYOND_TWO_SIGMA, Side.HIGH));
			}
			if (belowMean == 3 && beyondLower >= 2) {
				flag(causes, i, i + 2, new SpecialCause(SpecialCauseRule.TWO_OF_THREE_BEYOND_TWO_SIGMA, Side.LOW));
			}
		}
	}

	private static void flagOutsideLimits(Partition partition, double[] values, List<Set<SpecialCause>> causes) {
		ProcessLimits limits = partition.limits().orElseThrow();
		for (int i = partition.firstPoint(); i <= partition.lastPoint(); i++) {
			if (values[i] > limits.upperProcessLimit()) {
				flag(causes, i, i, new SpecialCause(SpecialCauseRule.OUTSIDE_PROCESS_LIMITS, Side.HIGH));
			} else if (values[i] < limits.lowerProcessLimit()) {
				flag(causes, i, i, new SpecialCause(SpecialCauseRule.OUTSIDE_PROCESS_LIMITS, Side.LOW));
			}
		}
	}

	private static void flag(List<Set<SpecialCause>> causes, int first, int last, SpecialCause cause) {
		for (int i = first; i <= last; i++) {
			causes.get(i).add(cause);
		}
	}

	private static Optional<SpecialCause> winningCause(Set<SpecialCause> causes, double[] values, int position,
			Partition partition) {
		if (causes.isEmpty()) {
			return Optional.empty();
		}
		SpecialCauseRule rule = causes.iterator().next().rule();
		EnumSet<Side> sides = EnumSet.noneOf(Side.class);
		causes.stream().filter(cause -> cause.rule() == rule).forEach(cause -> sides.add(cause.side()));
		if (sides.size() == 1) {
			return Optional.of(new SpecialCause(rule, sides.iterator().next()));
		}
		// Only a turning point shared by an increasing and a decreasing trend gets here: the step
		// that reached the point says which trend it belongs to. The first point of a partition
		// cannot end a trend, so it always has a predecessor within the partition.
		assert position > partition.firstPoint();
		Side side = values[position] > values[position - 1] ? Side.HIGH : Side.LOW;
		return Optional.of(new SpecialCause(rule, side));
	}

	private static Assurance assurance(ChartKind kind, List<Partition> partitions, SpcOptions options,
			List<String> notes) {
		if (options.target().isEmpty()) {
			return Assurance.NONE;
		}
		if (options.direction() == ImprovementDirection.NEUTRAL) {
			notes.add("A target is set but the measure has no improvement direction, so no assurance is given.");
			return Assurance.NONE;
		}
		Optional<ProcessLimits> limits = partitions.isEmpty() ? Optional.empty()
				: partitions.get(partitions.size() - 1).limits();
		if (kind != ChartKind.XMR || limits.isEmpty()) {
			notes.add("A target is set but there are fewer than " + MIN_POINTS_FOR_XMR
					+ " points, so there are no reliable process limits and no assurance is given.");
			return Assurance.NONE;
		}
		double target = options.target().getAsDouble();
		double lower = limits.get().lowerProcessLimit();
		double upper = limits.get().upperProcessLimit();
		// Pass is tested first: when the limits coincide (all values equal) and the target equals
		// them, every value meets the target exactly, which is a pass in either direction.
		if (options.direction() == ImprovementDirection.HIGHER_IS_BETTER) {
			if (target <= lower) {
				return Assurance.CONSISTENTLY_PASSES;
			}
			return target >= upper ? Assurance.CONSISTENTLY_FAILS : Assurance.HIT_AND_MISS;
		}
		if (target >= upper) {
			return Assurance.CONSISTENTLY_PASSES;
		}
		return target <= lower ? Assurance.CONSISTENTLY_FAILS : Assurance.HIT_AND_MISS;
	}
}
