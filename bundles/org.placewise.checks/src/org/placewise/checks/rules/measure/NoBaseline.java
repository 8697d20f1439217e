package org.placewise.checks.rules.measure;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.MeasuresPackage;

/** Measure with no baseline. */
public final class NoBaseline extends CheckRule<Measure> {

	public NoBaseline() {
		super(Measure.class, MeasuresPackage.Literals.MEASURE, "measure.no-baseline", Severity.WARNING,
				"Measure with no baseline",
				"A measure shows progress only against where it started: Mid and South Essex recorded baselines "
						+ "such as average delay days 10.0 against a target of 8.4, and the rows without one are the gaps "
						+ "to close (Integration at place toolkit, NHS Providers 2022: measures of success).");
	}

	@Override
	public void check(Measure measure, CheckContext context) {
		if (measure.getBaselineValue() == null) {
			context.report(measure, String.format("Measure %s has no baseline", Figures.quoted(measure)));
		}
	}
}
