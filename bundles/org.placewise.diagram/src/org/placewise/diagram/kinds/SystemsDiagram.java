package org.placewise.diagram.kinds;

import static org.placewise.diagram.scene.Palettes.BOARD;
import static org.placewise.diagram.scene.Palettes.LOCALITY;
import static org.placewise.diagram.scene.Palettes.NEIGHBOURHOOD;
import static org.placewise.diagram.scene.Palettes.ORGANISATION;
import static org.placewise.diagram.scene.Palettes.PARTNER;
import static org.placewise.diagram.scene.Palettes.PARTNERSHIP;
import static org.placewise.diagram.scene.Palettes.PLACE;
import static org.placewise.diagram.scene.Palettes.SYSTEM;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.placewise.diagram.scene.LegendEntry;
import org.placewise.diagram.scene.Scene;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.footprint.FootprintKind;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.Partnership;
import org.placewise.model.organisation.Organisation;
import org.placewise.model.query.Footprints;

/**
 * Systems within systems: each footprint a container holding the partnerships, boards and organisations of that level
 * and the footprints below it, to any depth. A partnership is drawn around its board and the partners from its own
 * footprint; partners from elsewhere are joined to it by a thin dashed line. Reporting lines and delegations belong to
 * the governance diagram.
 */
final class SystemsDiagram implements DiagramDescription {

	@Override
	public Scene describe(PlacewiseModel model, DiagramOptions options) {
		var scope = options.scope().resolve(model);
		var build = new Build(model, scope, new SceneDraft());
		for (Footprint root : scope.roots()) {
			build.draft.top(build.footprint(root));
		}
		if (!scope.hasChosenRoot()) {
			build.unplaced();
		}
		build.edges();
		String about = scope.rootName() != null ? scope.rootName() : DiagramLabels.name(model);
		String description = "Footprints nest from the integrated care system down to neighbourhoods; each shows its "
				+ "population and the partnerships, boards and organisations at that level.";
		return build.draft.build(DiagramKind.SYSTEMS, DiagramKind.SYSTEMS.title() + ": " + about, description,
				legend(build.draft), options.findings());
	}

	private static List<LegendEntry> legend(SceneDraft draft) {
		var legend = new ArrayList<LegendEntry>();
		addNode(legend, draft, SYSTEM, "Integrated care system");
		addNode(legend, draft, PLACE, "Place");
		addNode(legend, draft, LOCALITY, "Locality");
		addNode(legend, draft, NEIGHBOURHOOD, "Neighbourhood");
		addNode(legend, draft, PARTNERSHIP, "Partnership");
		addNode(legend, draft, BOARD, "Board or committee");
		addNode(legend, draft, ORGANISATION, "Organisation");
		if (draft.usesEdgeStyle(PARTNER)) {
			legend.add(LegendEntry.edge(PARTNER, "Partner from another footprint"));
		}
		return legend;
	}

	static void addNode(List<LegendEntry> legend, SceneDraft draft, String style, String label) {
		if (draft.usesNodeStyle(style)) {
			legend.add(LegendEntry.node(style, label));
		}
	}

	static String footprintStyle(FootprintKind kind) {
		return switch (kind) {
		case INTEGRATED_CARE_SYSTEM -> SYSTEM;
		case PLACE -> PLACE;
		case LOCALITY -> LOCALITY;
		case NEIGHBOURHOOD -> NEIGHBOURHOOD;
		};
	}

	/** The footprint a board belongs to: its own, else its partnership's, else its organisation's. */
	static Footprint footprintOf(Board board) {
		if (board.getFootprint() != null) {
			return board.getFootprint();
		}
		if (board.getPartnership() != null && board.getPartnership().getFootprint() != null) {
			return board.getPartnership().getFootprint();
		}
		return board.getOrganisation() == null ? null : board.getOrganisation().getFootprint();
	}

	private record PartnerLink(Partnership partnership, Organisation partner) {
	}

	/** The model's partnerships, top-level boards and organisations grouped by their footprint (null: none). */
	private static final class ByFootprint {
		final Map<Footprint, List<Partnership>> partnerships = new HashMap<>();
		final Map<Footprint, List<Board>> boards = new HashMap<>();
		final Map<Footprint, List<Organisation>> organisations = new HashMap<>();

		ByFootprint(PlacewiseModel model) {
			for (Partnership p : model.getPartnerships()) {
				partnerships.computeIfAbsent(p.getFootprint(), k -> new ArrayList<>()).add(p);
			}
			for (Board b : model.getBoards()) {
				if (b.getParentGroup() == null) {
					boards.computeIfAbsent(footprintOf(b), k -> new ArrayList<>()).add(b);
				}
			}
			for (Organisation o : model.getOrganisations()) {
				organisations.computeIfAbsent(o.getFootprint(), k -> new ArrayList<>()).add(o);
			}
		}
	}

	/** One description run: the draft and what has been placed so far. */
	private static final class Build {
		final PlacewiseModel model;
		final DiagramScope.Resolved scope;
		final SceneDraft draft;
		/** Partners drawn outside their partnership, joined to it once everything is placed. */
		final List<PartnerLink> partnerLinks = new ArrayList<>();

		Build(PlacewiseModel model, DiagramScope.Resolved scope, SceneDraft draft) {
			this.model = model;
			this.scope = scope;
			this.draft = draft;
		}

		SceneDraft.Node footprint(Footprint f) {
			var node = draft.node(f, footprintStyle(f.getKind()), DiagramLabels.name(f));
			contents(f).forEach(node::child);
			if (!scope.childrenCut(f)) {
				for (Footprint c : f.getChildren()) {
					node.child(footprint(c));
				}
			}
			if (node.children.isEmpty()) {
				// A small box: two short lines read better than one wrapped line.
				node.detail(PlacewiseLabels.literal(f.getKind()))
						.detail(DiagramLabels.population(f.getPopulation()));
			} else {
				node.detail(DiagramLabels.footprintSummary(f));
			}
			if (scope.childrenCut(f)) {
				node.detail(notShown(f));
			}
			return node;
		}

		private static String notShown(Footprint f) {
			Map<FootprintKind, Integer> counts = new EnumMap<>(FootprintKind.class);
			for (Footprint d : Footprints.descendants(f)) {
				counts.merge(d.getKind(), 1, Integer::sum);
			}
			var parts = new ArrayList<String>();
			counts.forEach((k, n) -> parts.add(DiagramLabels.footprintCount(k, n)));
			return "Inside, not shown: " + String.join(", ", parts);
		}

		/**
		 * Partnerships, boards and organisations tied to the footprint (or, for null, to none), in model order. The
		 * model is grouped by footprint once per description, so that drawing every footprint costs what it shows, not
		 * the whole model per footprint.
		 */
		List<SceneDraft.Node> contents(Footprint f) {
			var into = new ArrayList<SceneDraft.Node>();
			if (scope.shows(ElementKind.PARTNERSHIPS)) {
				for (Partnership p : byFootprint().partnerships.getOrDefault(f, List.of())) {
					if (draft.nodeFor(p) == null) {
						into.add(partnership(p, f));
					}
				}
			}
			if (scope.shows(ElementKind.BOARDS)) {
				for (Board b : byFootprint().boards.getOrDefault(f, List.of())) {
					if (draft.nodeFor(b) == null) {
						into.add(board(b));
					}
				}
			}
			if (scope.shows(ElementKind.ORGANISATIONS)) {
				for (Organisation o : byFootprint().organisations.getOrDefault(f, List.of())) {
					if (draft.nodeFor(o) == null) {
						into.add(organisation(o));
					}
				}
			}
			return into;
		}

		private ByFootprint grouped;

		private ByFootprint byFootprint() {
			if (grouped == null) {
				grouped = new ByFootprint(model);
			}
			return grouped;
		}

		SceneDraft.Node partnership(Partnership p, Footprint f) {
			String model = p.getModel() == null || p.getModel().getValue() == 0 ? "Partnership model not stated"
					: PlacewiseLabels.literal(p.getModel());
			var node = draft.node(p, PARTNERSHIP, DiagramLabels.name(p)).detail(model + " \u00b7 "
					+ p.getPartners().size() + (p.getPartners().size() == 1 ? " partner" : " partners"));
			if (scope.shows(ElementKind.BOARDS) && p.getBoard() != null && draft.nodeFor(p.getBoard()) == null
					&& p.getBoard().getParentGroup() == null) {
				node.child(board(p.getBoard()));
			}
			for (Organisation o : p.getPartners()) {
				if (scope.shows(ElementKind.ORGANISATIONS) && draft.nodeFor(o) == null
						&& (o.getFootprint() == f || o.getFootprint() == null && f == null)) {
					node.child(organisation(o));
				} else {
					partnerLinks.add(new PartnerLink(p, o));
				}
			}
			return node;
		}

		SceneDraft.Node board(Board b) {
			var node = draft.node(b, BOARD, DiagramLabels.name(b)).detail(PlacewiseLabels.literal(b.getKind()));
			for (Board sub : b.getSubGroups()) {
				node.child(board(sub));
			}
			return node;
		}

		SceneDraft.Node organisation(Organisation o) {
			return draft.node(o, ORGANISATION, DiagramLabels.name(o)).detail(DiagramLabels.organisationKind(o));
		}

		/** For the whole model: what is tied to no footprint sits beside the top-level footprints. */
		void unplaced() {
			contents(null).forEach(draft::top);
		}

		void edges() {
			for (PartnerLink link : partnerLinks) {
				var from = draft.nodeFor(link.partnership());
				var to = draft.nodeFor(link.partner());
				if (from != null && to != null && !from.children.contains(to)) {
					draft.edge(link.partnership(), from, to, PARTNER, false, List.of(),
							DiagramLabels.name(link.partner())
									+ " is a partner in " + DiagramLabels.name(link.partnership()));
				}
			}
		}
	}
}
