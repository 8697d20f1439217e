package org.placewise.checks.rules.measure;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.MeasuresPackage;

/** Measure with no owner. */
public final class NoOwner extends CheckRule<Measure> {

	public NoOwner() {
		super(Measure.class, MeasuresPackage.Literals.MEASURE, "measure.no-owner", Severity.WARNING,
				"Measure with no owner",
				"Every measure that matters needs a named owner who reports it and explains its movement to the "
						+ "board (Integration at place toolkit, NHS Providers 2022: measures of success).");
	}

	@Override
	public void check(Measure measure, CheckContext context) {
		if (measure.getOwner() == null) {
			context.report(measure, String.format("Measure %s has no owner", Figures.quoted(measure)));
		}
	}
}
