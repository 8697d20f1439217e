package org.placewise.checks.rules.programme;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.outcomes.OutcomesPackage;
import org.placewise.model.outcomes.WorkProgramme;

/** Work programme with no governing board. */
public final class NoGoverningBoard extends CheckRule<WorkProgramme> {

	public NoGoverningBoard() {
		super(WorkProgramme.class, OutcomesPackage.Literals.WORK_PROGRAMME, "programme.no-governing-board",
				Severity.WARNING,
				"Work programme with no governing board",
				"A programme reports to a board that can take its decisions and unblock it; one that reports "
						+ "nowhere is invisible to the partnership's governance (Integration at place toolkit, NHS "
						+ "Providers 2022; King's Fund, place-based systems of care).");
	}

	@Override
	public void check(WorkProgramme programme, CheckContext context) {
		if (programme.getGoverningBoard() == null) {
			context.report(programme,
					String.format("Work programme %s has no governing board", Figures.quoted(programme)));
		}
	}
}
