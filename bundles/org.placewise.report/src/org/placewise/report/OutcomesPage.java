package org.placewise.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.placewise.diagram.kinds.OutcomeStatusMarks;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.outcomes.Outcome;
import org.placewise.model.outcomes.Vision;
import org.placewise.model.outcomes.WorkProgramme;
import org.placewise.outcomes.MeasureReading;
import org.placewise.outcomes.OutcomeRollUp;
import org.placewise.outcomes.TargetStatus;
import org.placewise.outcomes.Trend;

/**
 * The outcome tree: each vision with its strategic outcomes, the intermediate outcomes and milestones leading to them,
 * and for each outcome the programmes serving it and the measures evidencing it, with a gap badge where there are none.
 * Each outcome and each work programme of the pack shows how it is doing, rolled up from the measures behind it (its
 * trend and its target status, icons with words), why, and those measures, each with its own status and a link to its
 * chart: the drill-down from an outcome to the evidence.
 */
final class OutcomesPage extends PackPage {

	/** Measures named under one outcome or programme before the rest are counted, deciding ones first. */
	static final int MEASURES_NAMED = SpcMatrixSection.NAMES_PER_CELL;

	OutcomesPage(PackPlan plan, PackPlan.Page page) {
		super(plan, page);
	}

	@Override
	String title() {
		return "Outcome tree";
	}

	@Override
	void content(Markup html) {
		html.element("h1", "Outcome tree");
		html.element("p", "Each vision with its strategic outcomes, the intermediate outcomes and milestones that lead "
				+ "to them, the work programmes serving them and the measures showing progress. Each outcome and "
				+ "programme shows its trend and whether it meets its targets, rolled up from the statistical process "
				+ "control of the measures behind it; each measure links to its chart.", "class", "lede");
		rollUpKey(html);
		if (model.getVisions().isEmpty()) {
			html.element("p", "The model has no visions or outcomes.", "class", "empty");
		}
		for (Vision vision : model.getVisions()) {
			html.open("section", "id", PackPlan.anchorId(vision));
			html.element("h2", PackWording.name(vision));
			html.description(vision.getStatement());
			if (vision.getOutcomes().isEmpty()) {
				html.element("p", "No outcomes recorded for this vision.", "class", "empty");
			} else {
				html.open("ul", "class", "tree outcomes");
				vision.getOutcomes().forEach(o -> outcomeItem(html, o));
				html.close();
			}
			html.close();
		}
		programmes(html);
	}

	/** How to read the statuses: the rule in a sentence and the icons with their words. */
	private static void rollUpKey(Markup html) {
		html.open("p", "class", "key")
				.text("An outcome's status comes from the measures evidencing it and the outcomes "
						+ "below it, each measure counted once; a programme's from the measures it tracks. Concern wins over "
						+ "improvement, and a measure with fewer than 15 points since its latest process change counts as not "
						+ "enough data, never as fine. ");
		html.close();
		html.open("ul", "class", "status-key", "aria-label", "What the status icons mean");
		for (Trend trend : Trend.values()) {
			html.open("li");
			PackIcons.mark(html, OutcomeStatusMarks.mark(trend));
			html.close();
		}
		for (TargetStatus target : TargetStatus.values()) {
			html.open("li");
			PackIcons.mark(html, OutcomeStatusMarks.mark(target));
			html.close();
		}
		html.close();
	}

	private void outcomeItem(Markup html, Outcome outcome) {
		html.open("li", "id", PackPlan.anchorId(outcome));
		html.element("span", PlacewiseLabels.literal(outcome.getLevel()), "class", "level");
		html.text(" ").element("strong", PackWording.name(outcome));
		if (outcome.getStatement() != null && !outcome.getStatement().isBlank()) {
			html.element("span", outcome.getStatement(), "class", "statement");
		}
		status(html, plan.rollUp().of(outcome), "outcome");
		html.open("span", "class", "detail").text("Served by: ");
		if (outcome.getServedBy().isEmpty()) {
			html.badge("No programme", "gap");
		} else {
			html.linkList(outcome.getServedBy(), "");
		}
		html.text(" \u00b7 Evidenced by: ");
		if (outcome.getEvidencedBy().isEmpty()) {
			html.badge("No measure", "gap");
		} else {
			html.linkList(outcome.getEvidencedBy(), "");
		}
		html.close();
		if (!outcome.getChildren().isEmpty()) {
			html.open("ul");
			outcome.getChildren().forEach(child -> outcomeItem(html, child));
			html.close();
		}
		html.close();
	}

	/** The work programmes of the pack, each with its status and the measures behind it. */
	private void programmes(Markup html) {
		List<WorkProgramme> programmes = plan.programmes();
		if (programmes.isEmpty()) {
			return;
		}
		html.open("section", "id", "programme-statuses", "aria-labelledby", "programme-statuses-heading");
		html.element("h2", "Work programmes", "id", "programme-statuses-heading");
		html.element("p", "How each programme is doing, rolled up from the measures it tracks.", "class", "lede");
		html.open("ul", "class", "tree programmes");
		for (WorkProgramme programme : programmes) {
			html.open("li");
			html.open("strong").link(programme, PackWording.name(programme)).close();
			status(html, plan.rollUp().of(programme), "programme");
			html.close();
		}
		html.close();
		html.close();
	}

	/**
	 * A status: the trend and target icons with their words, why, and the measures behind it, those that decide it
	 * first, each with its own status and a link to its chart.
	 */
	private void status(Markup html, OutcomeRollUp.Status status, String subject) {
		html.open("div", "class", "rollup");
		html.open("span", "class", "rollup-status");
		PackIcons.mark(html, OutcomeStatusMarks.mark(status.trend()));
		PackIcons.mark(html, OutcomeStatusMarks.mark(status.target()));
		html.close();
		html.element("span", status.why(), "class", "why");
		if (!status.measures().isEmpty()) {
			List<MeasureReading> readings = new ArrayList<>(status.measures());
			readings.sort(Comparator.comparingInt(OutcomesPage::weight));
			html.open("ul", "class", "behind", "aria-label", "Measures behind this " + subject + "'s status");
			for (MeasureReading reading : readings.subList(0, Math.min(MEASURES_NAMED, readings.size()))) {
				html.open("li");
				html.link(reading.measure(), PackWording.name(reading.measure()));
				html.text(" ");
				PackIcons.mark(html, OutcomeStatusMarks.mark(reading.trend()));
				html.text(" ");
				PackIcons.mark(html, OutcomeStatusMarks.mark(reading.target()));
				html.close();
			}
			if (readings.size() > MEASURES_NAMED) {
				html.element("li", "and " + PlacewiseLabels.count(readings.size() - MEASURES_NAMED, "more measure",
						"more measures"), "class", "more");
			}
			html.close();
		}
		html.close();
	}

	/** Measures that decide a status come first: concern, then a failed target, then the rest in model order. */
	private static int weight(MeasureReading reading) {
		if (reading.trend() == Trend.DETERIORATING) {
			return 0;
		}
		if (reading.target() == TargetStatus.NOT_MEETING) {
			return 1;
		}
		return reading.trend() == Trend.IMPROVING || reading.target() == TargetStatus.HIT_AND_MISS ? 2 : 3;
	}
}
