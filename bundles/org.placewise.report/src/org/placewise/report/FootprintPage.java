package org.placewise.report;

import java.util.List;

import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.governance.Board;
import org.placewise.model.outcomes.WorkProgramme;

/**
 * One footprint: what it is, the footprints within it (each a link to its own page, so leaders drill down from an
 * integrated care system to a place to a locality), its work programmes, the boards and partnerships on it, with the
 * findings about each.
 */
final class FootprintPage extends PackPage {

	private final Footprint footprint;

	FootprintPage(PackPlan plan, PackPlan.Page page) {
		super(plan, page);
		this.footprint = page.footprint();
	}

	@Override
	String title() {
		return PackWording.name(footprint);
	}

	@Override
	void content(Markup html) {
		html.open("header", "id", PackPlan.anchorId(footprint));
		html.element("p", PlacewiseLabels.literal(footprint.getKind()), "class", "kicker");
		html.element("h1", PackWording.name(footprint));
		if (!plan.packFindings().about(footprint).isEmpty()) {
			html.open("div", "class", "findings-about").findingsAbout(footprint).close();
		}
		html.close();
		html.open("dl", "class", "facts");
		html.fact("Population",
				footprint.getPopulation() == null ? null : PlacewiseLabels.number(footprint.getPopulation()),
				"Not recorded");
		if (footprint.getCode() != null && !footprint.getCode().isBlank()) {
			html.fact("Code", footprint.getCode(), null);
		}
		if (footprint.getParent() != null) {
			html.element("dt", "Part of").open("dd")
					.link(footprint.getParent(), PackWording.name(footprint.getParent()))
					.close();
		}
		html.element("dt", "Partnerships").open("dd").linkList(footprint.getPartnerships(), "None recorded").close();
		html.close();
		children(html);
		programmes(html);
		boards(html);
	}

	private void children(Markup html) {
		if (footprint.getChildren().isEmpty()) {
			return;
		}
		html.open("section", "aria-labelledby", "within");
		html.element("h2", "Within " + PackWording.name(footprint), "id", "within");
		html.open("ul", "class", "tree");
		for (Footprint child : footprint.getChildren()) {
			html.open("li");
			html.link(child, PackWording.name(child));
			html.text(" \u2013 " + PlacewiseLabels.literal(child.getKind()));
			if (!child.getChildren().isEmpty()) {
				html.text(", " + PlacewiseLabels.count(child.getChildren().size(), "footprint", "footprints")
						+ " within");
			}
			html.close();
		}
		html.close();
		html.close();
	}

	private void programmes(Markup html) {
		List<WorkProgramme> here = plan.programmesOf(footprint);
		html.open("section", "aria-labelledby", "footprint-programmes");
		html.element("h2", "Work programmes", "id", "footprint-programmes");
		if (here.isEmpty()) {
			html.element("p", "No work programme has this footprint.", "class", "empty");
		} else {
			html.open("ul");
			for (WorkProgramme programme : here) {
				html.open("li").link(programme, PackWording.name(programme)).findingsAbout(programme).close();
			}
			html.close();
		}
		html.close();
	}

	private void boards(Markup html) {
		List<Board> here = plan.boardsOf(footprint);
		if (here.isEmpty()) {
			return;
		}
		html.open("section", "aria-labelledby", "footprint-boards");
		html.element("h2", "Boards and committees", "id", "footprint-boards");
		html.open("ul");
		for (Board board : here) {
			html.open("li").link(board, PackWording.name(board))
					.text(" \u2013 " + PlacewiseLabels.literal(board.getKind()))
					.findingsAbout(board).close();
		}
		html.close();
		html.close();
	}
}
