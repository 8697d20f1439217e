package org.placewise.checks.rules.measure;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.measures.DesiredDirection;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.MeasuresPackage;

/** Measure with no desired direction. */
public final class NoDesiredDirection extends CheckRule<Measure> {

	public NoDesiredDirection() {
		super(Measure.class, MeasuresPackage.Literals.MEASURE, "measure.no-desired-direction", Severity.WARNING,
				"Measure with no desired direction",
				"Whether higher or lower is better decides whether a target improves on the baseline and whether "
						+ "a change is good news (NHS England, Making Data Count: assurance against target).");
	}

	@Override
	public void check(Measure measure, CheckContext context) {
		if (measure.getDesiredDirection() == DesiredDirection.NONE) {
			context.report(measure, String.format("Measure %s does not say whether higher or lower is better",
					Figures.quoted(measure)));
		}
	}
}
