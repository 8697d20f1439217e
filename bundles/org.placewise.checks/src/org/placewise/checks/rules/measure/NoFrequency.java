package org.placewise.checks.rules.measure;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.core.Frequency;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.MeasuresPackage;

/** Measure with no reporting frequency. */
public final class NoFrequency extends CheckRule<Measure> {

	public NoFrequency() {
		super(Measure.class, MeasuresPackage.Literals.MEASURE, "measure.no-frequency", Severity.WARNING,
				"Measure with no reporting frequency",
				"Measures are read as time series (NHS England, Making Data Count): how often a measure is "
						+ "reported decides how quickly a change shows and when an observation is overdue; Mid and South "
						+ "Essex reported its KPIs weekly.");
	}

	@Override
	public void check(Measure measure, CheckContext context) {
		if (measure.getFrequency() == Frequency.NOT_STATED) {
			context.report(measure, String.format("Measure %s has no reporting frequency", Figures.quoted(measure)));
		}
	}
}
