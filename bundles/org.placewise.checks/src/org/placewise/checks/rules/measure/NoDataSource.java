package org.placewise.checks.rules.measure;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.MeasuresPackage;

/** Measure with no data source. */
public final class NoDataSource extends CheckRule<Measure> {

	public NoDataSource() {
		super(Measure.class, MeasuresPackage.Literals.MEASURE, "measure.no-data-source", Severity.WARNING,
				"Measure with no data source",
				"Joined-up data is one of the barriers programmes meet most; a measure whose data source is not "
						+ "written down cannot be reproduced or trusted (Integration at place toolkit, NHS Providers 2022: "
						+ "barriers: joined-up data).");
	}

	@Override
	public void check(Measure measure, CheckContext context) {
		if (measure.getDataSource() == null || measure.getDataSource().isBlank()) {
			context.report(measure, String.format("Measure %s has no data source", Figures.quoted(measure)));
		}
	}
}
