package org.placewise.outcomes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.measures.Measure;
import org.placewise.model.outcomes.Outcome;
import org.placewise.model.outcomes.WorkProgramme;
import org.placewise.model.query.Outcomes;

/**
 * How each outcome and work programme of a model is doing, rolled up from its measures' statistical process control
 * readings (see docs/leaders-pack.md, "How an outcome's status is rolled up").
 * <p>
 * The rule:
 * <ul>
 * <li>An outcome's status comes from the measures evidencing it and the measures evidencing the outcomes below it, each
 * measure counted once however many of those outcomes it evidences. A work programme's comes from the measures it
 * tracks.</li>
 * <li>Each measure is read once ({@link MeasureReading}): only its current partition counts (the points since its
 * latest process change); with fewer points than {@link RollUpRule#minimumPoints()} it is "not enough data", never
 * fine; a measure with no desired direction neither improves nor deteriorates.</li>
 * <li>Trend: concern wins, so any deteriorating measure makes the whole deteriorating, even with improvement beside it;
 * else any improving measure makes it improving; else, when any measure lacks enough data (or there is no measure), not
 * enough data; else no significant change.</li>
 * <li>Target: any measure consistently failing its target makes it not meeting; else any hit-and-miss target makes it
 * hit and miss; else any target that cannot be judged yet makes it not enough data; else, when some measure has a
 * target, meeting; else no target.</li>
 * </ul>
 * A roll-up is a snapshot: it reads each measure the first time it is asked and keeps the reading, so make a new one
 * after the model changes. It is not safe for use by several threads at once.
 */
public final class OutcomeRollUp {

	private final PlacewiseModel model;
	private final RollUpRule rule;
	private final Map<Measure, MeasureReading> readings = new HashMap<>();
	private final Map<Object, Status> statuses = new HashMap<>();

	private OutcomeRollUp(PlacewiseModel model, RollUpRule rule) {
		this.model = model;
		this.rule = Objects.requireNonNull(rule, "rule");
	}

	/**
	 * A roll-up of a model with the default rule (15 points).
	 *
	 * @param model the model, may be null when only objects outside a model are rolled up
	 * @return the roll-up
	 */
	public static OutcomeRollUp of(PlacewiseModel model) {
		return of(model, RollUpRule.DEFAULT);
	}

	/**
	 * A roll-up of a model.
	 *
	 * @param model the model, may be null when only objects outside a model are rolled up
	 * @param rule  the parameters
	 * @return the roll-up
	 */
	public static OutcomeRollUp of(PlacewiseModel model, RollUpRule rule) {
		return new OutcomeRollUp(model, rule);
	}

	/** @return the model rolled up, or null */
	public PlacewiseModel model() {
		return model;
	}

	/** @return the parameters */
	public RollUpRule rule() {
		return rule;
	}

	/**
	 * @param measure a measure
	 * @return its reading, analysed the first time it is asked for
	 */
	public MeasureReading reading(Measure measure) {
		Objects.requireNonNull(measure, "measure");
		MeasureReading reading = readings.get(measure);
		if (reading == null) {
			reading = MeasureReading.read(measure, rule);
			readings.put(measure, reading);
		}
		return reading;
	}

	/**
	 * @param outcome an outcome
	 * @return its status, from the measures evidencing it and the outcomes below it
	 */
	public Status of(Outcome outcome) {
		Objects.requireNonNull(outcome, "outcome");
		Status status = statuses.get(outcome);
		if (status == null) {
			status = rollUp(measuresBehind(outcome), "outcome");
			statuses.put(outcome, status);
		}
		return status;
	}

	/**
	 * @param programme a work programme
	 * @return its status, from the measures it tracks
	 */
	public Status of(WorkProgramme programme) {
		Objects.requireNonNull(programme, "programme");
		Status status = statuses.get(programme);
		if (status == null) {
			status = rollUp(new LinkedHashSet<>(programme.getMeasures()), "programme");
			statuses.put(programme, status);
		}
		return status;
	}

	/**
	 * The measures an outcome's status comes from: those evidencing it, then those evidencing the outcomes below it
	 * (depth first), each once.
	 *
	 * @param outcome an outcome
	 * @return the measures, without repeats
	 */
	public static Set<Measure> measuresBehind(Outcome outcome) {
		Set<Measure> measures = new LinkedHashSet<>();
		for (Outcome o : Outcomes.selfAndDescendants(outcome)) {
			measures.addAll(o.getEvidencedBy());
		}
		return measures;
	}

	/**
	 * Rolls up a set of measures with this roll-up's readings.
	 *
	 * @param measures the measures (repeats are counted once)
	 * @return the status
	 */
	public Status of(Collection<Measure> measures) {
		return rollUp(new LinkedHashSet<>(measures), "set of measures");
	}

	private Status rollUp(Set<Measure> measures, String subject) {
		List<MeasureReading> behind = new ArrayList<>(measures.size());
		for (Measure measure : measures) {
			behind.add(reading(measure));
		}
		return Status.of(behind, subject);
	}

	/**
	 * The status of an outcome or a work programme.
	 *
	 * @param trend    which way it is moving
	 * @param target   whether it meets its targets
	 * @param measures the readings of the measures behind it, each once, in model order
	 * @param why      plain sentences naming the measures that decide the trend and the target status
	 */
	public record Status(Trend trend, TargetStatus target, List<MeasureReading> measures, String why) {

		/** Checks the parts and copies the list. */
		public Status {
			Objects.requireNonNull(trend, "trend");
			Objects.requireNonNull(target, "target");
			measures = List.copyOf(measures);
			Objects.requireNonNull(why, "why");
		}

		/**
		 * Rolls up measure readings by the rule in the class comment of {@link OutcomeRollUp}.
		 *
		 * @param readings the readings, each measure once
		 * @param subject  what is rolled up ("outcome", "programme"), for the explanation
		 * @return the status
		 */
		static Status of(List<MeasureReading> readings, String subject) {
			Trend trend = rollTrend(readings);
			TargetStatus target = rollTarget(readings);
			return new Status(trend, target, readings, explain(trend, target, readings, subject));
		}

		private static Trend rollTrend(List<MeasureReading> readings) {
			if (any(readings, r -> r.trend() == Trend.DETERIORATING)) {
				return Trend.DETERIORATING;
			}
			if (any(readings, r -> r.trend() == Trend.IMPROVING)) {
				return Trend.IMPROVING;
			}
			if (readings.isEmpty() || any(readings, r -> r.trend() == Trend.NOT_ENOUGH_DATA)) {
				return Trend.NOT_ENOUGH_DATA;
			}
			return Trend.NO_SIGNIFICANT_CHANGE;
		}

		private static TargetStatus rollTarget(List<MeasureReading> readings) {
			for (TargetStatus status : List.of(TargetStatus.NOT_MEETING, TargetStatus.HIT_AND_MISS,
					TargetStatus.NOT_ENOUGH_DATA, TargetStatus.MEETING)) {
				if (any(readings, r -> r.target() == status)) {
					return status;
				}
			}
			return TargetStatus.NO_TARGET;
		}

		private static boolean any(List<MeasureReading> readings, Predicate<MeasureReading> test) {
			for (MeasureReading reading : readings) {
				if (test.test(reading)) {
					return true;
				}
			}
			return false;
		}

		private static String explain(Trend trend, TargetStatus target, List<MeasureReading> readings,
				String subject) {
			if (readings.isEmpty()) {
				return "No measure evidences this " + subject + ", so there is no data to judge it.";
			}
			StringBuilder why = new StringBuilder(PlacewiseLabels.literal(trend));
			List<MeasureReading> lacking = with(readings, r -> r.trend() == Trend.NOT_ENOUGH_DATA);
			switch (trend) {
			case DETERIORATING -> {
				why.append(": special cause concern in ").append(names(with(readings, r -> r.trend() == trend)));
				List<MeasureReading> improving = with(readings, r -> r.trend() == Trend.IMPROVING);
				if (!improving.isEmpty()) {
					why.append(" (concern wins over the improvement in ").append(names(improving)).append(')');
				}
			}
			case IMPROVING -> why.append(": special cause improvement in ")
					.append(names(with(readings, r -> r.trend() == trend))).append(", and no measure shows concern");
			case NOT_ENOUGH_DATA -> why.append(": too few points to judge ").append(names(lacking))
					.append(", and no measure shows special cause");
			case NO_SIGNIFICANT_CHANGE -> why.append(": common cause variation only in ")
					.append(readings.size() == 1 ? "its measure" : "all " + readings.size() + " measures");
			}
			if (trend != Trend.NOT_ENOUGH_DATA && !lacking.isEmpty()) {
				why.append("; too few points to judge ").append(names(lacking));
			}
			why.append(". ").append(PlacewiseLabels.literal(target));
			switch (target) {
			case NOT_MEETING -> why.append(": ").append(names(with(readings, r -> r.target() == target)))
					.append(" consistently fail").append(count(readings, target) == 1 ? "s" : "")
					.append(" the target.");
			case HIT_AND_MISS -> why.append(": the target of ")
					.append(names(with(readings, r -> r.target() == target)))
					.append(" lies between the process limits.");
			case NOT_ENOUGH_DATA -> why.append(": the target of ")
					.append(names(with(readings, r -> r.target() == target))).append(" cannot be judged yet.");
			case MEETING -> why.append(": every measure with a target consistently passes it.");
			case NO_TARGET -> why.append(": no measure behind it has a target that can be judged.");
			}
			return why.toString();
		}

		private static long count(List<MeasureReading> readings, TargetStatus target) {
			return readings.stream().filter(r -> r.target() == target).count();
		}

		private static List<MeasureReading> with(List<MeasureReading> readings, Predicate<MeasureReading> test) {
			return readings.stream().filter(test).toList();
		}

		private static String names(List<MeasureReading> readings) {
			List<String> names = readings.stream().map(r -> "'" + r.name() + "'").toList();
			int shown = Math.min(names.size(), 3);
			String text = String.join(", ", names.subList(0, shown));
			return names.size() > shown ? text + " and " + (names.size() - shown) + " more" : text;
		}

		/** @return the readings of the measures with this trend */
		public List<MeasureReading> measuresWith(Trend wanted) {
			return measures.stream().filter(r -> r.trend() == wanted).toList();
		}

		/** @return the readings of the measures with this target status */
		public List<MeasureReading> measuresWith(TargetStatus wanted) {
			return measures.stream().filter(r -> r.target() == wanted).toList();
		}
	}
}
