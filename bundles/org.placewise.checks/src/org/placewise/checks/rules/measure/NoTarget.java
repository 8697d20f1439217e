package org.placewise.checks.rules.measure;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.MeasuresPackage;

/** Measure with no target. */
public final class NoTarget extends CheckRule<Measure> {

	public NoTarget() {
		super(Measure.class, MeasuresPackage.Literals.MEASURE, "measure.no-target", Severity.WARNING,
				"Measure with no target",
				"Without a target nobody can say whether a measure is on track; the toolkit's measures of "
						+ "success pair each baseline with a target and trajectory (Integration at place toolkit, NHS "
						+ "Providers 2022: Mid and South Essex KPI table).");
	}

	@Override
	public void check(Measure measure, CheckContext context) {
		if (measure.getTargetValue() == null) {
			context.report(measure, String.format("Measure %s has no target", Figures.quoted(measure)));
		}
	}
}
