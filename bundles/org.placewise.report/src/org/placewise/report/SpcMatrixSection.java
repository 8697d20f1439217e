package org.placewise.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.placewise.diagram.chart.SpcIcons;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.measures.Measure;
import org.placewise.outcomes.MeasureSpc;
import org.placewise.spc.Assurance;
import org.placewise.spc.SpcSummary;
import org.placewise.spc.Variation;

/**
 * The Making Data Count summary matrix, as integrated performance reports show it: every measure placed by the
 * variation of its latest point (rows: improvement, common cause, concern, and special cause without a preferred
 * direction) and its assurance (columns: passes, hit and miss, fails, none), each measure a link to its chart. The
 * overview shows it for every measure of the pack, a programme page for the programme's measures.
 */
final class SpcMatrixSection {

	/** Measures named in one cell before the rest are counted ("and 40 more"), so the table stays one screen. */
	static final int NAMES_PER_CELL = 12;

	private final PackPlan plan;

	SpcMatrixSection(PackPlan plan) {
		this.plan = plan;
	}

	/**
	 * Writes the matrix of the measures that can be charted; writes nothing when none can.
	 *
	 * @param measures the measures, in the order they are named within a cell
	 * @param id       the section heading's id
	 */
	void write(Markup html, List<Measure> measures, String id) {
		List<Measure> charted = new ArrayList<>();
		List<org.placewise.spc.SpcResult> results = new ArrayList<>();
		for (Measure measure : measures) {
			MeasureSpc.Analysis analysis = plan.analysis(measure);
			if (analysis != null) {
				charted.add(measure);
				results.add(analysis.result());
			}
		}
		if (charted.isEmpty()) {
			return;
		}
		Map<SpcSummary.Row, Map<Assurance, List<Measure>>> matrix = SpcSummary.matrix(charted, results);
		html.open("section", "aria-labelledby", id, "class", "spc-matrix");
		html.element("h2", "Measures by variation and assurance", "id", id);
		html.open("div", "class", "table-wrap");
		html.open("table", "class", "matrix");
		html.element("caption", PlacewiseLabels.count(charted.size(), "measure", "measures")
				+ " by the variation of the latest point (rows) and whether the target will be met (columns)");
		html.open("thead").open("tr");
		html.element("td", "");
		for (Assurance column : SpcSummary.COLUMNS) {
			html.open("th", "scope", "col");
			PackIcons.assuranceHeading(html, column);
			html.close();
		}
		html.close().close().open("tbody");
		for (SpcSummary.Row row : SpcSummary.Row.values()) {
			Map<Assurance, List<Measure>> cells = matrix.get(row);
			boolean empty = cells.values().stream().allMatch(List::isEmpty);
			if (empty && (row == SpcSummary.Row.NOT_ASSESSED || row == SpcSummary.Row.NEUTRAL)) {
				continue;
			}
			html.open("tr", "class", "row-" + row.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
			html.open("th", "scope", "row");
			html.open("span", "class", "icon variation");
			for (Variation variation : icons(row)) {
				html.raw(SpcIcons.variationSvg(variation));
			}
			html.element("span", row.label(), "class", "icon-label");
			html.close();
			html.close();
			for (Assurance column : SpcSummary.COLUMNS) {
				cell(html, cells.get(column));
			}
			html.close();
		}
		html.close().close().close();
		html.close();
	}

	private void cell(Markup html, List<Measure> measures) {
		if (measures.isEmpty()) {
			html.open("td", "class", "empty-cell").element("span", "none", "class", "visually-hidden").close();
			return;
		}
		html.open("td");
		html.element("span", String.valueOf(measures.size()), "class", "cell-count");
		html.open("ul", "class", "cell-measures");
		for (Measure measure : measures.subList(0, Math.min(NAMES_PER_CELL, measures.size()))) {
			html.open("li").link(measure, PackWording.name(measure)).close();
		}
		if (measures.size() > NAMES_PER_CELL) {
			html.element("li", "and " + (measures.size() - NAMES_PER_CELL) + " more", "class", "more");
		}
		html.close();
		html.close();
	}

	/** The icons a row stands for: both sides of a special cause. */
	private static List<Variation> icons(SpcSummary.Row row) {
		return switch (row) {
		case IMPROVEMENT -> List.of(Variation.SPECIAL_CAUSE_IMPROVEMENT_HIGH, Variation.SPECIAL_CAUSE_IMPROVEMENT_LOW);
		case COMMON_CAUSE -> List.of(Variation.COMMON_CAUSE);
		case CONCERN -> List.of(Variation.SPECIAL_CAUSE_CONCERN_HIGH, Variation.SPECIAL_CAUSE_CONCERN_LOW);
		case NEUTRAL -> List.of(Variation.SPECIAL_CAUSE_NEUTRAL_HIGH, Variation.SPECIAL_CAUSE_NEUTRAL_LOW);
		case NOT_ASSESSED -> List.of(Variation.NOT_ASSESSED);
		};
	}
}
