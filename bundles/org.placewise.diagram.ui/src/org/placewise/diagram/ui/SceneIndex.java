package org.placewise.diagram.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.placewise.diagram.layout.Bounds;
import org.placewise.diagram.layout.LaidOutScene;
import org.placewise.diagram.layout.PlacedBadge;
import org.placewise.diagram.layout.PlacedEdge;
import org.placewise.diagram.layout.PlacedNode;
import org.placewise.diagram.layout.Point;
import org.placewise.diagram.scene.SceneNode;

/**
 * The retained elements of one laid-out scene, in reading order: nodes depth first as the painter draws them (a
 * container before what it contains), then edges. Answers which element is under a point without drawing anything.
 */
final class SceneIndex {

	private final List<DiagramElement> elements;
	private final Map<String, DiagramElement> byId = new LinkedHashMap<>();

	SceneIndex(LaidOutScene scene) {
		var list = new ArrayList<DiagramElement>();
		Map<String, PlacedNode> placed = scene.nodesById();
		for (SceneNode n : scene.scene().nodes()) {
			addNode(n, placed, list);
		}
		var scenes = scene.scene().nodesById();
		for (PlacedEdge e : scene.edges()) {
			String name = scenes.get(e.edge().sourceId()).title() + " \u2192 "
					+ scenes.get(e.edge().targetId()).title();
			if (!e.edge().labels().isEmpty()) {
				name += " (" + String.join(", ", e.edge().labels()) + ")";
			}
			list.add(new DiagramElement(DiagramElement.Kind.EDGE, e.edge().id(), e.edge().objectId(), name,
					e.edge().styleKey(), edgeBounds(e), e.points(), e.labelBounds(),
					e.badges().stream().map(PlacedBadge::badge).toList(), 0));
		}
		elements = Collections.unmodifiableList(list);
		for (DiagramElement el : elements) {
			byId.put(el.id(), el);
		}
	}

	private void addNode(SceneNode n, Map<String, PlacedNode> placed, List<DiagramElement> out) {
		PlacedNode p = placed.get(n.id());
		out.add(new DiagramElement(DiagramElement.Kind.NODE, n.id(), n.objectId(), n.title(), n.styleKey(), p.bounds(),
				List.of(), null, n.badges(), p.depth()));
		for (SceneNode c : n.children()) {
			addNode(c, placed, out);
		}
	}

	private static Bounds edgeBounds(PlacedEdge e) {
		double minX = Double.MAX_VALUE;
		double minY = Double.MAX_VALUE;
		double maxX = -Double.MAX_VALUE;
		double maxY = -Double.MAX_VALUE;
		for (Point p : e.points()) {
			minX = Math.min(minX, p.x());
			minY = Math.min(minY, p.y());
			maxX = Math.max(maxX, p.x());
			maxY = Math.max(maxY, p.y());
		}
		Bounds l = e.labelBounds();
		if (l != null) {
			minX = Math.min(minX, l.x());
			minY = Math.min(minY, l.y());
			maxX = Math.max(maxX, l.right());
			maxY = Math.max(maxY, l.bottom());
		}
		return new Bounds(minX, minY, maxX - minX, maxY - minY);
	}

	/** @return every element in reading order */
	List<DiagramElement> elements() {
		return elements;
	}

	/**
	 * @param id a scene element id
	 * @return the element, or {@code null}
	 */
	DiagramElement byId(String id) {
		return byId.get(id);
	}

	/**
	 * The element drawn topmost at a point: edges (drawn over nodes) first, then the deepest node.
	 *
	 * @param x         x in drawing units
	 * @param y         y in drawing units
	 * @param tolerance how near an edge's line counts as on it, in drawing units
	 * @return the element, or {@code null} on the background
	 */
	DiagramElement at(double x, double y, double tolerance) {
		for (int i = elements.size() - 1; i >= 0; i--) {
			DiagramElement el = elements.get(i);
			if (!el.isNode() && el.contains(x, y, tolerance)) {
				return el;
			}
		}
		DiagramElement best = null;
		for (DiagramElement el : elements) {
			if (el.isNode() && el.contains(x, y, 0) && (best == null || el.depth() >= best.depth())) {
				best = el;
			}
		}
		return best;
	}
}
