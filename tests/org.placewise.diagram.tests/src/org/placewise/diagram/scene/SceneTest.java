package org.placewise.diagram.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SceneTest {

	@Test
	void nestedNodesAreIndexedWithTheirParents() {
		var place = SceneNode.builder("wigan").title("Wigan")
				.child(SceneNode.builder("leigh").title("Leigh")).build();
		var scene = Scene.builder("systems", "GM").node(SceneNode.builder("gm").child(place)).build();
		assertEquals(java.util.List.of("gm", "wigan", "leigh"), java.util.List.copyOf(scene.nodesById().keySet()));
		assertSame(place, scene.parentOf("leigh"));
		assertEquals(null, scene.parentOf("gm"));
	}

	@Test
	void duplicateNodeIdIsRejectedNamingTheId() {
		var b = Scene.builder("systems", "GM").node(SceneNode.builder("wigan"))
				.node(SceneNode.builder("x").child(SceneNode.builder("wigan")));
		var e = assertThrows(IllegalArgumentException.class, b::build);
		assertTrue(e.getMessage().contains("'wigan'"), e.getMessage());
	}

	@Test
	void edgeToMissingNodeIsRejectedNamingEdgeAndNode() {
		var b = Scene.builder("governance", "Delegations").node(SceneNode.builder("icb"))
				.edge(SceneEdge.of("d1", "dl-1", "icb", "wigan-board", Palettes.DELEGATION));
		var e = assertThrows(IllegalArgumentException.class, b::build);
		assertTrue(e.getMessage().contains("'d1'") && e.getMessage().contains("'wigan-board'"), e.getMessage());
	}

	@Test
	void duplicateEdgeIdIsRejected() {
		var b = Scene.builder("governance", "Delegations").node(SceneNode.builder("a")).node(SceneNode.builder("b"))
				.edge(SceneEdge.of("d", null, "a", "b", null)).edge(SceneEdge.of("d", null, "b", "a", null));
		assertThrows(IllegalArgumentException.class, b::build);
	}

	@Test
	void nodeDescriptionDefaultsToTitleAndDetails() {
		var n = SceneNode.builder("w").title("Wigan").detail("330,000 people").detail(" ").build();
		assertEquals("Wigan; 330,000 people", n.description());
		assertEquals(1, n.details().size());
	}

	@Test
	void unknownStyleKeyFallsBackToDefaultStyle() {
		var p = Palettes.standard();
		assertSame(p.style(Palette.DEFAULT_KEY), p.style("no-such-kind"));
	}

	@Test
	void standardPaletteTextMeetsWcagContrast() {
		assertEquals(java.util.List.of(), Palettes.standard().contrastProblems());
	}

	@Test
	void paletteReportsUnreadableText() {
		var grey = Colour.hex("#999999");
		var p = Palette.builder().style("faint", new Style(Colour.WHITE, grey, grey, Colour.WHITE, 1, false)).build();
		assertEquals(1, p.contrastProblems().size());
		assertTrue(p.contrastProblems().get(0).contains("'faint'"));
	}

	@Test
	void contrastOfBlackOnWhiteIsTwentyOne() {
		assertEquals(21.0, new Colour(0, 0, 0).contrastWith(Colour.WHITE), 1e-9);
		assertEquals(1.0, Colour.WHITE.contrastWith(Colour.WHITE), 1e-9);
	}

	@Test
	void hexRoundTrips() {
		assertEquals("#0072b2", Colour.hex("#0072B2").toHex());
		assertThrows(IllegalArgumentException.class, () -> Colour.hex("0072b2"));
	}
}
