package org.placewise.checks.rules.measure;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.MeasuresPackage;

/** A measure with no observation recorded at all. */
public final class NoObservations extends CheckRule<Measure> {

	public NoObservations() {
		super(Measure.class, MeasuresPackage.Literals.MEASURE, "measure.no-observations", Severity.INFO,
				"Measure with no observations",
				"A measure is read as a time series of observations against its baseline and target (NHS England, "
						+ "Making Data Count: XmR charts); until observations are recorded it shows nothing.");
	}

	@Override
	public void check(Measure measure, CheckContext context) {
		if (measure.getObservations().isEmpty()) {
			context.report(measure, String.format("Measure %s has no observations recorded", Figures.quoted(measure)));
		}
	}
}
