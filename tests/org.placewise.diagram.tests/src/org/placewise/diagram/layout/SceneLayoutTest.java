package org.placewise.diagram.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.placewise.diagram.SampleScenesAccess;
import org.placewise.diagram.scene.Scene;
import org.placewise.diagram.scene.SceneNode;

class SceneLayoutTest {

	private static final double EPS = 0.01;

	static Stream<Scene> scenes() {
		return Stream.of(SampleScenesAccess.nestedSystem(), SampleScenesAccess.generated(120, 4),
				SampleScenesAccess.localities());
	}

	/** The scenes with edges: an edge test over a scene without any would pass whatever the router did. */
	static Stream<Scene> scenesWithEdges() {
		return Stream.of(SampleScenesAccess.nestedSystem(), SampleScenesAccess.generated(120, 4));
	}

	@ParameterizedTest
	@MethodSource("scenes")
	void everyNodeIsPlacedOnce(Scene scene) {
		LaidOutScene laid = new SceneLayout().layout(scene);
		assertEquals(scene.nodesById().size(), laid.nodes().size());
		assertEquals(scene.nodesById().keySet(), laid.nodesById().keySet());
	}

	@ParameterizedTest
	@MethodSource("scenes")
	void childrenLieInsideTheirParentsBelowTheTitleBand(Scene scene) {
		LaidOutScene laid = new SceneLayout().layout(scene);
		Map<String, PlacedNode> placed = laid.nodesById();
		for (PlacedNode p : laid.nodes()) {
			SceneNode parent = scene.parentOf(p.node().id());
			if (parent != null) {
				PlacedNode pp = placed.get(parent.id());
				assertTrue(pp.bounds().contains(p.bounds(), EPS), p.node() + " not inside " + parent);
				assertTrue(p.bounds().y() >= pp.titleBand().bottom() - EPS,
						p.node() + " overlaps the title band of " + parent);
			}
		}
	}

	@ParameterizedTest
	@MethodSource("scenes")
	void siblingsDoNotOverlap(Scene scene) {
		LaidOutScene laid = new SceneLayout().layout(scene);
		Map<String, PlacedNode> placed = laid.nodesById();
		checkSiblings(scene.nodes(), placed);
		for (SceneNode n : scene.nodesById().values()) {
			checkSiblings(n.children(), placed);
		}
	}

	private static void checkSiblings(List<SceneNode> siblings, Map<String, PlacedNode> placed) {
		for (int i = 0; i < siblings.size(); i++) {
			for (int j = i + 1; j < siblings.size(); j++) {
				Bounds a = placed.get(siblings.get(i).id()).bounds();
				Bounds b = placed.get(siblings.get(j).id()).bounds();
				assertFalse(a.overlaps(b), siblings.get(i) + " overlaps " + siblings.get(j));
			}
		}
	}

	@ParameterizedTest
	@MethodSource("scenesWithEdges")
	void everyEdgeStartsOnItsSourceAndEndsOnItsTarget(Scene scene) {
		LaidOutScene laid = new SceneLayout().layout(scene);
		Map<String, PlacedNode> placed = laid.nodesById();
		assertFalse(laid.edges().isEmpty(), "the scene has no edges to check");
		for (PlacedEdge e : laid.edges()) {
			assertTrue(e.points().size() >= 2, e.edge().id() + " has no route");
			Point first = e.points().get(0);
			Point last = e.points().get(e.points().size() - 1);
			Bounds source = placed.get(e.edge().sourceId()).bounds();
			Bounds target = placed.get(e.edge().targetId()).bounds();
			assertEquals(0, source.distanceToBorder(first), 1.0,
					e.edge().id() + " starts at " + first + ", not on " + source);
			assertEquals(0, target.distanceToBorder(last), 1.0,
					e.edge().id() + " ends at " + last + ", not on " + target);
		}
	}

	@ParameterizedTest
	@MethodSource("scenesWithEdges")
	void edgesAreOrthogonal(Scene scene) {
		List<PlacedEdge> edges = new SceneLayout().layout(scene).edges();
		assertFalse(edges.isEmpty(), "the scene has no edges to check");
		for (PlacedEdge e : edges) {
			assertTrue(e.points().size() >= 2, e.edge().id() + " has no route");
			for (int i = 1; i < e.points().size(); i++) {
				Point a = e.points().get(i - 1);
				Point b = e.points().get(i);
				assertTrue(Math.abs(a.x() - b.x()) < EPS || Math.abs(a.y() - b.y()) < EPS,
						e.edge().id() + " has a diagonal segment " + a + " - " + b);
			}
		}
	}

	@ParameterizedTest
	@MethodSource("scenes")
	void everyNodeLabelAndBadgeIsInsideItsNode(Scene scene) {
		for (PlacedNode p : new SceneLayout().layout(scene).nodes()) {
			assertFalse(p.lines().isEmpty(), p.node() + " has no label");
			for (TextLine line : p.lines()) {
				assertTrue(p.bounds().contains(line.bounds(), EPS), "'" + line.text() + "' sticks out of " + p.node());
				if (p.isContainer()) {
					assertTrue(p.titleBand().contains(line.bounds(), EPS),
							"'" + line.text() + "' is outside the title band");
				}
			}
			for (PlacedBadge b : p.badges()) {
				assertTrue(p.bounds().contains(b.bounds(), EPS), "badge sticks out of " + p.node());
				for (TextLine line : p.lines()) {
					assertFalse(line.bounds().overlaps(b.bounds()), "badge covers '" + line.text() + "'");
				}
			}
		}
	}

	@ParameterizedTest
	@MethodSource("scenes")
	void edgeLabelsSitNextToTheirEdge(Scene scene) {
		for (PlacedEdge e : new SceneLayout().layout(scene).edges()) {
			if (e.edge().labels().isEmpty()) {
				continue;
			}
			Bounds box = e.labelBounds();
			double nearest = Double.MAX_VALUE;
			for (int i = 1; i < e.points().size(); i++) {
				nearest = Math.min(nearest, distance(box, e.points().get(i - 1), e.points().get(i)));
			}
			assertTrue(nearest <= 12, e.edge().id() + " label is " + nearest + " px from its edge");
			for (TextLine line : e.labels()) {
				assertTrue(box.contains(line.bounds(), EPS), "'" + line.text() + "' outside its label box");
			}
		}
	}

	/** Distance from a box to an axis-parallel segment, sampled finely enough for a pixel-level check. */
	private static double distance(Bounds box, Point a, Point b) {
		double best = Double.MAX_VALUE;
		int steps = 200;
		for (int i = 0; i <= steps; i++) {
			double t = i / (double) steps;
			best = Math.min(best, box.distanceTo(new Point(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t)));
		}
		return best;
	}

	@ParameterizedTest
	@MethodSource("scenes")
	void everythingIsOnThePage(Scene scene) {
		LaidOutScene laid = new SceneLayout().layout(scene);
		var page = new Bounds(0, 0, laid.width(), laid.height());
		laid.nodes().forEach(n -> assertTrue(page.contains(n.bounds(), EPS), n.node() + " off the page"));
		laid.header().forEach(l -> assertTrue(page.contains(l.bounds(), EPS), l.text() + " off the page"));
		if (laid.legend() != null) {
			assertTrue(page.contains(laid.legend().bounds(), EPS));
			laid.legend().entries().forEach(
					en -> assertTrue(laid.legend().bounds().contains(en.label().bounds(), EPS), en.label().text()));
		}
	}

	@ParameterizedTest
	@MethodSource("scenes")
	void sameSceneGivesSameGeometry(Scene scene) {
		assertEquals(new SceneLayout().layout(scene), new SceneLayout().layout(scene));
	}

	@Test
	void unconnectedSiblingsWrapIntoAGridInsteadOfOneRow() {
		Scene scene = SampleScenesAccess.localities();
		var placed = new SceneLayout().layout(scene).nodesById();
		long rows = scene.nodesById().get("place-bdc").children().stream()
				.mapToDouble(n -> placed.get(n.id()).bounds().y()).distinct().count();
		assertTrue(rows >= 2, "six localities in " + rows + " row(s)");
	}

	@Test
	void rightFlowPutsEdgeTargetsRightOfSources() {
		Scene scene = Scene.builder("outcomes", "Chain")
				.node(SceneNode.builder("vision").title("Vision"))
				.node(SceneNode.builder("outcome").title("More people return home"))
				.edge(org.placewise.diagram.scene.SceneEdge.of("e", null, "vision", "outcome", null)).build();
		var placed = new SceneLayout(SceneLayout.Flow.RIGHT).layout(scene).nodesById();
		assertTrue(placed.get("outcome").bounds().x() >= placed.get("vision").bounds().right());
		var down = new SceneLayout(SceneLayout.Flow.DOWN).layout(scene).nodesById();
		assertTrue(down.get("outcome").bounds().y() >= down.get("vision").bounds().bottom());
	}
}
