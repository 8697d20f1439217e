package org.placewise.checks.rules.programme;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.outcomes.OutcomesPackage;
import org.placewise.model.outcomes.WorkProgramme;

/** A work programme that serves no outcome. */
public final class NoOutcome extends CheckRule<WorkProgramme> {

	public NoOutcome() {
		super(WorkProgramme.class, OutcomesPackage.Literals.WORK_PROGRAMME, "programme.no-outcome", Severity.ERROR,
				"Work programme serving no outcome",
				"Start with outcomes: every programme of change exists to move one of the partnership's shared outcomes "
						+ "(Integration at place toolkit, NHS Providers 2022); a programme linked to none is activity "
						+ "without a purpose anyone agreed.");
	}

	@Override
	public void check(WorkProgramme programme, CheckContext context) {
		if (programme.getOutcomesServed().isEmpty()) {
			context.report(programme, String.format("Work programme %s serves no outcome", Figures.quoted(programme)));
		}
	}
}
