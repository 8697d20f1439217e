package org.placewise.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.Membership;
import org.placewise.model.governance.Partnership;
import org.placewise.model.organisation.Organisation;

/** The overview's governance tables: partnerships, boards and committees, organisations. */
final class GovernanceTables {

	private GovernanceTables() {
	}

	/** Writes a table for each of partnerships, boards and organisations the model has. */
	static void write(Markup html, PlacewiseModel model) {
		partnerships(html, model);
		boards(html, model);
		organisations(html, model);
	}

	private static void partnerships(Markup html, PlacewiseModel model) {
		if (model.getPartnerships().isEmpty()) {
			return;
		}
		html.element("h3", "Partnerships");
		html.open("table").open("thead").open("tr");
		html.headers("Partnership", "Model", "Footprint", "Partners", "Board", "Dispute procedure");
		html.close().close().open("tbody");
		for (Partnership partnership : model.getPartnerships()) {
			html.row(partnership, PackPlan.anchorId(partnership), null);
			html.open("th", "scope", "row").text(PackWording.name(partnership)).findingsAbout(partnership).close();
			html.cell(PlacewiseLabels.literal(partnership.getModel()));
			html.cellLinkOrBadge(partnership.getFootprint(), "No footprint");
			html.cell(partnership.getPartners().isEmpty() ? "None recorded"
					: partnership.getPartners().stream().map(PackWording::name).collect(Collectors.joining(", ")));
			html.cellLinkOrBadge(partnership.getBoard(), "No board");
			html.cellOrBadge(partnership.getDisputeResolution() == null ? null
					: PackWording.name(partnership.getDisputeResolution()), "No dispute procedure");
			html.close();
		}
		html.close().close();
	}

	private static void boards(Markup html, PlacewiseModel model) {
		List<Board> all = new ArrayList<>();
		model.getBoards().forEach(b -> {
			all.add(b);
			b.eAllContents().forEachRemaining(o -> {
				if (o instanceof Board sub) {
					all.add(sub);
				}
			});
		});
		if (all.isEmpty()) {
			return;
		}
		html.element("h3", "Boards and committees");
		html.open("table").open("thead").open("tr");
		html.headers("Board", "Kind", "Footprint", "Chair", "Members", "Quorum", "Reports to", "Governs");
		html.close().close().open("tbody");
		for (Board board : all) {
			html.row(board, PackPlan.anchorId(board), null);
			html.open("th", "scope", "row").text(PackWording.name(board)).findingsAbout(board).close();
			html.cell(PlacewiseLabels.literal(board.getKind()));
			html.cellLinkOrBadge(board.getFootprint(), "No footprint");
			html.cellOrBadge(board.getChair() == null ? null : PackWording.name(board.getChair()), "No chair");
			long voting = board.getMemberships().stream().filter(Membership::isVoting).count();
			html.cell(board.getMemberships().isEmpty() ? "None recorded"
					: board.getMemberships().size() + " (" + voting + " voting)");
			html.cellOrBadge(board.getQuorum() == null ? null : String.valueOf(board.getQuorum()), "No quorum");
			html.open("td");
			if (board.getReportsTo() != null) {
				html.link(board.getReportsTo(), PackWording.name(board.getReportsTo()));
			} else {
				html.text("\u2013");
			}
			html.close();
			html.open("td");
			html.linkList(board.getGovernedProgrammes(), "\u2013");
			html.close();
			html.close();
		}
		html.close().close();
	}

	private static void organisations(Markup html, PlacewiseModel model) {
		if (model.getOrganisations().isEmpty()) {
			return;
		}
		html.element("h3", "Organisations");
		html.open("table").open("thead").open("tr");
		html.headers("Organisation", "Kind", "Footprint");
		html.close().close().open("tbody");
		for (Organisation organisation : model.getOrganisations()) {
			html.row(organisation, PackPlan.anchorId(organisation), null);
			html.open("th", "scope", "row").text(PackWording.name(organisation)).findingsAbout(organisation).close();
			html.cell(PlacewiseLabels.literal(organisation.getKind())
					+ (organisation.isFoundationTrust() ? " (foundation trust)" : ""));
			html.cellLinkOrBadge(organisation.getFootprint(), "No footprint");
			html.close();
		}
		html.close().close();
	}
}
