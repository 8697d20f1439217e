package org.placewise.design.tests;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.placewise.diagram.kinds.DiagramException;
import org.placewise.diagram.kinds.DiagramKind;
import org.placewise.diagram.kinds.DiagramOptions;
import org.placewise.diagram.kinds.PlacewiseDiagrams;
import org.placewise.diagram.scene.Scene;
import org.placewise.diagram.scene.SceneEdge;
import org.placewise.diagram.scene.SceneNode;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.finance.InvestmentBenefitFlow;
import org.placewise.model.governance.Membership;
import org.placewise.model.measures.Measure;
import org.placewise.model.organisation.Organisation;
import org.placewise.model.organisation.Role;
import org.placewise.model.outcomes.Outcome;
import org.placewise.model.outcomes.WorkProgramme;

/**
 * Compares an interpreted Sirius diagram with Placewise's generated diagram of the same kind: the model elements shown
 * as boxes with their labels, the lines standing for a model element (a delegation, a contribution) with their ends and
 * labels, and the lines standing for a reference (reports to, partner, vision to outcome), compared by the two elements
 * they join and then by direction. Each difference carries the reason it is there when it is one of the known,
 * deliberate differences between an editable Sirius diagram and the generated picture ({@link #REASONS}); a difference
 * without a reason is a defect of the odesign or of the interpreter.
 */
final class SceneComparison {

	/** One difference, with the key of its reason in {@link #REASONS}, or null when it is not explained. */
	record Difference(String reason, String text) {
		@Override
		public String toString() {
			return (reason == null ? "UNEXPLAINED" : reason) + ": " + text;
		}
	}

	/** The known differences and why they are there (the same words are in docs/sirius.md). */
	static final Map<String, String> REASONS = new LinkedHashMap<>();
	static {
		REASONS.put("every-decision-maker", "The Sirius governance diagram shows every organisation and role of the "
				+ "model, so a delegation can be drawn to one that has none yet; the generated diagram shows only "
				+ "those at an end of a delegation.");
		REASONS.put("members-listed", "Sirius lists each member inside its board (a list container, so members can "
				+ "be added and selected); the generated diagram gives the membership in the board's own text.");
		REASONS.put("nested-not-joined", "The generated diagram draws a partnership's board and its partners at the "
				+ "same footprint, and a committee's sub-groups, inside the partnership's or committee's box; Sirius "
				+ "draws a line to each instead (the partner, partnership-board and sub-group edges).");
		REASONS.put("investment-as-line", "The generated money diagram draws an investment as a box between "
				+ "investor, invested-in and beneficiary; Sirius draws it as one line from the organisation invested "
				+ "in to the beneficiary, labelled with the same words.");
		REASONS.put("holder-to-held", "Sirius draws the outcome tree's lines along the references, from the element "
				+ "that holds them (vision to outcome, outcome to sub-outcome, outcome to the programme serving it, "
				+ "programme and outcome to their measures); the generated tree points each element at what it "
				+ "contributes to.");
		REASONS.put("most-specific-only", "The generated tree joins a programme only to the most specific outcome it "
				+ "serves, and a measure to its programme only when it evidences no outcome shown; Sirius draws every "
				+ "reference.");
	}

	private final PlacewiseModel model;
	private final Map<String, EObject> byId = new HashMap<>();

	private SceneComparison(PlacewiseModel model) {
		this.model = model;
		model.eAllContents().forEachRemaining(o -> {
			if (EcoreUtil.getID(o) != null) {
				byId.put(EcoreUtil.getID(o), o);
			}
		});
	}

	/** @return the generated diagram kinds a Sirius diagram description corresponds to */
	static List<DiagramKind> kinds(String description, boolean money) {
		return switch (description) {
		case "SystemsWithinSystems" -> money ? List.of(DiagramKind.SYSTEMS, DiagramKind.MONEY)
				: List.of(DiagramKind.SYSTEMS);
		case "GovernanceAndDelegations" -> List.of(DiagramKind.GOVERNANCE);
		case "OutcomeTree" -> List.of(DiagramKind.OUTCOMES);
		default -> throw new IllegalArgumentException("no generated diagram for " + description);
		};
	}

	/**
	 * @param description the diagram description's name
	 * @param sirius      the interpreted representation (with the Money layer on for the systems diagram, it is
	 *                    compared with the generated systems and money diagrams together)
	 * @param model       the model both show
	 * @param money       whether the Money layer was on
	 * @return the differences, sorted
	 */
	static List<Difference> differences(String description, DiagramInterpreter.Representation sirius,
			PlacewiseModel model, boolean money) {
		return new SceneComparison(model).compare(description, sirius, money);
	}

	private String named(String id) {
		EObject o = id == null ? null : byId.get(id);
		return o == null ? String.valueOf(id) : o.eClass().getName() + " '" + EcoreUtil.getID(o) + "'";
	}

	private List<Difference> compare(String description, DiagramInterpreter.Representation sirius, boolean money) {
		Map<String, String> generatedBoxes = new TreeMap<>();
		Set<String> generatedLines = new TreeSet<>();
		List<String[]> generatedRelations = new ArrayList<>();
		Set<String> generatedNesting = new HashSet<>();
		for (DiagramKind kind : kinds(description, money)) {
			Scene scene;
			try {
				scene = PlacewiseDiagrams.scene(kind, model, DiagramOptions.defaults());
			} catch (DiagramException nothingToDraw) {
				continue;
			}
			Map<String, SceneNode> nodes = scene.nodesById();
			for (SceneNode node : nodes.values()) {
				if (node.objectId() != null) {
					String label = node.details().isEmpty() ? node.title()
							: node.title() + "\n" + String.join("\n", node.details());
					generatedBoxes.putIfAbsent(node.objectId(), label);
					for (SceneNode child : node.children()) {
						generatedNesting.add(pair(node.objectId(), child.objectId()));
					}
				}
			}
			for (SceneEdge edge : scene.edges()) {
				String from = nodes.containsKey(edge.sourceId()) ? nodes.get(edge.sourceId()).objectId() : null;
				String to = nodes.containsKey(edge.targetId()) ? nodes.get(edge.targetId()).objectId() : null;
				// An edge whose object is one of its ends stands for a reference, as a relation-based edge does.
				if (edge.objectId() == null || edge.objectId().equals(from) || edge.objectId().equals(to)) {
					generatedRelations.add(new String[] { from, to });
				} else {
					generatedLines.add(line(from, to, edge.objectId(), String.join("\n", edge.labels())));
				}
			}
		}
		Map<String, String> siriusBoxes = new TreeMap<>();
		Set<String> siriusLines = new TreeSet<>();
		List<String[]> siriusRelations = new ArrayList<>();
		for (DiagramInterpreter.Element element : sirius.elements()) {
			String id = EcoreUtil.getID(element.semantic());
			if (element.kind().equals("edge")) {
				String from = EcoreUtil.getID(element.source().semantic());
				String to = EcoreUtil.getID(element.target().semantic());
				if (element.semantic() != element.source().semantic()) {
					siriusLines.add(line(from, to, id, element.label()));
				} else {
					siriusRelations.add(new String[] { from, to });
				}
			} else {
				siriusBoxes.putIfAbsent(id, element.label());
			}
		}
		List<Difference> differences = new ArrayList<>();
		for (var e : siriusBoxes.entrySet()) {
			String generated = generatedBoxes.get(e.getKey());
			EObject o = byId.get(e.getKey());
			if (generated == null) {
				String reason = o instanceof Organisation || o instanceof Role ? "every-decision-maker"
						: o instanceof Membership ? "members-listed" : null;
				differences.add(new Difference(reason, "only Sirius shows " + named(e.getKey()) + " "
						+ flat(e.getValue())));
			} else if (!generated.equals(e.getValue())) {
				differences.add(new Difference(null, named(e.getKey()) + " is '" + flat(e.getValue())
						+ "' in Sirius, '" + flat(generated) + "' generated"));
			}
		}
		for (var e : generatedBoxes.entrySet()) {
			if (!siriusBoxes.containsKey(e.getKey())) {
				String reason = byId.get(e.getKey()) instanceof InvestmentBenefitFlow ? "investment-as-line" : null;
				differences.add(new Difference(reason, "only generated shows " + named(e.getKey()) + " "
						+ flat(e.getValue())));
			}
		}
		for (String l : siriusLines) {
			if (!generatedLines.contains(l)) {
				differences.add(new Difference(l.contains("InvestmentBenefitFlow") ? "investment-as-line" : null,
						"only Sirius draws " + l));
			}
		}
		for (String l : generatedLines) {
			if (!siriusLines.contains(l)) {
				differences.add(new Difference(l.contains("InvestmentBenefitFlow") ? "investment-as-line" : null,
						"only generated draws " + l));
			}
		}
		relations(siriusRelations, generatedRelations, generatedNesting, description.equals("OutcomeTree"),
				differences);
		differences.sort((a, b) -> a.text().compareTo(b.text()));
		return differences;
	}

	private void relations(List<String[]> sirius, List<String[]> generated, Set<String> generatedNesting,
			boolean outcomeTree, List<Difference> differences) {
		Set<String> siriusPairs = new TreeSet<>();
		for (String[] l : sirius) {
			siriusPairs.add(pair(l[0], l[1]));
		}
		Set<String> generatedPairs = new TreeSet<>();
		Set<String> generatedDirected = new HashSet<>();
		for (String[] l : generated) {
			generatedPairs.add(pair(l[0], l[1]));
			generatedDirected.add(l[0] + ">" + l[1]);
		}
		for (String[] l : sirius) {
			String p = pair(l[0], l[1]);
			String text = named(l[0]) + " -> " + named(l[1]);
			if (!generatedPairs.contains(p)) {
				String reason = generatedNesting.contains(p) ? "nested-not-joined"
						: lessSpecific(byId.get(l[0]), byId.get(l[1])) ? "most-specific-only" : null;
				differences.add(new Difference(reason, "only Sirius joins " + text));
			} else if (!generatedDirected.contains(l[0] + ">" + l[1])) {
				differences.add(new Difference(outcomeTree ? "holder-to-held" : null,
						"Sirius points the other way: " + text));
			}
		}
		for (String[] l : generated) {
			if (!siriusPairs.contains(pair(l[0], l[1]))) {
				boolean investment = byId.get(l[0]) instanceof InvestmentBenefitFlow
						|| byId.get(l[1]) instanceof InvestmentBenefitFlow;
				differences.add(new Difference(investment ? "investment-as-line" : null,
						"only generated joins " + named(l[0]) + " -> " + named(l[1])));
			}
		}
	}

	/**
	 * @return whether Sirius's line is one the generated tree leaves out for a more specific one: an outcome to a
	 *         programme that serves one of its sub-outcomes, or a programme to a measure that evidences an outcome
	 */
	private static boolean lessSpecific(EObject from, EObject to) {
		if (from instanceof Outcome o && to instanceof WorkProgramme p) {
			return p.getOutcomesServed().stream().anyMatch(other -> {
				for (Outcome up = other.getParent(); up != null; up = up.getParent()) {
					if (up == o) {
						return true;
					}
				}
				return false;
			});
		}
		return from instanceof WorkProgramme && to instanceof Measure m && !m.getEvidencedOutcomes().isEmpty();
	}

	private String line(String from, String to, String objectId, String label) {
		return named(from) + " -> " + named(to) + " for " + named(objectId) + " " + flat(label);
	}

	private static String pair(String a, String b) {
		return String.valueOf(a).compareTo(String.valueOf(b)) <= 0 ? a + "~" + b : b + "~" + a;
	}

	private static String flat(String text) {
		return text == null ? "''" : "'" + text.replace('\n', '|') + "'";
	}
}
