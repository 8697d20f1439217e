package org.placewise.diagram.kinds;

import static org.placewise.diagram.scene.Palettes.BOARD;
import static org.placewise.diagram.scene.Palettes.CONTEXT;
import static org.placewise.diagram.scene.Palettes.DELEGATION;
import static org.placewise.diagram.scene.Palettes.ORGANISATION;
import static org.placewise.diagram.scene.Palettes.REPORTS_TO;
import static org.placewise.diagram.scene.Palettes.ROLE;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.placewise.diagram.scene.LegendEntry;
import org.placewise.diagram.scene.Scene;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.DecisionMaker;
import org.placewise.model.governance.Delegation;
import org.placewise.model.organisation.Organisation;
import org.placewise.model.organisation.Role;

/**
 * Governance and delegations: boards and committees (sub-groups nested inside them), and the roles and organisations
 * that give or receive delegated authority. Each delegation is an arrow from delegator to delegate labelled with its
 * scope, financial limit, reserved matters and escalation rule; reporting lines are dashed arrows up to the board
 * reported to. When the diagram is scoped to a footprint, the other end of a delegation crossing its boundary is drawn
 * greyed as context.
 */
final class GovernanceDiagram implements DiagramDescription {

	@Override
	public Scene describe(PlacewiseModel model, DiagramOptions options) {
		var scope = options.scope().resolve(model);
		var draft = new SceneDraft();
		if (scope.shows(ElementKind.BOARDS)) {
			for (Board b : model.getBoards()) {
				if (b.getParentGroup() == null && scope.includes(SystemsDiagram.footprintOf(b))) {
					draft.top(board(draft, b));
				}
			}
		}
		for (Delegation d : model.getDelegations()) {
			DecisionMaker from = d.getDelegator();
			DecisionMaker to = d.getDelegate();
			if (from == null || to == null || !shown(from, scope) && !shown(to, scope) || !kindShown(from, scope)
					|| !kindShown(to, scope)) {
				continue;
			}
			var source = decisionMaker(draft, from, scope);
			var target = decisionMaker(draft, to, scope);
			draft.edge(d, source, target, DELEGATION, false, DiagramLabels.delegationLines(d),
					DiagramLabels.delegationSentence(d));
		}
		if (scope.shows(ElementKind.REPORTING_LINES)) {
			for (Board b : boards(model)) {
				var from = draft.nodeFor(b);
				var to = draft.nodeFor(b.getReportsTo());
				if (from != null && to != null) {
					draft.edge(b, from, to, REPORTS_TO, true, List.of(),
							DiagramLabels.name(b) + " reports to " + DiagramLabels.name(b.getReportsTo()));
				}
			}
		}
		String about = scope.rootName() != null ? scope.rootName() : DiagramLabels.name(model);
		String description = "Who decides what: solid arrows delegate authority from delegator to delegate, labelled "
				+ "with the scope, the financial limit, the matters reserved to the delegator and when to escalate.";
		if (draft.usesEdgeStyle(REPORTS_TO)) {
			description += " Dashed arrows are reporting lines.";
		}
		if (draft.usesNodeStyle(CONTEXT)) {
			description += " Grey dashed boxes lie outside " + about + ".";
		}
		var legend = new ArrayList<LegendEntry>();
		SystemsDiagram.addNode(legend, draft, BOARD, "Board or committee (sub-groups inside)");
		SystemsDiagram.addNode(legend, draft, ROLE, "Role");
		SystemsDiagram.addNode(legend, draft, ORGANISATION, "Organisation");
		SystemsDiagram.addNode(legend, draft, CONTEXT, "Outside " + about);
		if (draft.usesEdgeStyle(DELEGATION)) {
			legend.add(LegendEntry.edge(DELEGATION, "Delegation: scope, £ limit, reserved, escalation"));
		}
		if (draft.usesEdgeStyle(REPORTS_TO)) {
			legend.add(LegendEntry.edge(REPORTS_TO, "Reports to"));
		}
		return draft.build(DiagramKind.GOVERNANCE, DiagramKind.GOVERNANCE.title() + ": " + about, description, legend,
				options.findings());
	}

	private static SceneDraft.Node board(SceneDraft draft, Board b) {
		List<String> details = new ArrayList<>(DiagramLabels.boardDetails(b));
		Footprint f = SystemsDiagram.footprintOf(b);
		if (f != null) {
			details.set(0, details.get(0) + " \u00b7 " + DiagramLabels.name(f));
		}
		var node = draft.node(b, BOARD, DiagramLabels.name(b)).details(details);
		for (Board sub : b.getSubGroups()) {
			node.child(board(draft, sub));
		}
		return node;
	}

	/** The node for one end of a delegation, drafting it (or a context box) when not yet drawn. */
	private static SceneDraft.Node decisionMaker(SceneDraft draft, DecisionMaker dm, DiagramScope.Resolved scope) {
		EObject object = (EObject) dm;
		var existing = draft.nodeFor(object);
		if (existing != null) {
			return existing;
		}
		if (!shown(dm, scope)) {
			Footprint f = footprintOf(dm);
			return draft.top(draft.node(object, CONTEXT, DiagramLabels.name(dm))
					.detail(f == null ? "Outside this diagram" : "In " + DiagramLabels.name(f)));
		}
		if (dm instanceof Board b) {
			// A sub-group in scope whose parent is not drawn (e.g. boards hidden): draw it alone.
			return draft.top(board(draft, b));
		}
		if (dm instanceof Role r) {
			return draft.top(draft.node(r, ROLE, DiagramLabels.name(r)).detail(DiagramLabels.roleDetail(r)));
		}
		Organisation o = (Organisation) dm;
		return draft.top(draft.node(o, ORGANISATION, DiagramLabels.name(o)).detail(DiagramLabels.organisationKind(o)));
	}

	private static boolean shown(DecisionMaker dm, DiagramScope.Resolved scope) {
		return scope.includes(footprintOf(dm));
	}

	private static boolean kindShown(DecisionMaker dm, DiagramScope.Resolved scope) {
		if (dm instanceof Board) {
			return scope.shows(ElementKind.BOARDS);
		}
		if (dm instanceof Role) {
			return scope.shows(ElementKind.ROLES);
		}
		return scope.shows(ElementKind.ORGANISATIONS);
	}

	private static Footprint footprintOf(DecisionMaker dm) {
		if (dm instanceof Board b) {
			return SystemsDiagram.footprintOf(b);
		}
		if (dm instanceof Role r) {
			if (r.getPartnership() != null && r.getPartnership().getFootprint() != null) {
				return r.getPartnership().getFootprint();
			}
			return r.getOrganisation() == null ? null : r.getOrganisation().getFootprint();
		}
		return dm instanceof Organisation o ? o.getFootprint() : null;
	}

	private static List<Board> boards(PlacewiseModel model) {
		var all = new ArrayList<Board>();
		for (Board b : model.getBoards()) {
			collect(b, all);
		}
		return all;
	}

	private static void collect(Board b, List<Board> into) {
		into.add(b);
		b.getSubGroups().forEach(s -> collect(s, into));
	}
}
