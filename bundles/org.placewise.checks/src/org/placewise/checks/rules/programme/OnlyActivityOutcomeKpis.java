package org.placewise.checks.rules.programme;

import java.util.List;
import java.util.Set;
import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Dependency;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.MeasureKind;
import org.placewise.model.measures.MeasuresPackage;
import org.placewise.model.outcomes.OutcomesPackage;
import org.placewise.model.outcomes.WorkProgramme;
import org.placewise.model.query.Outcomes;

/** A programme whose only measures of its outcomes count activity. */
public final class OnlyActivityOutcomeKpis extends CheckRule<WorkProgramme> {

	public OnlyActivityOutcomeKpis() {
		super(WorkProgramme.class, OutcomesPackage.Literals.WORK_PROGRAMME, "programme.only-activity-outcome-kpis",
				Severity.WARNING, "Programme whose outcome KPIs only count activity",
				"The toolkit asks for measures that show whether outcomes for people improve, such as the number of "
						+ "people now supported at home who would previously have been in hospital (Integration at place "
						+ "toolkit, NHS Providers 2022, measures of success). Counts of activity show that work is being "
						+ "done, not that anyone is better off.");
	}

	@Override
	public void check(WorkProgramme programme, CheckContext context) {
		Set<Measure> measures = Outcomes.outcomeMeasures(programme);
		if (!measures.isEmpty() && measures.stream().allMatch(m -> m.getKind() == MeasureKind.ACTIVITY)) {
			context.report(programme, String.format("Programme %s measures its outcomes only by activity counts (%s)",
					Figures.quoted(programme), Figures.many(measures.size(), "activity measure")));
		}
	}

	@Override
	public List<Dependency> dependencies() {
		return List.of(
				Dependency.on(MeasuresPackage.Literals.MEASURE__KIND, (Measure m) -> m.getProgrammes()),
				Dependency.everywhere(MeasuresPackage.Literals.MEASURE__EVIDENCED_OUTCOMES,
						OutcomesPackage.Literals.WORK_PROGRAMME));
	}
}
