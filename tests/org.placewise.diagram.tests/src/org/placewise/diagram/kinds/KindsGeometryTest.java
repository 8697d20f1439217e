package org.placewise.diagram.kinds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.placewise.checks.Severity;
import org.placewise.diagram.kinds.PlacewiseDiagrams.Format;
import org.placewise.diagram.layout.Bounds;
import org.placewise.diagram.layout.LaidOutScene;
import org.placewise.diagram.layout.PlacedBadge;
import org.placewise.diagram.layout.PlacedEdge;
import org.placewise.diagram.layout.PlacedNode;
import org.placewise.diagram.layout.Point;
import org.placewise.diagram.layout.TextLine;
import org.placewise.diagram.scene.Scene;
import org.placewise.diagram.scene.SceneNode;
import org.placewise.model.core.PlacewiseModel;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every diagram kind drawn from every sample that has something for it, with findings on: the laid-out geometry is
 * sound, the output is deterministic and every SVG element links to a real model object.
 */
class KindsGeometryTest {

	private static final double EPS = 0.01;

	/** A kind drawn from a sample, with the findings the checks report on it. */
	record Case(DiagramKind kind, String sample) {
		@Override
		public String toString() {
			return kind.id() + " of " + sample;
		}

		PlacewiseModel model() {
			return Samples.load(sample);
		}

		DiagramOptions options(PlacewiseModel model) {
			return new DiagramOptions(DiagramScope.all(),
					FindingsOverlay.check(model, Samples.checker()).atLeast(Severity.INFO));
		}

		LaidOutScene laidOut(PlacewiseModel model) {
			return PlacewiseDiagrams.layout(kind, PlacewiseDiagrams.scene(kind, model, options(model)));
		}
	}

	static Stream<Arguments> cases() {
		var cases = new ArrayList<Arguments>();
		for (DiagramKind kind : DiagramKind.values()) {
			for (String sample : Samples.ALL) {
				PlacewiseModel model = Samples.load(sample);
				if (!kind.description().describe(model, DiagramOptions.defaults()).nodes().isEmpty()) {
					cases.add(Arguments.of(new Case(kind, sample)));
				}
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void everyKindHasSomethingToDrawFromSomeSample(Case c) {
		// The case list itself proves coverage; here: the scene says which kind it is.
		assertEquals(c.kind().id(), c.laidOut(c.model()).scene().kind());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void childrenLieInsideTheirParentsBelowTheTitleBand(Case c) {
		LaidOutScene laid = c.laidOut(c.model());
		Map<String, PlacedNode> placed = laid.nodesById();
		for (PlacedNode p : laid.nodes()) {
			SceneNode parent = laid.scene().parentOf(p.node().id());
			if (parent != null) {
				PlacedNode pp = placed.get(parent.id());
				assertTrue(pp.bounds().contains(p.bounds(), EPS), p.node() + " is not inside " + parent);
				assertTrue(p.bounds().y() >= pp.titleBand().bottom() - EPS,
						p.node() + " covers the title of " + parent);
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void siblingsDoNotOverlap(Case c) {
		LaidOutScene laid = c.laidOut(c.model());
		Map<String, PlacedNode> placed = laid.nodesById();
		var groups = new ArrayList<List<SceneNode>>();
		groups.add(laid.scene().nodes());
		laid.scene().nodesById().values().forEach(n -> groups.add(n.children()));
		for (List<SceneNode> siblings : groups) {
			for (int i = 0; i < siblings.size(); i++) {
				for (int j = i + 1; j < siblings.size(); j++) {
					Bounds a = placed.get(siblings.get(i).id()).bounds();
					Bounds b = placed.get(siblings.get(j).id()).bounds();
					assertFalse(a.overlaps(b), siblings.get(i) + " overlaps " + siblings.get(j));
				}
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void everyEdgeStartsOnItsSourceAndEndsOnItsTarget(Case c) {
		LaidOutScene laid = c.laidOut(c.model());
		Map<String, PlacedNode> placed = laid.nodesById();
		for (PlacedEdge e : laid.edges()) {
			assertTrue(e.points().size() >= 2, e.edge().id() + " has no route");
			Point first = e.points().get(0);
			Point last = e.points().get(e.points().size() - 1);
			Bounds source = placed.get(e.edge().sourceId()).bounds();
			Bounds target = placed.get(e.edge().targetId()).bounds();
			assertEquals(0, source.distanceToBorder(first), 1.0, e.edge().id() + " starts off its source");
			assertEquals(0, target.distanceToBorder(last), 1.0, e.edge().id() + " ends off its target");
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void labelsAndBadgesSitInsideTheirNodeOrNextToTheirEdge(Case c) {
		LaidOutScene laid = c.laidOut(c.model());
		for (PlacedNode p : laid.nodes()) {
			assertFalse(p.lines().isEmpty(), p.node() + " has no label");
			for (TextLine line : p.lines()) {
				Bounds area = p.isContainer() ? p.titleBand() : p.bounds();
				assertTrue(area.contains(line.bounds(), EPS), "'" + line.text() + "' sticks out of " + p.node());
			}
			for (PlacedBadge b : p.badges()) {
				assertTrue(p.bounds().contains(b.bounds(), EPS), "a badge sticks out of " + p.node());
				p.lines().forEach(
						l -> assertFalse(l.bounds().overlaps(b.bounds()), "a badge covers '" + l.text() + "'"));
			}
		}
		for (PlacedEdge e : laid.edges()) {
			if (e.labelBounds() == null) {
				continue;
			}
			double nearest = Double.MAX_VALUE;
			for (int i = 1; i < e.points().size(); i++) {
				nearest = Math.min(nearest, distance(e.labelBounds(), e.points().get(i - 1), e.points().get(i)));
			}
			assertTrue(nearest <= 12, e.edge().id() + " label is " + nearest + " px from its edge");
			for (TextLine line : e.labels()) {
				assertTrue(e.labelBounds().contains(line.bounds(), EPS), "'" + line.text() + "' outside its label box");
			}
			for (PlacedBadge b : e.badges()) {
				assertTrue(e.labelBounds().contains(b.bounds(), EPS), "an edge badge sticks out of its label box");
				e.labels().forEach(
						l -> assertFalse(l.bounds().overlaps(b.bounds()), "a badge covers '" + l.text() + "'"));
			}
		}
	}

	private static double distance(Bounds box, Point a, Point b) {
		double best = Double.MAX_VALUE;
		for (int i = 0; i <= 200; i++) {
			double t = i / 200.0;
			best = Math.min(best, box.distanceTo(new Point(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t)));
		}
		return best;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void sameModelGivesSameBytes(Case c) {
		// Two separate loads: nothing may depend on object identity or load order.
		PlacewiseModel first = c.model();
		PlacewiseModel second = c.model();
		assertArrayEquals(PlacewiseDiagrams.render(c.kind(), first, c.options(first), Format.SVG, 1),
				PlacewiseDiagrams.render(c.kind(), second, c.options(second), Format.SVG, 1));
		assertArrayEquals(PlacewiseDiagrams.render(c.kind(), first, c.options(first), Format.PNG, 1),
				PlacewiseDiagrams.render(c.kind(), second, c.options(second), Format.PNG, 1));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void svgParsesAndEveryElementLinksToARealModelObject(Case c) throws Exception {
		PlacewiseModel model = c.model();
		byte[] svg = PlacewiseDiagrams.render(c.kind(), model, c.options(model), Format.SVG, 1);
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		var document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
		Scene scene = c.laidOut(model).scene();
		NodeList groups = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
		int linked = 0;
		for (int i = 0; i < groups.getLength(); i++) {
			Element g = (Element) groups.item(i);
			String id = g.getAttribute("id");
			boolean sceneElement = scene.nodesById().containsKey(id)
					|| scene.edges().stream().anyMatch(e -> e.id().equals(id));
			if (!sceneElement) {
				continue;
			}
			String objectId = g.getAttribute("data-object-id");
			assertFalse(objectId.isEmpty(), "element " + id + " names no model object");
			EObject object = model.eResource().getEObject(objectId);
			assertNotNull(object, "element " + id + " names object " + objectId + ", which is not in the model");
			linked++;
		}
		assertEquals(scene.nodesById().size() + scene.edges().size(), linked, "every node and edge is in the SVG");
	}
}
