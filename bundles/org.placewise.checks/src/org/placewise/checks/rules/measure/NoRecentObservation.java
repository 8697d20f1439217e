package org.placewise.checks.rules.measure;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Dependency;
import org.placewise.checks.RuleParameter;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.core.Frequency;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.MeasuresPackage;
import org.placewise.model.measures.Observation;
import org.placewise.model.query.Measures;

/** A measure whose latest observation is older than its reporting frequency allows. */
public final class NoRecentObservation extends CheckRule<Measure> {

	public NoRecentObservation() {
		super(Measure.class, MeasuresPackage.Literals.MEASURE, "measure.no-recent-observation", Severity.WARNING,
				"Measure with no recent observation",
				"A measure reported weekly but last observed a month ago tells the board about the past; Making Data "
						+ "Count (NHS England) reads change from a current time series, and Mid and South Essex reviewed "
						+ "its KPIs weekly (Integration at place toolkit). The window allowed depends on the frequency.");
	}

	@Override
	public List<RuleParameter> parameters() {
		return List.of(
				new RuleParameter("daily-days", 3, "days allowed since the last observation of a daily measure"),
				new RuleParameter("weekly-days", 14, "days allowed since the last observation of a weekly measure"),
				new RuleParameter("fortnightly-days", 28,
						"days allowed since the last observation of a fortnightly measure"),
				new RuleParameter("monthly-days", 45, "days allowed since the last observation of a monthly measure"),
				new RuleParameter("bimonthly-days", 75,
						"days allowed since the last observation of a bimonthly measure"),
				new RuleParameter("quarterly-days", 120,
						"days allowed since the last observation of a quarterly measure"),
				new RuleParameter("six-monthly-days", 210,
						"days allowed since the last observation of a six-monthly measure"),
				new RuleParameter("annually-days", 400,
						"days allowed since the last observation of an annual measure"));
	}

	@Override
	public void check(Measure measure, CheckContext context) {
		Frequency frequency = measure.getFrequency();
		if (frequency == Frequency.NOT_STATED || frequency == Frequency.AD_HOC) {
			return;
		}
		Optional<Observation> latest = Measures.latestObservation(measure);
		if (latest.isEmpty()) {
			return; // measure.no-observations
		}
		int allowed = context.parameter(frequency.getLiteral().toLowerCase(Locale.ROOT) + "-days");
		LocalDate last = latest.get().getObservedOn();
		long age = ChronoUnit.DAYS.between(last, context.asOf());
		if (age > allowed) {
			context.report(measure, String.format("Measure %s is reported %s but was last observed on %s, %s before %s "
					+ "(allowed: %s)", Figures.quoted(measure), PlacewiseLabels.literalInSentence(frequency),
					Figures.date(last),
					Figures.many(age, "day"), Figures.date(context.asOf()), Figures.many(allowed, "day")),
					latest.get());
		}
	}

	@Override
	public List<Dependency> dependencies() {
		return List.of(Dependency.onOne(MeasuresPackage.Literals.OBSERVATION__OBSERVED_ON, Observation::getMeasure));
	}
}
