package org.placewise.checks.rules.measure;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.MeasuresPackage;

/** A measure linked to no outcome and no programme. */
public final class EvidencesNothing extends CheckRule<Measure> {

	public EvidencesNothing() {
		super(Measure.class, MeasuresPackage.Literals.MEASURE, "measure.evidences-nothing", Severity.WARNING,
				"Measure linked to no outcome or programme",
				"Measures that matter are chosen to show progress on an outcome or a programme (Integration at place "
						+ "toolkit, NHS Providers 2022); one linked to neither is collected for nobody, and adds to the "
						+ "burden that made one system's 55 KPIs unreadable.");
	}

	@Override
	public void check(Measure measure, CheckContext context) {
		if (measure.getEvidencedOutcomes().isEmpty() && measure.getProgrammes().isEmpty()) {
			context.report(measure, String.format("Measure %s is linked to no outcome and no work programme",
					Figures.quoted(measure)));
		}
	}
}
