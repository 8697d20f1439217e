package org.placewise.report;

import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.outcomes.Outcome;
import org.placewise.model.outcomes.Vision;

/**
 * The outcome tree: each vision with its strategic outcomes, the intermediate outcomes and milestones leading to them,
 * and for each outcome the programmes serving it and the measures evidencing it, with a gap badge where there are none.
 */
final class OutcomesPage extends PackPage {

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
				+ "to them, the work programmes serving them and the measures showing progress.", "class", "lede");
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
	}

	private static void outcomeItem(Markup html, Outcome outcome) {
		html.open("li", "id", PackPlan.anchorId(outcome));
		html.element("span", PlacewiseLabels.literal(outcome.getLevel()), "class", "level");
		html.text(" ").element("strong", PackWording.name(outcome));
		if (outcome.getStatement() != null && !outcome.getStatement().isBlank()) {
			html.element("span", outcome.getStatement(), "class", "statement");
		}
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
}
