package org.placewise.diagram.kinds;

import static org.placewise.diagram.scene.Palettes.CONTRIBUTES;
import static org.placewise.diagram.scene.Palettes.EVIDENCES;
import static org.placewise.diagram.scene.Palettes.MEASURE_MET;
import static org.placewise.diagram.scene.Palettes.MEASURE_NOT_MET;
import static org.placewise.diagram.scene.Palettes.MEASURE_UNKNOWN;
import static org.placewise.diagram.scene.Palettes.OUTCOME;
import static org.placewise.diagram.scene.Palettes.PROGRAMME;
import static org.placewise.diagram.scene.Palettes.VISION;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.placewise.diagram.scene.LegendEntry;
import org.placewise.diagram.scene.Scene;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.measures.Measure;
import org.placewise.model.outcomes.Outcome;
import org.placewise.model.outcomes.Vision;
import org.placewise.model.outcomes.WorkProgramme;
import org.placewise.outcomes.MeasureReading;
import org.placewise.outcomes.OutcomeRollUp;
import org.placewise.outcomes.TargetStatus;
import org.placewise.outcomes.Trend;

/**
 * The outcome tree, read left to right like a driver diagram: the vision, the outcomes it breaks into, the work
 * programmes serving them and the measures that evidence them. Arrows point from each element to what it contributes
 * to. Each measure shows its latest value against its target and its status in words, and is coloured by status. Each
 * outcome and programme shows its status rolled up from the measures behind it ({@link OutcomeRollUp}): its trend and
 * its target status, each an icon with its words, and each measure its own trend, so a status can be traced to the
 * measures that decide it. The roll-up is made once per diagram, so each measure is analysed once.
 */
final class OutcomesDiagram implements DiagramDescription {

	@Override
	public Scene describe(PlacewiseModel model, DiagramOptions options) {
		var scope = options.scope().resolve(model);
		var draft = new SceneDraft();
		// One roll-up per diagram: each measure is analysed once, however many outcomes and programmes it is behind.
		var statuses = new Statuses(OutcomeRollUp.of(model));
		for (Vision v : model.getVisions()) {
			if (scope.includes(v.getFootprint())) {
				var node = draft.top(draft.node(v, VISION, DiagramLabels.name(v)));
				if (v.getStatement() != null && !v.getStatement().isBlank()) {
					node.detail(v.getStatement().trim());
				}
				for (Outcome o : v.getOutcomes()) {
					outcome(draft, o, node, statuses);
				}
			}
		}
		if (scope.shows(ElementKind.PROGRAMMES)) {
			for (WorkProgramme p : model.getProgrammes()) {
				var served = p.getOutcomesServed().stream().map(draft::nodeFor).filter(n -> n != null).toList();
				if (served.isEmpty() && !scope.includes(p.getFootprint())) {
					continue;
				}
				var node = draft.top(draft.node(p, PROGRAMME, DiagramLabels.name(p)).details(programmeDetails(p)));
				statuses.show(node, programmeDetails(p), statuses.rollUp.of(p));
				for (Outcome o : p.getOutcomesServed()) {
					var target = draft.nodeFor(o);
					// Serving a sub-outcome already serves its parents: draw only the most specific links.
					if (target != null && !servesBelow(p, o)) {
						draft.edge(p, node, target, PROGRAMME, true, List.of(),
								DiagramLabels.name(p) + " serves " + DiagramLabels.name(o));
					}
				}
			}
		}
		if (scope.shows(ElementKind.MEASURES)) {
			for (Measure m : model.getMeasures()) {
				measure(draft, m, scope, statuses);
			}
		}
		String about = scope.rootName() != null ? scope.rootName() : DiagramLabels.name(model);
		String description = "From the vision on the left to the measures on the right; arrows point to what each "
				+ "element contributes to. Measures show their latest value against target; outcomes and programmes "
				+ "show their trend and target status, rolled up from the statistical process control of the measures "
				+ "behind them.";
		var legend = new ArrayList<LegendEntry>();
		SystemsDiagram.addNode(legend, draft, VISION, "Vision");
		SystemsDiagram.addNode(legend, draft, OUTCOME, "Outcome");
		SystemsDiagram.addNode(legend, draft, PROGRAMME, "Work programme");
		SystemsDiagram.addNode(legend, draft, MEASURE_MET, "Measure meeting its target");
		SystemsDiagram.addNode(legend, draft, MEASURE_NOT_MET, "Measure short of its target");
		SystemsDiagram.addNode(legend, draft, MEASURE_UNKNOWN, "Measure without target or data");
		legend.addAll(OutcomeStatusMarks.legend(statuses.trends, statuses.targets));
		if (draft.usesEdgeStyle(CONTRIBUTES)) {
			legend.add(LegendEntry.edge(CONTRIBUTES, "Contributes to"));
		}
		if (draft.usesEdgeStyle(PROGRAMME)) {
			legend.add(LegendEntry.edge(PROGRAMME, "Programme serves outcome"));
		}
		if (draft.usesEdgeStyle(EVIDENCES)) {
			legend.add(LegendEntry.edge(EVIDENCES, "Measure evidences"));
		}
		return draft.build(DiagramKind.OUTCOMES, DiagramKind.OUTCOMES.title() + ": " + about, description, legend,
				options.findings());
	}

	private static void outcome(SceneDraft draft, Outcome o, SceneDraft.Node parent, Statuses statuses) {
		String level = PlacewiseLabels.literal(o.getLevel()) + " outcome";
		var node = draft.top(draft.node(o, OUTCOME, DiagramLabels.name(o)).detail(level));
		statuses.show(node, List.of(level), statuses.rollUp.of(o));
		draft.edge(o, node, parent, CONTRIBUTES, true, List.of(),
				DiagramLabels.name(o) + " contributes to " + parent.title);
		for (Outcome c : o.getChildren()) {
			outcome(draft, c, node, statuses);
		}
	}

	private static boolean servesBelow(WorkProgramme p, Outcome o) {
		for (Outcome other : p.getOutcomesServed()) {
			for (Outcome up = other.getParent(); up != null; up = up.getParent()) {
				if (up == o) {
					return true;
				}
			}
		}
		return false;
	}

	private static List<String> programmeDetails(WorkProgramme p) {
		var lines = new ArrayList<String>();
		if (p.getSeniorResponsibleOwner() != null) {
			lines.add("SRO: " + DiagramLabels.name(p.getSeniorResponsibleOwner()));
		} else if (p.getExecutiveLead() != null) {
			lines.add("Executive lead: " + DiagramLabels.name(p.getExecutiveLead()));
		}
		if (p.getGoverningBoard() != null) {
			lines.add("Governed by " + DiagramLabels.name(p.getGoverningBoard()));
		}
		if (p.getBudget() != null) {
			lines.add("Budget " + DiagramLabels.money(p.getBudget()));
		}
		return lines;
	}

	private static void measure(SceneDraft draft, Measure m, DiagramScope.Resolved scope, Statuses statuses) {
		var outcomes = m.getEvidencedOutcomes().stream().filter(o -> draft.nodeFor(o) != null).toList();
		var programmes = m.getProgrammes().stream().filter(p -> draft.nodeFor(p) != null).toList();
		boolean linked = !outcomes.isEmpty() || !programmes.isEmpty();
		if (!linked && scope.hasChosenRoot()) {
			// A measure tied to nothing drawn has no footprint of its own to place it by.
			return;
		}
		var node = draft.top(draft.node(m, MeasureStatus.of(m).styleKey(), DiagramLabels.name(m))
				.details(DiagramLabels.measureLines(m)));
		// The measure's own trend, so the outcome's status can be traced to the measures behind it.
		MeasureReading reading = statuses.rollUp.reading(m);
		node.mark(OutcomeStatusMarks.mark(reading.trend()));
		statuses.trends.add(reading.trend());
		var text = new ArrayList<String>();
		text.add(DiagramLabels.name(m));
		text.addAll(DiagramLabels.measureLines(m));
		text.add(PlacewiseLabels.literal(reading.trend()) + ": " + reading.why());
		node.description(String.join("; ", text));
		if (!outcomes.isEmpty()) {
			for (Outcome o : outcomes) {
				draft.edge(m, node, draft.nodeFor(o), EVIDENCES, true, List.of(),
						DiagramLabels.name(m) + " evidences " + DiagramLabels.name(o));
			}
		} else {
			for (WorkProgramme p : programmes) {
				draft.edge(m, node, draft.nodeFor(p), EVIDENCES, true, List.of(),
						DiagramLabels.name(m) + " tracks " + DiagramLabels.name(p));
			}
		}
	}

	/** The roll-up of one diagram and the statuses it has shown, for the legend. */
	private static final class Statuses {
		final OutcomeRollUp rollUp;
		final Set<Trend> trends = EnumSet.noneOf(Trend.class);
		final Set<TargetStatus> targets = EnumSet.noneOf(TargetStatus.class);

		Statuses(OutcomeRollUp rollUp) {
			this.rollUp = rollUp;
		}

		/** Marks an outcome's or programme's node with its trend and target status, and says why in its description. */
		void show(SceneDraft.Node node, List<String> details, OutcomeRollUp.Status status) {
			node.mark(OutcomeStatusMarks.mark(status.trend())).mark(OutcomeStatusMarks.mark(status.target()));
			trends.add(status.trend());
			targets.add(status.target());
			var text = new ArrayList<String>();
			text.add(node.title);
			text.addAll(details);
			text.add(status.why());
			node.description(String.join("; ", text));
		}
	}
}
