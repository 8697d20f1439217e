package org.placewise.checks.rules.measure;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.measures.MeasuresPackage;
import org.placewise.model.measures.Observation;

/** An observation dated after the as-of date. */
public final class ObservationInFuture extends CheckRule<Observation> {

	public ObservationInFuture() {
		super(Observation.class, MeasuresPackage.Literals.OBSERVATION, "measure.observation-in-future", Severity.ERROR,
				"Observation dated in the future",
				"An observation records what was seen; one dated after today is a typing error or a planned value "
						+ "(which belongs in the trajectory), and it distorts every chart and assurance read from the "
						+ "series (NHS England, Making Data Count).");
	}

	@Override
	public void check(Observation observation, CheckContext context) {
		if (observation.getObservedOn() != null && observation.getObservedOn().isAfter(context.asOf())) {
			context.report(observation, String.format("Observation of measure %s is dated %s, after %s",
					Figures.quoted(observation.getMeasure()), Figures.date(observation.getObservedOn()),
					Figures.date(context.asOf())), observation.getMeasure());
		}
	}
}
