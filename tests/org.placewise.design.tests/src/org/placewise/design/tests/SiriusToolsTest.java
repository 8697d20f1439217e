package org.placewise.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.footprint.FootprintKind;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.BoardKind;
import org.placewise.model.governance.DecisionMaker;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.Membership;
import org.placewise.model.governance.Partnership;
import org.placewise.model.measures.Measure;
import org.placewise.model.organisation.Organisation;
import org.placewise.model.organisation.Role;
import org.placewise.model.outcomes.Outcome;
import org.placewise.model.outcomes.OutcomeLevel;
import org.placewise.model.outcomes.Vision;
import org.placewise.model.outcomes.WorkProgramme;

/**
 * Every tool of the odesign run as Sirius runs it ({@link ToolRunner}) on a sample: the model after it is checked, the
 * refreshed representation shows the result with the tool's mapping, and undo gives back a model equal to the one
 * before. Failing operations leave the model as it was.
 */
class SiriusToolsTest {

	private static final Path EXAMPLESHIRE = Path.of("../../samples/exampleshire-scheme-of-delegation.placewise");
	private static final Path MANCHESTER = Path.of("../../samples/greater-manchester.placewise");
	private static final Path ESSEX = Path.of("../../samples/mid-and-south-essex-older-adults.placewise");

	private final Interpretation in = new Interpretation();
	private final ToolRunner runner = new ToolRunner(in.evaluator);

	private EObject tool(String name) {
		for (var it = in.odesign.eAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (name.equals(Odesign.name(o)) && o.eClass().getName().endsWith("Description")
					|| name.equals(Odesign.name(o)) && o.eClass().getName().equals("CreateLineTool")) {
				return o;
			}
		}
		throw new IllegalArgumentException("no tool " + name);
	}

	private EObject cellEdit(String column) {
		for (EObject c : Odesign.list(in.representation("MeasuresRegister"), "ownedColumnMappings")) {
			if (column.equals(Odesign.name(c))) {
				return Odesign.object(c, "directEdit");
			}
		}
		throw new IllegalArgumentException(column);
	}

	private DiagramInterpreter.Representation diagram(String name, PlacewiseModel model) {
		return new DiagramInterpreter(in.evaluator).build(in.representation(name), model, Set.of("Money"), Set.of());
	}

	private static DiagramInterpreter.Element view(DiagramInterpreter.Representation r, EObject semantic) {
		return r.elements().stream().filter(e -> e.semantic() == semantic && !e.kind().equals("edge")).findFirst()
				.orElse(null);
	}

	/** Runs the tool, checks the model, checks undo gives back the model as it was, and redo the change. */
	private void runAndUndo(PlacewiseModel model, String tool, Map<String, Object> variables,
			Consumer<PlacewiseModel> check) {
		PlacewiseModel before = EcoreUtil.copy(model);
		assertTrue(runner.run(tool.startsWith("cell:") ? cellEdit(tool.substring(5)) : tool(tool), model, variables),
				tool + " was refused by its precondition");
		assertFalse(EcoreUtil.equals(before, model), tool + " changed nothing");
		check.accept(model);
		runner.stack().undo();
		assertTrue(EcoreUtil.equals(before, model), tool + ": undo did not give back the model");
		runner.stack().redo();
		check.accept(model);
		runner.stack().undo();
	}

	private static Map<String, Object> creation(EObject container, DiagramInterpreter.Element view) {
		Map<String, Object> vars = new HashMap<>();
		vars.put("container", container);
		vars.put("containerView", view);
		return vars;
	}

	private static <T> T last(List<T> list) {
		return list.get(list.size() - 1);
	}

	@Test
	void everyToolOfTheOdesignHasATestHere() {
		List<String> tools = new ArrayList<>();
		in.odesign.eAllContents().forEachRemaining(o -> {
			String type = o.eClass().getName();
			if (type.endsWith("CreationDescription") || type.equals("ReconnectEdgeDescription")
					|| type.equals("CreateLineTool") || type.equals("DeleteElementDescription")
					|| type.equals("DirectEditLabel")) {
				tools.add(Odesign.name(o));
			} else if (type.equals("CellEditorTool") || type.equals("LabelEditTool")) {
				tools.add("cell:" + Odesign.name(o.eContainer()));
			}
		});
		assertEquals(List.of("CreateIntegratedCareSystem", "CreatePlace", "CreateLocality", "CreateNeighbourhood",
				"CreatePartnership", "CreateBoard", "CreateOrganisation", "DelegateAuthority", "ChangeDelegate",
				"ChangeDelegator", "AddBoard", "AddCommittee", "AddMember", "AddRole", "AddVision", "AddOutcome",
				"AddProgramme", "AddMeasure", "AddMeasureLine", "cell:MeasureColumn", "cell:BaselineColumn",
				"cell:TargetColumn"), tools, "a tool was added or removed: add its test here");
	}

	@Test
	void footprintToolsCreateNestedFootprintsOfTheirKind() throws Exception {
		PlacewiseModel model = Interpretation.load(MANCHESTER);
		var systems = diagram("SystemsWithinSystems", model);
		runAndUndo(model, "CreateIntegratedCareSystem", creation(model, null), m -> {
			Footprint f = last(m.getFootprints());
			assertEquals("New integrated care system", f.getName());
			assertEquals(FootprintKind.INTEGRATED_CARE_SYSTEM, f.getKind());
			assertEquals("Footprint", view(diagram("SystemsWithinSystems", m), f).mapping());
		});
		Footprint system = model.getFootprints().get(0);
		Footprint place = system.getChildren().get(0);
		for (var kind : List.of(List.of("CreatePlace", system, FootprintKind.PLACE, "New place"),
				List.of("CreateLocality", place, FootprintKind.LOCALITY, "New locality"),
				List.of("CreateNeighbourhood", place, FootprintKind.NEIGHBOURHOOD, "New neighbourhood"))) {
			Footprint parent = (Footprint) kind.get(1);
			runAndUndo(model, (String) kind.get(0), creation(parent, view(systems, parent)), m -> {
				Footprint f = last(parent.getChildren());
				assertEquals(kind.get(3), f.getName());
				assertEquals(kind.get(2), f.getKind());
				var shown = view(diagram("SystemsWithinSystems", m), f);
				assertEquals("NestedFootprint", shown.mapping());
				assertSame(parent, shown.parent().semantic());
			});
		}
	}

	@Test
	void partnershipBoardAndOrganisationToolsPlaceTheNewElementAtTheFootprintClickedIn() throws Exception {
		PlacewiseModel model = Interpretation.load(MANCHESTER);
		Footprint place = model.getFootprints().get(0).getChildren().get(0);
		var systems = diagram("SystemsWithinSystems", model);
		runAndUndo(model, "CreatePartnership", creation(place, view(systems, place)), m -> {
			Partnership p = last(m.getPartnerships());
			assertEquals("New partnership", p.getName());
			assertSame(place, p.getFootprint());
			var shown = view(diagram("SystemsWithinSystems", m), p);
			assertEquals("PartnershipNode", shown.mapping());
			assertSame(place, shown.parent().semantic());
		});
		runAndUndo(model, "CreateBoard", creation(place, view(systems, place)), m -> {
			Board b = last(m.getBoards());
			assertSame(place, b.getFootprint());
			assertEquals("BoardNode", view(diagram("SystemsWithinSystems", m), b).mapping());
		});
		runAndUndo(model, "CreateOrganisation", creation(place, view(systems, place)), m -> {
			Organisation o = last(m.getOrganisations());
			assertEquals("New organisation", o.getName());
			assertSame(place, o.getFootprint());
			assertSame(place, view(diagram("SystemsWithinSystems", m), o).parent().semantic());
		});
	}

	@Test
	void delegationDrawnFromACommitteeToARoleHasThatDelegatorAndDelegate() throws Exception {
		PlacewiseModel model = Interpretation.load(EXAMPLESHIRE);
		Board committee = model.getBoards().stream()
				.flatMap(b -> java.util.stream.Stream.concat(java.util.stream.Stream.of(b), b.getSubGroups().stream()))
				.filter(b -> b.getKind() == BoardKind.COMMITTEE || b.getName().contains("Committee"))
				.findFirst().orElseThrow();
		Role role = model.getRoles().get(0);
		var governance = diagram("GovernanceAndDelegations", model);
		Map<String, Object> vars = new HashMap<>();
		vars.put("source", committee);
		vars.put("target", role);
		vars.put("sourceView", view(governance, committee));
		vars.put("targetView", view(governance, role));
		runAndUndo(model, "DelegateAuthority", vars, m -> {
			Delegation d = last(m.getDelegations());
			assertSame(committee, d.getDelegator());
			assertSame(role, d.getDelegate());
			assertEquals("Delegation to " + role.getName(), d.getName());
			var edge = diagram("GovernanceAndDelegations", m).byMapping("DelegationEdge").stream()
					.filter(e -> e.semantic() == d).findFirst().orElseThrow();
			assertSame(committee, edge.source().semantic());
			assertSame(role, edge.target().semantic());
		});
	}

	@Test
	void changeDelegateAndChangeDelegatorMoveOneEndOfTheArrow() throws Exception {
		PlacewiseModel model = Interpretation.load(EXAMPLESHIRE);
		Delegation d = model.getDelegations().get(0);
		DecisionMaker delegator = d.getDelegator();
		DecisionMaker delegate = d.getDelegate();
		Role other = model.getRoles().stream().filter(r -> r != delegate && r != delegator).findFirst()
				.orElseThrow();
		var governance = diagram("GovernanceAndDelegations", model);
		Map<String, Object> vars = new HashMap<>();
		vars.put("element", d);
		vars.put("source", delegate);
		vars.put("target", other);
		vars.put("sourceView", view(governance, delegate));
		vars.put("targetView", view(governance, other));
		runAndUndo(model, "ChangeDelegate", vars, m -> {
			assertSame(other, d.getDelegate());
			assertSame(delegator, d.getDelegator());
			var edge = diagram("GovernanceAndDelegations", m).byMapping("DelegationEdge").stream()
					.filter(e -> e.semantic() == d).findFirst().orElseThrow();
			assertSame(other, edge.target().semantic());
		});
		vars.put("source", delegator);
		runAndUndo(model, "ChangeDelegator", vars, m -> {
			assertSame(other, d.getDelegator());
			assertSame(delegate, d.getDelegate());
		});
	}

	@Test
	void boardCommitteeMemberAndRoleTools() throws Exception {
		PlacewiseModel model = Interpretation.load(EXAMPLESHIRE);
		var governance = diagram("GovernanceAndDelegations", model);
		runAndUndo(model, "AddBoard", creation(model, null), m -> {
			assertEquals(BoardKind.BOARD, last(m.getBoards()).getKind());
			assertEquals("New board", last(m.getBoards()).getName());
		});
		runAndUndo(model, "AddCommittee", creation(model, null), m -> {
			assertEquals(BoardKind.COMMITTEE, last(m.getBoards()).getKind());
			assertEquals("BoardContainer", view(diagram("GovernanceAndDelegations", m), last(m.getBoards())).mapping());
		});
		Board board = model.getBoards().get(0);
		runAndUndo(model, "AddMember", creation(board, view(governance, board)), m -> {
			Membership member = last(board.getMemberships());
			assertTrue(member.isVoting());
			var shown = view(diagram("GovernanceAndDelegations", m), member);
			assertEquals("list element", shown.kind());
			assertSame(board, shown.parent().semantic());
		});
		runAndUndo(model, "AddRole", creation(model, null), m -> {
			assertEquals("New role", last(m.getRoles()).getName());
			assertEquals("RoleNode", view(diagram("GovernanceAndDelegations", m), last(m.getRoles())).mapping());
		});
	}

	@Test
	void outcomeTreeToolsLinkWhatTheyCreateToTheElementClickedOn() throws Exception {
		PlacewiseModel model = Interpretation.load(ESSEX);
		var tree = diagram("OutcomeTree", model);
		runAndUndo(model, "AddVision", creation(model, null), m -> {
			assertEquals("New vision", last(m.getVisions()).getName());
			assertEquals("VisionNode", view(diagram("OutcomeTree", m), last(m.getVisions())).mapping());
		});
		Vision vision = model.getVisions().get(0);
		runAndUndo(model, "AddOutcome", creation(vision, view(tree, vision)), m -> {
			Outcome o = last(vision.getOutcomes());
			assertEquals(OutcomeLevel.STRATEGIC, o.getLevel());
			assertTrue(diagram("OutcomeTree", m).byMapping("VisionOutcomeEdge").stream()
					.anyMatch(e -> e.source().semantic() == vision && e.target().semantic() == o));
		});
		Outcome outcome = vision.getOutcomes().get(0);
		runAndUndo(model, "AddOutcome", creation(outcome, view(tree, outcome)), m -> {
			Outcome o = last(outcome.getChildren());
			assertEquals("New sub-outcome", o.getName());
			assertEquals(OutcomeLevel.INTERMEDIATE, o.getLevel());
		});
		// The precondition refuses the diagram background.
		PlacewiseModel before = EcoreUtil.copy(model);
		assertFalse(runner.run(tool("AddOutcome"), model, creation(model, null)));
		assertTrue(EcoreUtil.equals(before, model));
		runAndUndo(model, "AddProgramme", creation(model, null), m -> {
			assertTrue(last(m.getProgrammes()).getOutcomesServed().isEmpty());
		});
		runAndUndo(model, "AddProgramme", creation(outcome, view(tree, outcome)), m -> {
			WorkProgramme p = last(m.getProgrammes());
			assertEquals(List.of(outcome), p.getOutcomesServed());
			assertTrue(diagram("OutcomeTree", m).byMapping("ServedByEdge").stream()
					.anyMatch(e -> e.source().semantic() == outcome && e.target().semantic() == p));
		});
		WorkProgramme programme = model.getProgrammes().get(0);
		runAndUndo(model, "AddMeasure", creation(programme, view(tree, programme)), m -> {
			Measure measure = last(m.getMeasures());
			assertEquals("New measure", measure.getName());
			assertEquals(List.of(programme), measure.getProgrammes());
		});
		runAndUndo(model, "AddMeasure", creation(model, null), m -> {
			assertTrue(last(m.getMeasures()).getProgrammes().isEmpty());
		});
	}

	private static Map<String, Object> cell(Measure measure, PlacewiseModel model, String typed) {
		Map<String, Object> vars = new HashMap<>();
		vars.put("element", measure);
		vars.put("lineSemantic", measure);
		vars.put("root", model);
		vars.put("arg0", typed);
		return vars;
	}

	@Test
	void measuresRegisterAddsLinesAndAcceptsTypedFigures() throws Exception {
		PlacewiseModel model = Interpretation.load(ESSEX);
		Map<String, Object> vars = new HashMap<>();
		vars.put("root", model);
		vars.put("element", model);
		vars.put("container", model);
		runAndUndo(model, "AddMeasureLine", vars, m -> {
			var table = new TableInterpreter(in.evaluator).build(in.representation("MeasuresRegister"), m);
			assertEquals("New measure", last(table.lines()).header());
		});
		Measure measure = model.getMeasures().get(0);
		runAndUndo(model, "cell:BaselineColumn", cell(measure, model, "8.4"),
				m -> assertEquals(new BigDecimal("8.4"), measure.getBaselineValue()));
		runAndUndo(model, "cell:BaselineColumn", cell(measure, model, "£1,250.5"),
				m -> assertEquals(new BigDecimal("1250.5"), measure.getBaselineValue()));
		runAndUndo(model, "cell:TargetColumn", cell(measure, model, " 12 "),
				m -> assertEquals(new BigDecimal("12"), measure.getTargetValue()));
		runAndUndo(model, "cell:MeasureColumn", cell(measure, model, "Renamed"), m -> {
			assertEquals("Renamed", measure.getName());
			var table = new TableInterpreter(in.evaluator).build(in.representation("MeasuresRegister"), m);
			assertEquals("Renamed", table.lines().get(0).cell("MeasureColumn").label());
		});
		// Words are refused with the measure named, and nothing changes.
		PlacewiseModel before = EcoreUtil.copy(model);
		EvaluationProblem problem = assertThrows(EvaluationProblem.class,
				() -> runner.run(cellEdit("BaselineColumn"), model, cell(measure, model, "about eight")));
		assertTrue(problem.getMessage().contains(measure.getName()), problem.getMessage());
		assertTrue(EcoreUtil.equals(before, model));
	}

	@Test
	void defaultDeleteRemovesTheElementAndEveryReferenceToIt() throws Exception {
		PlacewiseModel model = Interpretation.load(EXAMPLESHIRE);
		PlacewiseModel before = EcoreUtil.copy(model);
		Delegation d = model.getDelegations().get(0);
		DecisionMaker delegator = d.getDelegator();
		runner.deleteFromModel(d, model);
		assertFalse(model.getDelegations().contains(d));
		assertFalse(delegator.getDelegationsGiven().contains(d));
		assertTrue(diagram("GovernanceAndDelegations", model).elements().stream().noneMatch(e -> e.semantic() == d));
		runner.stack().undo();
		assertTrue(EcoreUtil.equals(before, model));
		// A board with members and delegations: its members go with it, delegations lose that end.
		Board board = model.getDelegations().stream().map(Delegation::getDelegator).filter(Board.class::isInstance)
				.map(Board.class::cast).findFirst().orElseThrow();
		List<Delegation> given = List.copyOf(board.getDelegationsGiven());
		runner.deleteFromModel(board, model);
		assertFalse(model.getBoards().contains(board));
		assertFalse(EcoreUtil.isAncestor(model, board));
		given.forEach(g -> assertNull(g.getDelegator()));
		runner.stack().undo();
		assertTrue(EcoreUtil.equals(before, model));
	}

	// ---- planted faults -------------------------------------------------------------------------

	@Test
	void toolSettingAFeatureOfTheWrongTypeFailsAndLeavesTheModelAsItWas() throws Exception {
		PlacewiseModel model = Interpretation.load(MANCHESTER);
		Footprint place = model.getFootprints().get(0).getChildren().get(0);
		// CreateBoard's "footprint := container" planted as "kind := container".
		EObject setFootprint = null;
		for (var it = tool("CreateBoard").eAllContents(); it.hasNext();) {
			EObject o = it.next();
			if ("footprint".equals(Odesign.string(o, "featureName"))) {
				setFootprint = o;
			}
		}
		assertNotNull(setFootprint);
		EStructuralFeature feature = setFootprint.eClass().getEStructuralFeature("featureName");
		setFootprint.eSet(feature, "kind");
		PlacewiseModel before = EcoreUtil.copy(model);
		EvaluationProblem problem = assertThrows(EvaluationProblem.class,
				() -> runner.run(tool("CreateBoard"), model, creation(place, null)));
		assertTrue(problem.getMessage().contains("kind holds BoardKind, not a Footprint"), problem.getMessage());
		assertTrue(EcoreUtil.equals(before, model), "the board created before the failure was not rolled back");
		assertFalse(runner.stack().canUndo());
	}
}
