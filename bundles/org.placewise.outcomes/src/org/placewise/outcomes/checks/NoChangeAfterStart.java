package org.placewise.outcomes.checks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Dependency;
import org.placewise.checks.RuleParameter;
import org.placewise.checks.Severity;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.measures.DesiredDirection;
import org.placewise.model.measures.Measure;
import org.placewise.model.outcomes.OutcomesPackage;
import org.placewise.model.outcomes.WorkProgramme;
import org.placewise.outcomes.MeasureSpc;
import org.placewise.spc.SpcInputException;
import org.placewise.spc.SpcPoint;
import org.placewise.spc.SpcResult;

/**
 * A work programme that started some time ago and whose measures show no special-cause variation in the points since it
 * started.
 */
public final class NoChangeAfterStart extends CheckRule<WorkProgramme> {

	public NoChangeAfterStart() {
		super(WorkProgramme.class, OutcomesPackage.Literals.WORK_PROGRAMME, "programme.no-change-after-start",
				Severity.WARNING, "Work programme whose measures have not changed since it started",
				"A programme is there to change what its measures show; when enough points have come in since it "
						+ "started and none of its measures shows special-cause variation, the work is not (yet) "
						+ "making a difference the data can see (Making Data Count, NHS England: common-cause "
						+ "variation is the process carrying on as before). A process change recorded on or after the "
						+ "start counts as a change. Measures with no desired direction, or with fewer points since the "
						+ "start than the parameter asks, are not judged.");
	}

	@Override
	public List<RuleParameter> parameters() {
		return List.of(
				new RuleParameter("points", 12,
						"points a measure needs after the programme's start date before it is expected to show a change"),
				new RuleParameter("min-points", 15,
						"points a measure needs in all before its process limits are relied on"));
	}

	@Override
	public void check(WorkProgramme programme, CheckContext context) {
		LocalDate start = programme.getStartDate();
		if (start == null || programme.getMeasures().isEmpty()) {
			return;
		}
		int wanted = context.parameter("points");
		int minimum = context.parameter("min-points");
		List<Measure> unchanged = new ArrayList<>();
		int fewestSince = Integer.MAX_VALUE;
		for (Measure measure : programme.getMeasures()) {
			if (measure.getDesiredDirection() == null || measure.getDesiredDirection() == DesiredDirection.NONE) {
				continue;
			}
			SpcResult result;
			try {
				result = MeasureSpc.analyse(measure).result();
			} catch (SpcInputException e) {
				continue;
			}
			if (result.points().size() < minimum) {
				continue;
			}
			List<SpcPoint> since = result.points().stream().filter(p -> p.date() != null && !p.date().isBefore(start))
					.toList();
			if (since.size() < wanted) {
				continue;
			}
			if (since.stream().anyMatch(p -> p.variation().isSpecialCause()) || changedSince(result, start)) {
				return;
			}
			unchanged.add(measure);
			fewestSince = Math.min(fewestSince, since.size());
		}
		if (unchanged.isEmpty()) {
			return;
		}
		context.report(programme, String.format(
				"Work programme '%s' started on %s, and %s %s no special-cause variation in the %s points since",
				PlacewiseLabels.name(programme), PlacewiseLabels.date(start), Names.quoted(unchanged),
				unchanged.size() == 1 ? "shows" : "show",
				unchanged.size() == 1 ? String.valueOf(fewestSince) : fewestSince + " or more"),
				unchanged.toArray(Measure[]::new));
	}

	/** Whether a recorded process change was applied on or after the start: the process itself has changed. */
	private static boolean changedSince(SpcResult result, LocalDate start) {
		return result.partitions().stream().skip(1).map(p -> result.points().get(p.firstPoint()).date())
				.anyMatch(date -> date != null && !date.isBefore(start));
	}

	@Override
	public List<Dependency> dependencies() {
		return MeasureData.readBy(Measure::getProgrammes);
	}
}
