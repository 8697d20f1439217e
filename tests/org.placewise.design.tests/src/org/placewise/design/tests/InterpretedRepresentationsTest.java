package org.placewise.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.placewise.design.services.PlacewiseServices;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.footprint.FootprintKind;
import org.placewise.model.measures.Measure;

/**
 * The viewpoint interpreted as Sirius would run it, on every sample: every diagram description and the measures
 * register are built, the labels equal those of Placewise's generated diagrams of the same kind, the findings layer
 * decorates what the check catalogue reports on, filters hide what they say, and planted faults in the odesign stop the
 * build of the representation with a message naming them.
 */
class InterpretedRepresentationsTest {

	static final List<String> DIAGRAMS = List.of("SystemsWithinSystems", "GovernanceAndDelegations", "OutcomeTree");

	static List<Path> samples() throws Exception {
		return Interpretation.samples();
	}

	private static DiagramInterpreter.Representation build(Interpretation in, String name, EObject model) {
		return new DiagramInterpreter(in.evaluator).build(in.representation(name), model, Set.of("Money"), Set.of());
	}

	@ParameterizedTest
	@MethodSource("samples")
	void everyDiagramIsBuiltAndSaysWhatTheGeneratedDiagramSays(Path sample) throws Exception {
		Interpretation in = new Interpretation();
		PlacewiseModel model = Interpretation.load(sample);
		int elements = 0;
		List<String> unexplained = new ArrayList<>();
		for (String name : DIAGRAMS) {
			var representation = build(in, name, model);
			elements += representation.elements().size();
			for (var difference : SceneComparison.differences(name, representation, model, true)) {
				System.out.println(sample.getFileName() + " " + name + ": " + difference);
				if (difference.reason() == null) {
					unexplained.add(name + ": " + difference.text());
				}
			}
		}
		assertTrue(elements > 0, "nothing was built for " + sample);
		assertEquals(List.of(), unexplained, "differences from the generated diagrams that no known reason explains");
	}

	@ParameterizedTest
	@MethodSource("samples")
	void findingsLayerDecoratesExactlyTheElementsWithFindings(Path sample) throws Exception {
		Interpretation in = new Interpretation();
		PlacewiseModel model = Interpretation.load(sample);
		PlacewiseServices services = new PlacewiseServices(Interpretation.CLOCK);
		for (String name : DIAGRAMS) {
			for (var element : build(in, name, model).elements()) {
				boolean findings = services.hasFindings(element.semantic());
				assertEquals(findings ? 1 : 0, element.decorations().size(), element + " on " + name);
				if (findings) {
					var decoration = element.decorations().get(0);
					assertEquals(services.findingIcon(element.semantic()), decoration.image());
					assertTrue(decoration.image().startsWith("/org.placewise.design/icons/finding-"),
							decoration.image());
					assertEquals(services.findingsSummary(element.semantic()), decoration.tooltip());
				}
			}
			// Without the Findings layer (it is optional) there is no decoration at all.
			EObject findings = Odesign.list(in.representation(name), "additionalLayers").stream()
					.filter(l -> Odesign.name(l).equals("Findings")).findFirst().orElseThrow();
			findings.eSet(findings.eClass().getEStructuralFeature("activeByDefault"), false);
			assertTrue(build(in, name, model).elements().stream().allMatch(e -> e.decorations().isEmpty()));
			findings.eSet(findings.eClass().getEStructuralFeature("activeByDefault"), true);
		}
	}

	@Test
	void someSampleHasDecorationsMoneyAndMembers() throws Exception {
		Interpretation in = new Interpretation();
		Set<String> mappings = new java.util.HashSet<>();
		Set<String> reasons = new java.util.TreeSet<>();
		int decorated = 0;
		for (Path sample : samples()) {
			PlacewiseModel model = Interpretation.load(sample);
			for (String name : DIAGRAMS) {
				var representation = build(in, name, model);
				for (var element : representation.elements()) {
					mappings.add(name + "/" + element.mapping());
					decorated += element.decorations().size();
				}
				SceneComparison.differences(name, representation, model, true)
						.forEach(d -> reasons.add(String.valueOf(d.reason())));
			}
		}
		assertTrue(decorated > 0, "no sample has a decoration");
		// Every known reason is still needed by some sample (no stale excuse).
		assertEquals(new java.util.TreeSet<>(SceneComparison.REASONS.keySet()), reasons);
		// No sample has a sub-group; subGroupsAreJoinedToTheirParentGroup makes one.
		mappings.add("GovernanceAndDelegations/SubGroupEdge");
		// Every mapping of the odesign makes an element on some sample, so none is unexercised.
		List<String> unused = new ArrayList<>();
		for (String name : DIAGRAMS) {
			in.representation(name).eAllContents().forEachRemaining(o -> {
				String type = o.eClass().getName();
				if ((type.endsWith("Mapping") && !type.equals("MappingFilter"))
						&& !mappings.contains(name + "/" + Odesign.name(o))) {
					unused.add(name + "/" + Odesign.name(o));
				}
			});
		}
		assertEquals(List.of(), unused);
	}

	@Test
	void nestedFootprintsAppearInsideTheirParentsWithTheStyleOfTheirKind() throws Exception {
		Interpretation in = new Interpretation();
		PlacewiseModel model = Interpretation.load(Path.of("../../samples/greater-manchester.placewise"));
		var representation = build(in, "SystemsWithinSystems", model);
		int nested = 0;
		for (var element : representation.elements()) {
			if (element.semantic() instanceof Footprint f && element.kind().equals("container")) {
				assertEquals(f.getParent() == null ? null : f.getParent(),
						element.parent() == null ? null : element.parent().semantic(), element.toString());
				String kind = f.getKind().getLiteral().toLowerCase().replace('_', '-');
				String expected = switch (f.getKind()) {
				case INTEGRATED_CARE_SYSTEM -> "system";
				default -> f.getKind().name().toLowerCase();
				};
				assertTrue(element.style().contains("borderColor=" + expected + "-stroke"),
						element + " " + element.style() + " " + kind);
				nested += element.parent() == null ? 0 : 1;
			}
		}
		assertTrue(nested > 0);
		// Hide neighbourhoods hides neighbourhoods and what they hold, nothing else.
		var filtered = new DiagramInterpreter(in.evaluator).build(in.representation("SystemsWithinSystems"), model,
				Set.of(), Set.of("HideNeighbourhoods"));
		for (var element : filtered.elements()) {
			boolean neighbourhood = element.semantic() instanceof Footprint f
					&& f.getKind() == FootprintKind.NEIGHBOURHOOD;
			boolean inside = false;
			for (var p = element.parent(); p != null; p = p.parent()) {
				inside |= p.semantic() instanceof Footprint f && f.getKind() == FootprintKind.NEIGHBOURHOOD;
			}
			if (element.kind().equals("edge")) {
				continue;
			}
			assertEquals(neighbourhood || inside, element.hidden(), element.toString());
		}
	}

	@ParameterizedTest
	@MethodSource("samples")
	void measuresRegisterHasALinePerMeasureWithTheServicesLabels(Path sample) throws Exception {
		Interpretation in = new Interpretation();
		PlacewiseModel model = Interpretation.load(sample);
		PlacewiseServices services = new PlacewiseServices(Interpretation.CLOCK);
		var table = new TableInterpreter(in.evaluator).build(in.representation("MeasuresRegister"), model);
		assertEquals("Measures register: " + model.getName(), table.title());
		assertEquals(List.of("Measure", "Programme", "Baseline", "Target", "Latest", "Status"), table.columns());
		assertEquals(model.getMeasures(), table.lines().stream().map(TableInterpreter.Line::semantic).toList());
		for (var line : table.lines()) {
			Measure m = (Measure) line.semantic();
			assertEquals(m.getName(), line.header());
			assertEquals(m.getName(), line.cell("MeasureColumn").label());
			assertEquals(services.programmeNames(m), line.cell("ProgrammeColumn").label());
			assertEquals(services.baselineLabel(m), line.cell("BaselineColumn").label());
			assertEquals(services.targetLabel(m), line.cell("TargetColumn").label());
			assertEquals(services.latestLabel(m), line.cell("LatestColumn").label());
			assertEquals(services.measureStatusLabel(m), line.cell("StatusColumn").label());
			String status = services.measureStatus(m);
			String fill = switch (status) {
			case "meets-target" -> "measure-met-fill";
			case "improving", "short-of-target" -> "measure-not-met-fill";
			default -> "measure-unknown-fill";
			};
			assertEquals(fill, line.cell("StatusColumn").background());
			assertEquals(List.of(true, false, true, true, false, false),
					line.cells().stream().map(TableInterpreter.Cell::editable).toList());
		}
	}

	// ---- planted faults -------------------------------------------------------------------------

	private static EObject find(EObject root, String name) {
		for (var it = root.eAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (name.equals(Odesign.name(o))) {
				return o;
			}
		}
		throw new IllegalArgumentException(name);
	}

	private static void set(EObject object, String feature, Object value) {
		EStructuralFeature f = object.eClass().getEStructuralFeature(feature);
		object.eSet(f, value);
	}

	@Test
	void wrongFeatureInASemanticCandidateFailsTheBuild() throws Exception {
		Interpretation in = new Interpretation();
		PlacewiseModel model = Interpretation.load(Path.of("../../samples/mid-and-south-essex-older-adults.placewise"));
		set(find(in.representation("OutcomeTree"), "ProgrammeNode"), "semanticCandidatesExpression",
				"feature:programme");
		EvaluationProblem problem = assertThrows(EvaluationProblem.class, () -> build(in, "OutcomeTree", model));
		assertTrue(problem.getMessage().contains("has no feature 'programme'"), problem.getMessage());
	}

	@Test
	void candidateOfTheWrongTypeShowsNothingAsInSirius() throws Exception {
		Interpretation in = new Interpretation();
		PlacewiseModel model = Interpretation.load(Path.of("../../samples/mid-and-south-essex-older-adults.placewise"));
		assertFalse(build(in, "OutcomeTree", model).byMapping("MeasureNode").isEmpty());
		// A candidate expression giving programmes for the measure mapping: Sirius keeps only instances of the
		// domain class, so the measures vanish.
		set(find(in.representation("OutcomeTree"), "MeasureNode"), "semanticCandidatesExpression",
				"feature:programmes");
		assertTrue(build(in, "OutcomeTree", model).byMapping("MeasureNode").isEmpty());
	}

	@Test
	void labelCallingAMissingServiceFailsTheBuild() throws Exception {
		Interpretation in = new Interpretation();
		PlacewiseModel model = Interpretation
				.load(Path.of("../../samples/exampleshire-scheme-of-delegation.placewise"));
		EObject mapping = find(in.representation("GovernanceAndDelegations"), "RoleNode");
		set(Odesign.object(mapping, "style"), "labelExpression", "aql:self.roleLabel()");
		EvaluationProblem problem = assertThrows(EvaluationProblem.class,
				() -> build(in, "GovernanceAndDelegations", model));
		assertTrue(problem.getMessage().contains("there is no service 'roleLabel'"), problem.getMessage());
	}

	@Test
	void brokenServiceChangesTheLabelsAndTheComparisonSeesIt() throws Exception {
		Interpretation in = new Interpretation();
		PlacewiseModel model = Interpretation.load(Path.of("../../samples/greater-manchester.placewise"));
		// The organisation label swapped for a neighbouring service: the comparison with the generated diagram
		// reports it.
		EObject mapping = find(in.representation("SystemsWithinSystems"), "OrganisationNode");
		set(Odesign.object(mapping, "style"), "labelExpression", "aql:self.governanceLabel()");
		var representation = build(in, "SystemsWithinSystems", model);
		assertTrue(SceneComparison.differences("SystemsWithinSystems", representation, model, true).stream()
				.anyMatch(d -> d.reason() == null && d.text().contains("' in Sirius, '")));
	}

	@Test
	void subGroupsAreJoinedToTheirParentGroup() throws Exception {
		Interpretation in = new Interpretation();
		PlacewiseModel model = Interpretation
				.load(Path.of("../../samples/exampleshire-scheme-of-delegation.placewise"));
		var parent = model.getBoards().get(0);
		var sub = model.getBoards().get(1);
		parent.getSubGroups().add(sub);
		var representation = build(in, "GovernanceAndDelegations", model);
		var edges = representation.byMapping("SubGroupEdge");
		assertEquals(1, edges.size());
		assertEquals(sub, edges.get(0).source().semantic());
		assertEquals(parent, edges.get(0).target().semantic());
		assertEquals(List.of(),
				SceneComparison.differences("GovernanceAndDelegations", representation, model, true).stream()
						.filter(d -> d.reason() == null).toList());
	}
}
