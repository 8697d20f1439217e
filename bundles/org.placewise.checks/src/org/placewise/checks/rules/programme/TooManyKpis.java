package org.placewise.checks.rules.programme;

import java.util.List;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.RuleParameter;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.measures.Measure;
import org.placewise.model.outcomes.OutcomesPackage;
import org.placewise.model.outcomes.WorkProgramme;

/** A work programme tracking more KPIs than anyone can follow. */
public final class TooManyKpis extends CheckRule<WorkProgramme> {

	public TooManyKpis() {
		super(WorkProgramme.class, OutcomesPackage.Literals.WORK_PROGRAMME, "programme.too-many-kpis", Severity.WARNING,
				"Work programme with too many KPIs",
				"One system set up a new integrated community service with 55 KPIs and could not see clearly whether the "
						+ "change was having a positive impact; Mid and South Essex tracked 8 operational KPIs weekly, "
						+ "with lived experience and staff behaviours captured beside them (Integration at place "
						+ "toolkit, NHS Providers 2022, measures of success): keep a small set of KPIs. Lived-experience "
						+ "and staff measures are not counted as KPIs.");
	}

	@Override
	public List<RuleParameter> parameters() {
		return List.of(new RuleParameter("max", 8, "the most measures a programme may track before it is reported"));
	}

	@Override
	public void check(WorkProgramme programme, CheckContext context) {
		int max = context.parameter("max");
		// The toolkit's own good example is 8 operational KPIs with a staff-behaviour and a lived-experience
		// measure beside them: those two kinds are not KPIs in its count.
		int kpis = (int) programme.getMeasures().stream().filter(TooManyKpis::isKpi).count();
		if (kpis > max) {
			context.report(programme,
					String.format("Work programme %s tracks %s, more than %s", Figures.quoted(programme),
							Figures.many(kpis, "KPI"), Figures.count(max)));
		}
	}

	private static boolean isKpi(Measure measure) {
		return switch (measure.getKind()) {
		case LIVED_EXPERIENCE, STAFF_BEHAVIOUR, STAFF_EXPERIENCE -> false;
		default -> true;
		};
	}
}
