package org.placewise.checks.rules.programme;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.outcomes.OutcomesPackage;
import org.placewise.model.outcomes.WorkProgramme;

/** Work programme with no senior responsible owner. */
public final class NoSeniorResponsibleOwner extends CheckRule<WorkProgramme> {

	public NoSeniorResponsibleOwner() {
		super(WorkProgramme.class, OutcomesPackage.Literals.WORK_PROGRAMME, "programme.no-senior-responsible-owner",
				Severity.WARNING,
				"Work programme with no senior responsible owner",
				"A senior responsible owner is accountable for a programme meeting its objectives and realising "
						+ "its benefits; without one, delivery problems have nowhere to go (Integration at place toolkit, "
						+ "NHS Providers 2022: governance of programmes).");
	}

	@Override
	public void check(WorkProgramme programme, CheckContext context) {
		if (programme.getSeniorResponsibleOwner() == null) {
			context.report(programme, String.format("Work programme %s has no senior responsible owner (SRO)",
					Figures.quoted(programme)));
		}
	}
}
