package org.placewise.checks.rules.measure;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.measures.DesiredDirection;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.MeasuresPackage;
import org.placewise.model.query.Measures;

/** A target that does not move the measure the way its desired direction says is better. */
public final class TargetAgainstDirection extends CheckRule<Measure> {

	public TargetAgainstDirection() {
		super(Measure.class, MeasuresPackage.Literals.MEASURE, "measure.target-against-direction", Severity.ERROR,
				"Target moves against the desired direction",
				"A target is an improvement on the baseline: lower delay days (10.0 to 8.4), more reablement hours "
						+ "(113.2 to 137.1) in Mid and South Essex (Integration at place toolkit, NHS Providers 2022). A "
						+ "target no better than the baseline means the target, the baseline or the direction is wrong.");
	}

	@Override
	public void check(Measure measure, CheckContext context) {
		if (Measures.targetImproves(measure).orElse(true)) {
			return;
		}
		boolean higherIsBetter = measure.getDesiredDirection() == DesiredDirection.HIGHER_IS_BETTER;
		context.report(measure,
				String.format("Measure %s has a target of %s against a baseline of %s, but %s is better",
						Figures.quoted(measure), Figures.value(measure.getTargetValue()),
						Figures.value(measure.getBaselineValue()),
						higherIsBetter ? "higher" : "lower"));
	}
}
