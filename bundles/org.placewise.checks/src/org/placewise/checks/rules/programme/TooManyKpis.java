package org.placewise.checks.rules.programme;

import java.util.List;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.RuleParameter;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.outcomes.OutcomesPackage;
import org.placewise.model.outcomes.WorkProgramme;

/** A work programme tracking more KPIs than anyone can follow. */
public final class TooManyKpis extends CheckRule<WorkProgramme> {

	public TooManyKpis() {
		super(WorkProgramme.class, OutcomesPackage.Literals.WORK_PROGRAMME, "programme.too-many-kpis", Severity.WARNING,
				"Work programme with too many KPIs",
				"One system set up a new integrated community service with 55 KPIs and could not see whether the change "
						+ "was working; Mid and South Essex tracked 8 operational KPIs weekly (Integration at place "
						+ "toolkit, NHS Providers 2022): keep a small set of measures that matter.");
	}

	@Override
	public List<RuleParameter> parameters() {
		return List.of(new RuleParameter("max", 8, "the most measures a programme may track before it is reported"));
	}

	@Override
	public void check(WorkProgramme programme, CheckContext context) {
		int max = context.parameter("max");
		int kpis = programme.getMeasures().size();
		if (kpis > max) {
			context.report(programme,
					String.format("Work programme %s tracks %s, more than %s", Figures.quoted(programme),
							Figures.many(kpis, "KPI"), Figures.count(max)));
		}
	}
}
