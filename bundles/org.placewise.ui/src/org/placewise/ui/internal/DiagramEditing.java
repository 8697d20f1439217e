package org.placewise.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.placewise.diagram.kinds.DiagramKind;
import org.placewise.diagram.scene.Palettes;
import org.placewise.diagram.ui.DiagramTool;
import org.placewise.model.core.CorePackage;
import org.placewise.model.core.Identified;
import org.placewise.model.core.NamedElement;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.footprint.FootprintFactory;
import org.placewise.model.footprint.FootprintPackage;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.BoardKind;
import org.placewise.model.governance.DecisionMaker;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.GovernanceFactory;
import org.placewise.model.governance.GovernancePackage;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.MeasuresFactory;
import org.placewise.model.measures.MeasuresPackage;
import org.placewise.model.outcomes.Outcome;
import org.placewise.model.outcomes.OutcomesFactory;
import org.placewise.model.outcomes.OutcomesPackage;
import org.placewise.model.outcomes.Vision;
import org.placewise.model.outcomes.WorkProgramme;
import org.placewise.model.resource.Identities;

/**
 * What the diagram's palette, label editing and Delete do to the model: the creation tools that fit each kind of
 * diagram, and for each request one EMF command on the editor's editing domain (one Undo takes it all back), or the
 * reason it cannot be done ("A delegation runs between boards, roles and organisations"). New objects get an id and a
 * name of their own ("New committee 2") before the command adds them, so Redo brings back the same object.
 */
final class DiagramEditing {

	static final String BOARD = "board";
	static final String COMMITTEE = "committee";
	static final String JOINT_COMMITTEE = "joint-committee";
	static final String DELEGATION = "delegation";
	static final String REPORTS_TO = "reports-to";
	static final String OUTCOME = "outcome";
	static final String PROGRAMME = "programme";
	static final String MEASURE = "measure";
	static final String SERVES = "serves";
	static final String EVIDENCES = "evidences";
	static final String FOOTPRINT = "footprint";

	/**
	 * A change asked for on the diagram: the command to run and the object to select afterwards, or why not.
	 *
	 * @param command  the command, {@code null} when refused
	 * @param selected what to select once it has run (the new object), may be {@code null}
	 * @param refusal  why it cannot be done, {@code null} when it can
	 */
	record Edit(Command command, EObject selected, String refusal) {
		static Edit refused(String why) {
			return new Edit(null, null, why);
		}
	}

	private DiagramEditing() {
	}

	/**
	 * @param kind a diagram kind
	 * @return its creation tools in palette order (none for the money diagram)
	 */
	static List<DiagramTool> tools(DiagramKind kind) {
		return switch (kind) {
		case GOVERNANCE -> List.of(
				node(BOARD, PlacewiseLabels.literal(BoardKind.BOARD),
						"Click the background for a board of its own, or a board to add a sub-group to it"),
				node(COMMITTEE, PlacewiseLabels.literal(BoardKind.COMMITTEE),
						"Click the board the committee belongs to (or the background)"),
				node(JOINT_COMMITTEE, PlacewiseLabels.literal(BoardKind.JOINT_COMMITTEE),
						"Click the board the joint committee belongs to (or the background)"),
				connection(DELEGATION, PlacewiseLabels.typeName(GovernancePackage.Literals.DELEGATION),
						"Click the delegator, then the delegate (boards, roles or organisations)"),
				connection(REPORTS_TO, PlacewiseLabels.featureName(GovernancePackage.Literals.BOARD__REPORTS_TO),
						"Click the board that reports, then the board it reports to"));
		case OUTCOMES -> List.of(
				node(OUTCOME, PlacewiseLabels.typeName(OutcomesPackage.Literals.OUTCOME),
						"Click the vision or the outcome it breaks down"),
				node(PROGRAMME, PlacewiseLabels.typeName(OutcomesPackage.Literals.WORK_PROGRAMME),
						"Click the outcome it serves (or the background)"),
				node(MEASURE, PlacewiseLabels.typeName(MeasuresPackage.Literals.MEASURE),
						"Click the outcome it evidences (or the background)"),
				connection(SERVES,
						PlacewiseLabels.featureName(OutcomesPackage.Literals.WORK_PROGRAMME__OUTCOMES_SERVED),
						"Click the work programme, then the outcome it serves"),
				connection(EVIDENCES, PlacewiseLabels.featureName(MeasuresPackage.Literals.MEASURE__EVIDENCED_OUTCOMES),
						"Click the measure, then the outcome it evidences"));
		case SYSTEMS -> List.of(node(FOOTPRINT, PlacewiseLabels.typeName(FootprintPackage.Literals.FOOTPRINT),
				"Click the footprint it lies in (or the background for a new system)"));
		case MONEY -> List.of();
		};
	}

	private static DiagramTool node(String id, String label, String hint) {
		return new DiagramTool(id, label, DiagramTool.Kind.NODE, hint);
	}

	private static DiagramTool connection(String id, String label, String hint) {
		return new DiagramTool(id, label, DiagramTool.Kind.CONNECTION, hint);
	}

	/**
	 * @param domain    the editing domain
	 * @param model     the model
	 * @param tool      a box tool
	 * @param container the model object of the box clicked, or {@code null} for the background
	 * @return the command adding the new object where it belongs
	 */
	static Edit createNode(EditingDomain domain, PlacewiseModel model, DiagramTool tool, EObject container) {
		switch (tool.id()) {
		case BOARD, COMMITTEE, JOINT_COMMITTEE -> {
			Board board = GovernanceFactory.eINSTANCE.createBoard();
			board.setKind(switch (tool.id()) {
			case COMMITTEE -> BoardKind.COMMITTEE;
			case JOINT_COMMITTEE -> BoardKind.JOINT_COMMITTEE;
			default -> BoardKind.BOARD;
			});
			Board parent = container instanceof Board b ? b : null;
			fresh(board, tool, model);
			return parent != null
					? added(domain, parent, GovernancePackage.Literals.BOARD__SUB_GROUPS, board, tool)
					: added(domain, model, CorePackage.Literals.PLACEWISE_MODEL__BOARDS, board, tool);
		}
		case OUTCOME -> {
			Outcome outcome = OutcomesFactory.eINSTANCE.createOutcome();
			fresh(outcome, tool, model);
			if (container instanceof Vision v) {
				return added(domain, v, OutcomesPackage.Literals.VISION__OUTCOMES, outcome, tool);
			}
			if (container instanceof Outcome o) {
				return added(domain, o, OutcomesPackage.Literals.OUTCOME__CHILDREN, outcome, tool);
			}
			return Edit.refused("An outcome belongs to a vision or to a broader outcome: click one of them.");
		}
		case PROGRAMME -> {
			WorkProgramme programme = OutcomesFactory.eINSTANCE.createWorkProgramme();
			fresh(programme, tool, model);
			if (container instanceof Outcome o) {
				programme.getOutcomesServed().add(o);
			}
			return added(domain, model, CorePackage.Literals.PLACEWISE_MODEL__PROGRAMMES, programme, tool);
		}
		case MEASURE -> {
			Measure measure = MeasuresFactory.eINSTANCE.createMeasure();
			fresh(measure, tool, model);
			if (container instanceof Outcome o) {
				measure.getEvidencedOutcomes().add(o);
			}
			return added(domain, model, CorePackage.Literals.PLACEWISE_MODEL__MEASURES, measure, tool);
		}
		case FOOTPRINT -> {
			Footprint footprint = FootprintFactory.eINSTANCE.createFootprint();
			fresh(footprint, tool, model);
			return container instanceof Footprint f
					? added(domain, f, FootprintPackage.Literals.FOOTPRINT__CHILDREN, footprint, tool)
					: added(domain, model, CorePackage.Literals.PLACEWISE_MODEL__FOOTPRINTS, footprint, tool);
		}
		default -> {
			return Edit.refused("'" + tool.label() + "' does not make a box.");
		}
		}
	}

	/**
	 * @param domain the editing domain
	 * @param model  the model
	 * @param tool   an arrow tool
	 * @param source the model object of the box the arrow starts at
	 * @param target the model object of the box it ends at
	 * @return the command making the link
	 */
	static Edit connect(EditingDomain domain, PlacewiseModel model, DiagramTool tool, EObject source,
			EObject target) {
		if (source == target) {
			return Edit.refused("An arrow needs two different boxes.");
		}
		switch (tool.id()) {
		case DELEGATION -> {
			if (!(source instanceof DecisionMaker from) || !(target instanceof DecisionMaker to)) {
				return Edit.refused("A delegation runs between boards, roles and organisations.");
			}
			Delegation delegation = GovernanceFactory.eINSTANCE.createDelegation();
			delegation.setId(Identities.newId());
			var add = new CompoundCommand(
					"New delegation from " + CommandLabels.quoted(from) + " to " + CommandLabels.quoted(to));
			add.append(AddCommand.create(domain, model, CorePackage.Literals.PLACEWISE_MODEL__DELEGATIONS, delegation));
			add.append(SetCommand.create(domain, delegation, GovernancePackage.Literals.DELEGATION__DELEGATOR, from));
			add.append(SetCommand.create(domain, delegation, GovernancePackage.Literals.DELEGATION__DELEGATE, to));
			return new Edit(add, delegation, null);
		}
		case REPORTS_TO -> {
			if (!(source instanceof Board from) || !(target instanceof Board to)) {
				return Edit.refused("A reporting line runs from a board or committee to the board it reports to.");
			}
			return new Edit(SetCommand.create(domain, from, GovernancePackage.Literals.BOARD__REPORTS_TO, to), from,
					null);
		}
		case SERVES -> {
			WorkProgramme p = either(source, target, WorkProgramme.class);
			Outcome o = either(source, target, Outcome.class);
			if (p == null || o == null) {
				return Edit.refused("Link a work programme to the outcome it serves.");
			}
			if (p.getOutcomesServed().contains(o)) {
				return Edit.refused(CommandLabels.quoted(p) + " already serves " + CommandLabels.quoted(o) + ".");
			}
			return new Edit(
					AddCommand.create(domain, p, OutcomesPackage.Literals.WORK_PROGRAMME__OUTCOMES_SERVED, o), p, null);
		}
		case EVIDENCES -> {
			Measure m = either(source, target, Measure.class);
			Outcome o = either(source, target, Outcome.class);
			if (m == null || o == null) {
				return Edit.refused("Link a measure to the outcome it evidences.");
			}
			if (m.getEvidencedOutcomes().contains(o)) {
				return Edit.refused(CommandLabels.quoted(m) + " already evidences " + CommandLabels.quoted(o) + ".");
			}
			return new Edit(AddCommand.create(domain, m, MeasuresPackage.Literals.MEASURE__EVIDENCED_OUTCOMES, o), m,
					null);
		}
		default -> {
			return Edit.refused("'" + tool.label() + "' does not draw an arrow.");
		}
		}
	}

	/**
	 * The command for a title or label typed on the diagram: a box's name; an arrow's first label line, which for a
	 * delegation is its scope (or its name when it has no scope).
	 *
	 * @param domain the editing domain
	 * @param object the model object of the element
	 * @param edge   whether the element is an arrow
	 * @param text   the new text
	 * @return the command, or the reason there is none
	 */
	static Edit relabel(EditingDomain domain, EObject object, boolean edge, String text) {
		if (edge && object instanceof Delegation d && d.getScope() != null && !d.getScope().isBlank()) {
			return new Edit(SetCommand.create(domain, d, GovernancePackage.Literals.DELEGATION__SCOPE, text), d, null);
		}
		if (object instanceof NamedElement) {
			return new Edit(SetCommand.create(domain, object, CorePackage.Literals.NAMED_ELEMENT__NAME, text), object,
					null);
		}
		return Edit.refused("This label is made from the model and cannot be typed over.");
	}

	/**
	 * What deleting an arrow does when the arrow is a link between two boxes rather than an object of its own: the link
	 * is cleared, both ends stay.
	 *
	 * @param domain the editing domain
	 * @param style  the arrow's style key
	 * @param object the model object the arrow stands for
	 * @param source the model object at its start
	 * @param target the model object at its end
	 * @return the command clearing the link, or {@code null} when the arrow is not such a link
	 */
	static Command unlink(EditingDomain domain, String style, EObject object, EObject source, EObject target) {
		if (Palettes.REPORTS_TO.equals(style) && object instanceof Board b) {
			return SetCommand.create(domain, b, GovernancePackage.Literals.BOARD__REPORTS_TO, SetCommand.UNSET_VALUE);
		}
		if (Palettes.PROGRAMME.equals(style) && source instanceof WorkProgramme p && target instanceof Outcome o) {
			return RemoveCommand.create(domain, p, OutcomesPackage.Literals.WORK_PROGRAMME__OUTCOMES_SERVED, o);
		}
		if (Palettes.EVIDENCES.equals(style) && source instanceof Measure m) {
			EReference link = target instanceof Outcome ? MeasuresPackage.Literals.MEASURE__EVIDENCED_OUTCOMES
					: MeasuresPackage.Literals.MEASURE__PROGRAMMES;
			return RemoveCommand.create(domain, m, link, target);
		}
		return null;
	}

	private static <T> T either(EObject a, EObject b, Class<T> type) {
		return type.isInstance(a) ? type.cast(a) : type.isInstance(b) ? type.cast(b) : null;
	}

	private static Edit added(EditingDomain domain, EObject owner, EReference feature, EObject created,
			DiagramTool tool) {
		var add = new CompoundCommand("New " + tool.label().toLowerCase(Locale.UK) + " "
				+ CommandLabels.quoted(created));
		add.append(AddCommand.create(domain, owner, feature, created));
		return new Edit(add, created, null);
	}

	/** Gives a new object an id and a name no other object of its type has: "New committee", "New committee 2". */
	private static void fresh(EObject created, DiagramTool tool, PlacewiseModel model) {
		if (created instanceof Identified identified) {
			identified.setId(Identities.newId());
		}
		if (created instanceof NamedElement named) {
			String base = "New " + tool.label().toLowerCase(Locale.UK);
			Collection<String> taken = new ArrayList<>();
			Predicate<EObject> sameType = o -> o.eClass() == created.eClass();
			model.eAllContents().forEachRemaining(o -> {
				if (sameType.test(o) && o instanceof NamedElement n && n.getName() != null) {
					taken.add(n.getName());
				}
			});
			String name = base;
			for (int i = 2; taken.contains(name); i++) {
				name = base + " " + i;
			}
			named.setName(name);
		}
	}
}
