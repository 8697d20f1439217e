package org.placewise.checks.rules.programme;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.outcomes.OutcomesPackage;
import org.placewise.model.outcomes.WorkProgramme;

/** Work programme with no budget. */
public final class NoBudget extends CheckRule<WorkProgramme> {

	public NoBudget() {
		super(WorkProgramme.class, OutcomesPackage.Literals.WORK_PROGRAMME, "programme.no-budget", Severity.WARNING,
				"Work programme with no budget",
				"Resources follow outcomes: a programme needs a stated budget so partners can see what they are "
						+ "putting in and weigh it against the benefit (HFMA roundtable on place-level working: resources "
						+ "versus outcomes).");
	}

	@Override
	public void check(WorkProgramme programme, CheckContext context) {
		if (programme.getBudget() == null) {
			context.report(programme,
					String.format("Work programme %s has no budget recorded", Figures.quoted(programme)));
		}
	}
}
