package org.placewise.checks.rules.measure;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.MeasuresPackage;

/** A measure whose baseline is dated after the date its target should be met. */
public final class BaselineAfterTargetDate extends CheckRule<Measure> {

	public BaselineAfterTargetDate() {
		super(Measure.class, MeasuresPackage.Literals.MEASURE, "measure.baseline-after-target-date", Severity.ERROR,
				"Baseline dated after the target date",
				"A trajectory runs from the baseline to the target (Integration at place toolkit, NHS Providers 2022: "
						+ "baseline, target, trajectory); a baseline taken after the target date leaves no time to improve, "
						+ "so one of the dates is wrong.");
	}

	@Override
	public void check(Measure measure, CheckContext context) {
		if (measure.getBaselineDate() != null && measure.getTargetDate() != null
				&& measure.getBaselineDate().isAfter(measure.getTargetDate())) {
			context.report(measure, String.format("Measure %s has its baseline dated %s, after its target date %s",
					Figures.quoted(measure), Figures.date(measure.getBaselineDate()),
					Figures.date(measure.getTargetDate())));
		}
	}
}
