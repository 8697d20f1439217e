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

/** A programme with measures but none of lived experience. */
public final class NoLivedExperienceMeasure extends CheckRule<WorkProgramme> {

	public NoLivedExperienceMeasure() {
		super(WorkProgramme.class, OutcomesPackage.Literals.WORK_PROGRAMME, "programme.no-lived-experience-measure",
				Severity.INFO, "Programme with no lived-experience measure",
				"Alongside its operational KPIs, Mid and South Essex set up a monthly capture of lived experience to "
						+ "make sure the changes were impacting adults positively and to catch unintended negative "
						+ "impacts (Integration at place toolkit, NHS Providers 2022, measures of success). A programme "
						+ "that tracks measures but none of lived experience cannot tell that.");
	}

	@Override
	public void check(WorkProgramme programme, CheckContext context) {
		if (!programme.getMeasures().isEmpty()
				&& programme.getMeasures().stream().noneMatch(m -> m.getKind() == MeasureKind.LIVED_EXPERIENCE)) {
			context.report(programme, String.format("Programme %s tracks %s but none of lived experience",
					Figures.quoted(programme), Figures.many(programme.getMeasures().size(), "measure")));
		}
	}

	@Override
	public List<Dependency> dependencies() {
		return List.of(Dependency.on(MeasuresPackage.Literals.MEASURE__KIND, (Measure m) -> m.getProgrammes()));
	}
}
