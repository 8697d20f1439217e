package org.placewise.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.measures.Measure;
import org.placewise.model.query.Measures;
import org.placewise.diagram.chart.SpcChartSvg;
import org.placewise.outcomes.MeasureSpc;

/**
 * The measures of a page: a table with baseline, target, latest value and the Making Data Count variation and assurance
 * icons, then each measure in detail with its SPC chart. Programme pages and the page of measures no programme lists
 * both show their measures this way.
 */
final class MeasuresSection {

	private final PackPlan plan;

	MeasuresSection(PackPlan plan) {
		this.plan = plan;
	}

	/**
	 * @param measures the measures, in the order shown
	 * @param caption  the table's caption
	 */
	void write(Markup html, List<Measure> measures, String caption) {
		html.open("section", "aria-labelledby", "measures");
		html.element("h2", "Measures", "id", "measures");
		if (measures.isEmpty()) {
			html.open("p");
			html.badge("No measures", "gap");
			html.text(" No measure shows whether this programme is working.").close();
			html.close();
			return;
		}
		html.open("div", "class", "table-wrap");
		html.open("table", "class", "measures").element("caption", caption);
		html.open("thead").open("tr");
		html.headers("Measure", "Unit", "Better when", "Baseline", "Target", "Latest", "Variation", "Assurance");
		html.close().close().open("tbody");
		for (Measure measure : measures) {
			row(html, measure);
		}
		html.close().close().close();
		html.open("p", "class", "key").text("Variation and assurance follow NHS England's Making Data Count: ")
				.element("em", "variation")
				.text(" says whether the latest point is common cause or a special cause (improvement or concern); ")
				.element("em", "assurance")
				.text(" says whether the process as it runs now will consistently pass or fail its target, or hit and miss.")
				.close();
		for (Measure measure : measures) {
			detail(html, measure);
		}
		html.close();
	}

	private void row(Markup html, Measure measure) {
		MeasureSpc.Analysis analysis = plan.analysis(measure);
		html.row(measure, null, null);
		html.open("th", "scope", "row").open("a", "href", "#" + PackPlan.anchorId(measure))
				.text(PackWording.name(measure)).close().findingsAbout(measure).close();
		html.cell(PackWording.unit(measure) == null ? "\u2013" : PackWording.unit(measure));
		html.cell(PackWording.betterWhen(measure.getDesiredDirection()));
		html.open("td", "class", "num");
		valueOrBadge(html, measure.getBaselineValue(), measure.getBaselineDate(), "No baseline");
		html.close().open("td", "class", "num");
		valueOrBadge(html, measure.getTargetValue(), measure.getTargetDate(), "No target");
		html.close().open("td", "class", "num");
		var latest = Measures.latestObservation(measure);
		if (latest.isPresent() && latest.get().getObservedValue() != null) {
			html.text(PlacewiseLabels.number(latest.get().getObservedValue()));
			html.element("span", PlacewiseLabels.date(latest.get().getObservedOn()), "class", "date");
		} else {
			html.badge("No data", "gap");
		}
		html.close().open("td");
		if (analysis != null) {
			PackIcons.variation(html, analysis.result().latestVariation());
		} else {
			html.badge("Cannot chart", "gap");
		}
		html.close().open("td");
		if (analysis != null) {
			PackIcons.assurance(html, analysis.result().assurance(),
					PackWording.noAssuranceReason(measure, analysis.result()));
		} else {
			html.badge("Cannot chart", "gap");
		}
		html.close().close();
	}

	private static void valueOrBadge(Markup html, BigDecimal value, LocalDate date, String missing) {
		if (value == null) {
			html.badge(missing, "gap");
			return;
		}
		html.text(PlacewiseLabels.number(value));
		if (date != null) {
			html.element("span", PlacewiseLabels.date(date), "class", "date");
		}
	}

	private void detail(Markup html, Measure measure) {
		MeasureSpc.Analysis analysis = plan.analysis(measure);
		html.open("section", "id", PackPlan.anchorId(measure), "class", "measure");
		html.element("h3", PackWording.name(measure));
		html.description(measure.getDescription());
		html.open("dl", "class", "facts compact");
		html.fact("Kind", PlacewiseLabels.literal(measure.getKind()), null);
		html.fact("Frequency", measure.getFrequency() == null ? null : PlacewiseLabels.literal(measure.getFrequency()),
				"Not stated");
		html.fact("Owner", measure.getOwner() == null ? null : PackWording.name(measure.getOwner()), "No owner");
		html.fact("Data source", PackWording.blankToNull(measure.getDataSource()), "No data source");
		html.close();
		if (analysis == null) {
			html.open("p", "class", "notice");
			html.text("This measure's observations cannot be charted: " + plan.analysisError(measure));
			html.close();
		} else if (analysis.result().points().isEmpty()) {
			html.open("p", "class", "notice");
			html.badge("No data", "gap");
			html.text(" There are no observations yet, so there is no chart.");
			html.close();
		} else {
			html.open("figure", "class", "chart");
			html.empty("img", "src", plan.chartFiles().get(measure), "alt",
					SpcChartSvg.describe(analysis.name(), analysis.result()), "width",
					String.valueOf(SpcChartSvg.DEFAULT_WIDTH), "height", String.valueOf(SpcChartSvg.DEFAULT_HEIGHT));
			html.close();
		}
		if (analysis != null && !analysis.result().points().isEmpty() && !analysis.result().notes().isEmpty()) {
			html.open("ul", "class", "notes");
			analysis.result().notes().forEach(note -> html.element("li", note));
			html.close();
		}
		html.close();
	}
}
