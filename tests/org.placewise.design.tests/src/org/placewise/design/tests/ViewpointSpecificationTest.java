package org.placewise.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Manifest;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;
import org.placewise.checks.Severity;
import org.placewise.design.services.FindingMarks;
import org.placewise.design.services.PlacewiseServices;
import org.placewise.diagram.kinds.MeasureStatus;
import org.placewise.diagram.scene.Colour;
import org.placewise.diagram.scene.Palette;
import org.placewise.diagram.scene.Palettes;
import org.placewise.diagram.scene.Style;

/**
 * What the issue asks the viewpoint to contain, read from placewise.odesign, and how the bundle registers it with
 * Sirius.
 */
class ViewpointSpecificationTest {

	private static final Path BUNDLE = Path.of("../../bundles/org.placewise.design");

	private static Object get(EObject o, String feature) {
		EStructuralFeature f = o.eClass().getEStructuralFeature(feature);
		return f == null ? null : o.eGet(f);
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> list(EObject o, String feature) {
		return (List<EObject>) get(o, feature);
	}

	private static List<EObject> all(EObject root, String type) {
		List<EObject> found = new ArrayList<>();
		root.eAllContents().forEachRemaining(o -> {
			if (o.eClass().getName().equals(type)) {
				found.add(o);
			}
		});
		return found;
	}

	@Test
	void viewpointOffersThreeDiagramsAndTheMeasuresRegisterForPlacewiseFiles() {
		EObject viewpoint = list(new SiriusModels().odesign(), "ownedViewpoints").get(0);
		assertEquals("placewise", get(viewpoint, "modelFileExtension"));
		Map<String, String> representations = new LinkedHashMap<>();
		for (EObject r : list(viewpoint, "ownedRepresentations")) {
			representations.put((String) get(r, "label"), r.eClass().getName());
		}
		assertEquals(
				Map.of("Systems within systems", "DiagramDescription", "Governance and delegations",
						"DiagramDescription",
						"Outcome tree", "DiagramDescription", "Measures register", "EditionTableDescription"),
				representations);
	}

	@Test
	void everyDiagramIsLaidOutByElkLayeredAndFootprintsIncludeTheirChildren() {
		EObject group = new SiriusModels().odesign();
		List<EObject> diagrams = all(group, "DiagramDescription");
		assertEquals(3, diagrams.size());
		for (EObject diagram : diagrams) {
			EObject layout = (EObject) get(diagram, "layout");
			assertEquals("org.eclipse.elk.layered", get(layout, "id"), get(diagram, "name") + " layout");
			EObject hierarchy = list(layout, "layoutOptions").stream()
					.filter(o -> "org.eclipse.elk.hierarchyHandling".equals(get(o, "id")))
					.findFirst().orElseThrow();
			assertEquals("INCLUDE_CHILDREN", get((EObject) get(hierarchy, "value"), "name"));
		}
	}

	@Test
	void nestedFootprintsReuseTheirOwnMappingToAnyDepth() {
		EObject nested = OdesignValidationTest.findByName(new SiriusModels().odesign(), "NestedFootprint");
		assertTrue(list(nested, "reusedContainerMappings").contains(nested));
	}

	@Test
	void thereIsACreationToolForEachFootprintKind() {
		EObject group = new SiriusModels().odesign();
		List<String> kinds = new ArrayList<>();
		for (EObject tool : all(group, "ContainerCreationDescription")) {
			tool.eAllContents().forEachRemaining(o -> {
				if (o.eClass().getName().equals("SetValue") && "kind".equals(get(o, "featureName"))
						&& String.valueOf(get(o, "valueExpression")).startsWith("aql:footprint::FootprintKind::")) {
					kinds.add(String.valueOf(get(o, "valueExpression"))
							.substring("aql:footprint::FootprintKind::".length()));
				}
			});
		}
		assertEquals(List.of("INTEGRATED_CARE_SYSTEM", "PLACE", "LOCALITY", "NEIGHBOURHOOD"), kinds);
	}

	@Test
	void delegationsAreEdgesOnTheDelegationElementWithBothEndsReconnectable() {
		EObject edge = OdesignValidationTest.findByName(new SiriusModels().odesign(), "DelegationEdge");
		assertEquals(Boolean.TRUE, get(edge, "useDomainElement"));
		assertEquals("governance::Delegation", get(edge, "domainClass"));
		assertEquals(List.of("RECONNECT_TARGET", "RECONNECT_SOURCE"),
				list(edge, "reconnections").stream().map(t -> String.valueOf(get(t, "reconnectionKind"))).toList());
	}

	@Test
	void measuresRegisterHasTheAgreedColumnsWithNameBaselineAndTargetEditable() {
		EObject table = all(new SiriusModels().odesign(), "EditionTableDescription").get(0);
		Map<String, Boolean> columns = new LinkedHashMap<>();
		for (EObject column : list(table, "ownedColumnMappings")) {
			columns.put(String.valueOf(get(column, "headerLabelExpression")), get(column, "directEdit") != null);
		}
		assertEquals(
				List.of("aql:'Measure'", "aql:'Programme'", "aql:'Baseline'", "aql:'Target'", "aql:'Latest'",
						"aql:'Status'"),
				List.copyOf(columns.keySet()));
		assertEquals(List.of(true, false, true, true, false, false), List.copyOf(columns.values()));
	}

	@Test
	void everyDiagramHasAFindingsLayerAndTheSystemsDiagramAMoneyLayerAndNeighbourhoodFilter() {
		EObject group = new SiriusModels().odesign();
		for (EObject diagram : all(group, "DiagramDescription")) {
			assertTrue(list(diagram, "additionalLayers").stream().anyMatch(l -> "Findings".equals(get(l, "name"))),
					get(diagram, "name") + "");
		}
		EObject systems = OdesignValidationTest.findByName(group, "SystemsWithinSystems");
		assertTrue(list(systems, "additionalLayers").stream()
				.anyMatch(l -> "Money".equals(get(l, "name")) && Boolean.TRUE.equals(get(l, "optional"))));
		assertTrue(list(systems, "filters").stream().anyMatch(f -> "HideNeighbourhoods".equals(get(f, "name"))));
	}

	@Test
	void coloursAreThoseOfThePlacewiseDiagramPalette() {
		EObject group = new SiriusModels().odesign();
		Map<String, Colour> colours = new LinkedHashMap<>();
		for (EObject entry : all(group, "UserFixedColor")) {
			colours.put((String) get(entry, "name"), new Colour((Integer) get(entry, "red"),
					(Integer) get(entry, "green"), (Integer) get(entry, "blue")));
		}
		Palette palette = Palettes.standard();
		int compared = 0;
		for (Map.Entry<String, Colour> colour : colours.entrySet()) {
			String name = colour.getKey();
			if (name.endsWith("-fill") || name.endsWith("-stroke")) {
				String key = name.substring(0, name.lastIndexOf('-'));
				Style style = palette.find(key).orElseThrow(
						() -> new AssertionError(name + ": the diagram palette has no style '" + key + "'"));
				assertEquals(name.endsWith("-fill") ? style.fill() : style.stroke(), colour.getValue(), name);
				compared++;
			}
		}
		assertTrue(compared >= 20, "only " + compared + " palette colours");
		assertEquals(Colour.INK, colours.get("ink"));
		for (Severity severity : Severity.values()) {
			assertEquals(FindingMarks.hue(severity).colour(), colours.get(severity.label()), severity.label());
		}
	}

	@Test
	void measureStatusColoursAreThoseOfTheGeneratedOutcomeTree() {
		EObject group = new SiriusModels().odesign();
		EObject statusColumn = OdesignValidationTest.findByName(group, "StatusColumn");
		Map<String, String> backgrounds = new LinkedHashMap<>();
		for (EObject conditional : list(statusColumn, "backgroundConditionalStyle")) {
			EObject colour = (EObject) get((EObject) get(conditional, "style"), "backgroundColor");
			backgrounds.put(String.valueOf(get(conditional, "predicateExpression")), (String) get(colour, "name"));
		}
		Map<String, String> expected = new LinkedHashMap<>();
		for (MeasureStatus status : MeasureStatus.values()) {
			expected.put("aql:self.measureStatus() = '" + PlacewiseServices.statusKey(status) + "'",
					status.styleKey() + "-fill");
		}
		assertEquals(expected, backgrounds);
	}

	@Test
	void siriusRegistrationNamesTheBundleActivatorAndSiriusIsOptional() throws Exception {
		Manifest manifest;
		try (var in = Files.newInputStream(BUNDLE.resolve("META-INF/MANIFEST.MF"))) {
			manifest = new Manifest(in);
		}
		String activator = manifest.getMainAttributes().getValue("Bundle-Activator");
		String pluginXml = Files.readString(BUNDLE.resolve("plugin.xml"));
		assertTrue(pluginXml.contains("point=\"org.eclipse.sirius.componentization\""));
		assertTrue(pluginXml.contains("class=\"" + activator + "\""),
				"the component class must be the activator Sirius starts");
		// Sirius requires the component class to be an org.eclipse.core.runtime.Plugin.
		assertTrue(org.eclipse.core.runtime.Plugin.class.isAssignableFrom(Class.forName(activator)));
		assertEquals("lazy", manifest.getMainAttributes().getValue("Bundle-ActivationPolicy"));
		for (String requirement : manifest.getMainAttributes().getValue("Require-Bundle").split(",(?![^\"]*\")")) {
			if (requirement.strip().startsWith("org.eclipse.sirius")) {
				assertTrue(requirement.contains("resolution:=optional"), requirement.strip() + " must be optional");
			}
		}
		String build = Files.readString(BUNDLE.resolve("build.properties"));
		for (String shipped : List.of("plugin.xml", "description/", "icons/")) {
			assertTrue(build.contains(shipped), "build.properties must ship " + shipped);
		}
	}
}
