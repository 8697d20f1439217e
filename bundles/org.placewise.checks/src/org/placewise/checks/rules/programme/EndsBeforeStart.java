package org.placewise.checks.rules.programme;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.outcomes.OutcomesPackage;
import org.placewise.model.outcomes.WorkProgramme;

/** A work programme planned to end before it starts. */
public final class EndsBeforeStart extends CheckRule<WorkProgramme> {

	public EndsBeforeStart() {
		super(WorkProgramme.class, OutcomesPackage.Literals.WORK_PROGRAMME, "programme.ends-before-start",
				Severity.ERROR,
				"Work programme ends before it starts",
				"Programme plans, trajectories and milestones are laid out between the start and end dates (Integration "
						+ "at place toolkit, NHS Providers 2022: measures with trajectories); an end before the start makes "
						+ "every plan built on them meaningless.");
	}

	@Override
	public void check(WorkProgramme programme, CheckContext context) {
		if (programme.getStartDate() != null && programme.getEndDate() != null
				&& programme.getEndDate().isBefore(programme.getStartDate())) {
			context.report(programme, String.format("Work programme %s ends on %s, before it starts on %s",
					Figures.quoted(programme), Figures.date(programme.getEndDate()),
					Figures.date(programme.getStartDate())));
		}
	}
}
