package org.placewise.generator.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.placewise.generator.GapKind;
import org.placewise.generator.internal.ProgrammeTemplates.MeasureTemplate;
import org.placewise.model.core.Frequency;
import org.placewise.model.governance.Partnership;
import org.placewise.model.measures.DesiredDirection;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.MeasuresFactory;
import org.placewise.model.measures.Observation;
import org.placewise.model.measures.TrajectoryPoint;
import org.placewise.model.organisation.Person;

/**
 * Measures that matter, with a baseline, a target, a quarterly trajectory from the baseline to the target date (most
 * reaching the target, a few planning only part of the way) and two years of weekly observations: a noisy walk from the
 * baseline towards the target.
 */
final class Measures extends GeneratorPart {

	Measures(Generation generation) {
		super(generation);
	}

	Measure measure(MeasureTemplate template, String area, String theme, Person owner) {
		Measure measure = identify(MeasuresFactory.eINSTANCE.createMeasure());
		measure.setName(template.name() + ", " + area);
		measure.setKind(template.kind());
		measure.setTheme(theme);
		measure.setUnit(template.unit());
		measure.setDesiredDirection(template.direction());
		measure.setFrequency(Frequency.WEEKLY);
		measure.setOwner(owner);
		measure.setDataSource(names.pick(List.of("Secondary Uses Service (SUS)", "Community Services Data Set",
				"Adult social care client level data", "Local discharge tracker", "Partnership survey")));
		// Baselines vary by ±20% between areas; values are kept in tenths of the unit.
		long baseline = Math.max(10, template.baseline() * (80 + random.nextInt(41)) / 100);
		int sign = template.direction() == DesiredDirection.LOWER_IS_BETTER ? -1 : 1;
		long target = baseline + sign * baseline * template.change() / 100;
		if (!gap(GapKind.MEASURE_NO_BASELINE)) {
			measure.setBaselineValue(BigDecimal.valueOf(baseline, 1));
			measure.setBaselineDate(FIRST_OBSERVATION);
		}
		if (!gap(GapKind.MEASURE_NO_TARGET)) {
			measure.setTargetValue(BigDecimal.valueOf(target, 1));
			measure.setTargetDate(TARGET_DATE);
		}
		// The trajectory plans quarterly steps from the baseline to the target date. Most plans reach the target by
		// then; about one in ten plans only part of the way (60 to 90% of the change), as a real plan does when the
		// target was set above what the partners think they can deliver.
		long planned = random.nextInt(10) == 0 ? baseline + (target - baseline) * (60 + random.nextInt(31)) / 100
				: target;
		long days = ChronoUnit.DAYS.between(FIRST_OBSERVATION, TARGET_DATE);
		for (LocalDate due = FIRST_OBSERVATION.plusWeeks(13); !due.isAfter(TARGET_DATE); due = due.plusWeeks(13)) {
			long elapsed = ChronoUnit.DAYS.between(FIRST_OBSERVATION, due);
			trajectoryPoint(measure, due, baseline + (planned - baseline) * elapsed / days);
		}
		trajectoryPoint(measure, TARGET_DATE, planned);
		// A noisy walk from the baseline towards (and sometimes past) the target.
		double progress = 0.3 + random.nextDouble() * 0.9;
		double noise = Math.max(1, baseline * 0.04);
		List<Observation> observations = new ArrayList<>(WEEKS_OF_OBSERVATIONS);
		for (int week = 0; week < WEEKS_OF_OBSERVATIONS; week++) {
			Observation observation = identify(MeasuresFactory.eINSTANCE.createObservation());
			observation.setObservedOn(FIRST_OBSERVATION.plusWeeks(week));
			double expected = baseline + (target - baseline) * progress * week / (WEEKS_OF_OBSERVATIONS - 1);
			long value = Math.max(0, Math.round(expected + noise * (random.nextDouble() * 2 - 1)
					+ (random.nextInt(40) == 0 ? noise * 3 : 0)));
			observation.setObservedValue(BigDecimal.valueOf(value, 1));
			if (random.nextInt(60) == 0) {
				observation.setNote(names.pick(List.of("Bank holiday week", "Data incomplete: one provider late",
						"Winter pressures escalation", "Industrial action", "New recording system went live")));
			}
			observations.add(observation);
		}
		measure.getObservations().addAll(observations);
		model.getMeasures().add(measure);
		return measure;
	}

	private void trajectoryPoint(Measure measure, LocalDate due, long tenths) {
		if (!measure.getTrajectory().isEmpty() && measure.getTrajectory()
				.get(measure.getTrajectory().size() - 1).getDueDate().equals(due)) {
			return;
		}
		TrajectoryPoint point = identify(MeasuresFactory.eINSTANCE.createTrajectoryPoint());
		point.setDueDate(due);
		point.setExpectedValue(BigDecimal.valueOf(tenths, 1));
		measure.getTrajectory().add(point);
	}
}
