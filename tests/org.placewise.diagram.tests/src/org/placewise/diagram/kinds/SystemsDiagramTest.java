package org.placewise.diagram.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.placewise.diagram.kinds.SceneQueries.ancestors;
import static org.placewise.diagram.kinds.SceneQueries.hasNode;
import static org.placewise.diagram.kinds.SceneQueries.node;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.placewise.diagram.scene.Palettes;
import org.placewise.diagram.scene.Scene;
import org.placewise.diagram.scene.SceneNode;

class SystemsDiagramTest {

	private static Scene systems(String sample, DiagramScope scope) {
		return PlacewiseDiagrams.scene(DiagramKind.SYSTEMS, Samples.load(sample),
				DiagramOptions.defaults().withScope(scope));
	}

	@Test
	void wiganIsDrawnInsideGreaterManchester() {
		Scene scene = systems(Samples.GREATER_MANCHESTER, DiagramScope.all());
		SceneNode wigan = node(scene, "Wigan");
		assertEquals(Palettes.PLACE, wigan.styleKey());
		assertEquals("Greater Manchester", scene.parentOf(wigan.id()).title());
		var laid = PlacewiseDiagrams.layout(DiagramKind.SYSTEMS, scene).nodesById();
		assertTrue(laid.get(node(scene, "Greater Manchester").id()).bounds().contains(laid.get(wigan.id()).bounds(),
				0.01));
	}

	@Test
	void bradfordsSixLocalitiesAreDrawnInsideBradfordDistrictAndCraven() {
		Scene scene = systems(Samples.BRADFORD, DiagramScope.all().withRoot("Bradford District & Craven"));
		SceneNode place = node(scene, "Bradford District and Craven");
		var localities = place.children().stream().filter(n -> n.styleKey().equals(Palettes.LOCALITY)).toList();
		assertEquals(6, localities.size());
		assertEquals(13, place.children().stream().filter(n -> n.styleKey().equals(Palettes.NEIGHBOURHOOD)).count());
		assertEquals(place, scene.nodes().get(0), "the chosen root is the top of the diagram");
		assertFalse(hasNode(scene, "West Yorkshire"), "the root's parent is left out");
	}

	@Test
	void footprintsShowTheirPopulation() {
		Scene scene = systems(Samples.EXAMPLESHIRE, DiagramScope.all());
		assertTrue(node(scene, "Exampletown").details().contains("Place \u00b7 300,000 people"));
		assertTrue(node(scene, "Exampletown North").details().contains("40,000 people"));
		assertTrue(node(scene, "Exampleshire").details().get(0).endsWith("1,000,000 people"));
	}

	@Test
	void partnershipIsDrawnAroundItsBoardAndItsPartnersFromTheSameFootprint() {
		Scene scene = systems(Samples.GREATER_MANCHESTER, DiagramScope.all());
		SceneNode board = node(scene, "Tameside Strategic Commissioning Board");
		SceneNode council = node(scene, "Tameside Council");
		assertEquals(
				java.util.List.of("Tameside and Glossop integrated commissioning", "Tameside", "Greater Manchester"),
				ancestors(scene, board));
		assertEquals("Tameside and Glossop integrated commissioning", scene.parentOf(council.id()).title());
	}

	@Test
	void partnerFromAnotherFootprintIsJoinedByALine() {
		Scene scene = systems(Samples.EXAMPLESHIRE, DiagramScope.all());
		SceneNode partnership = node(scene, "Exampletown Partnership");
		SceneNode icb = node(scene, "Exampleshire Integrated Care Board");
		assertEquals("Exampleshire", scene.parentOf(icb.id()).title(), "the ICB sits in its own footprint");
		assertTrue(scene.edges().stream().anyMatch(e -> e.styleKey().equals(Palettes.PARTNER)
				&& e.sourceId().equals(partnership.id()) && e.targetId().equals(icb.id())));
	}

	@Test
	void depthLimitsTheLevelsDrawnAndSaysWhatIsLeftOut() {
		Scene scene = systems(Samples.GREATER_MANCHESTER, DiagramScope.all().withDepth(1));
		assertFalse(hasNode(scene, "Wigan"));
		assertFalse(hasNode(scene, "Wigan Council"), "organisations of places below the depth are left out too");
		assertTrue(node(scene, "Greater Manchester").details().contains("Inside, not shown: 3 places"));
	}

	@Test
	void hiddenKindsAreLeftOut() {
		Scene scene = systems(Samples.GREATER_MANCHESTER,
				DiagramScope.all().hiding(Set.of(ElementKind.ORGANISATIONS, ElementKind.PARTNERSHIPS)));
		assertFalse(hasNode(scene, "Wigan Council"));
		assertFalse(hasNode(scene, "Wigan place partnership"));
		assertTrue(hasNode(scene, "Bolton Locality Board"));
	}

	@Test
	void unknownRootListsTheFootprintsThereAre() {
		var e = assertThrows(DiagramException.class, () -> systems(Samples.GREATER_MANCHESTER,
				DiagramScope.all().withRoot("Wigan and Leigh")));
		assertEquals("There is no footprint called 'Wigan and Leigh'. Footprints in this model: Greater Manchester, "
				+ "Wigan, Bolton, Tameside.", e.getMessage());
	}

	@Test
	void rootNameIgnoresCaseSpacingAndAmpersand() {
		Scene scene = systems(Samples.BRADFORD, DiagramScope.all().withRoot("  bradford district  &  craven "));
		assertEquals("Bradford District and Craven", scene.nodes().get(0).title());
	}

	@Test
	void depthBelowOneIsRefused() {
		var e = assertThrows(DiagramException.class, () -> DiagramScope.all().withDepth(0));
		assertTrue(e.getMessage().contains("1 or more"), e.getMessage());
	}
}
