package org.placewise.checks.rules.programme;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.outcomes.OutcomesPackage;
import org.placewise.model.outcomes.WorkProgramme;

/** Work programme with no executive lead. */
public final class NoExecutiveLead extends CheckRule<WorkProgramme> {

	public NoExecutiveLead() {
		super(WorkProgramme.class, OutcomesPackage.Literals.WORK_PROGRAMME, "programme.no-executive-lead",
				Severity.WARNING,
				"Work programme with no executive lead",
				"Every programme needs an executive lead who answers for it to the partnership's leaders "
						+ "(Integration at place toolkit, NHS Providers 2022: clear leadership; King's Fund, place-based "
						+ "systems of care: roles).");
	}

	@Override
	public void check(WorkProgramme programme, CheckContext context) {
		if (programme.getExecutiveLead() == null) {
			context.report(programme,
					String.format("Work programme %s has no executive lead", Figures.quoted(programme)));
		}
	}
}
