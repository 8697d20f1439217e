package org.placewise.diagram.ui;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.placewise.diagram.layout.Bounds;
import org.placewise.diagram.layout.Point;
import org.placewise.diagram.scene.Badge;

/**
 * One selectable element of a diagram on screen, retained from the laid-out scene: a node or an edge with the geometry
 * needed to hit-test it, draw its selection handles and repaint only it.
 *
 * @param kind        node or edge
 * @param id          scene element id, unique in the diagram
 * @param objectId    stable id of the model object it shows, or {@code null} for decoration
 * @param name        what it is called: the node's title, or "source → target" for an edge
 * @param type        its kind of model element (the scene's style key, e.g. {@code board})
 * @param bounds      box of the node, or of the edge's route and label
 * @param route       for an edge its route, empty for a node
 * @param labelBounds for an edge the box of its label block, else {@code null}
 * @param badges      finding badges shown on it
 * @param depth       nesting depth of a node; 0 for edges
 */
public record DiagramElement(Kind kind, String id, String objectId, String name, String type, Bounds bounds,
		List<Point> route, Bounds labelBounds, List<Badge> badges, int depth) {

	/** Nodes are boxes, edges are arrows. */
	public enum Kind {
		/** A box (a footprint, board, organisation...). */
		NODE,
		/** An arrow (a delegation, reporting line, money flow...). */
		EDGE
	}

	public DiagramElement {
		route = List.copyOf(route);
		badges = List.copyOf(badges);
	}

	/** @return whether the element is a node */
	public boolean isNode() {
		return kind == Kind.NODE;
	}

	/** @return the centre of the node, or of the edge's label (else its route's middle point) */
	public Point centre() {
		Bounds b = kind == Kind.EDGE && labelBounds != null ? labelBounds : bounds;
		if (kind == Kind.EDGE && labelBounds == null && !route.isEmpty()) {
			Point a = route.get((route.size() - 1) / 2);
			Point c = route.get(route.size() / 2);
			return new Point((a.x() + c.x()) / 2, (a.y() + c.y()) / 2);
		}
		return new Point(b.x() + b.width() / 2, b.y() + b.height() / 2);
	}

	/**
	 * @return the findings on this element, one per line with its severity, as the badges give them; empty when there
	 *         are none
	 */
	public String findings() {
		return badges.stream().map(b -> {
			String severity = b.severity().name().charAt(0) + b.severity().name().substring(1).toLowerCase(Locale.ROOT);
			String text = b.description().isBlank() ? b.text() : b.description();
			return text.isBlank() ? severity : severity + ": " + text;
		}).collect(Collectors.joining("\n"));
	}

	/** @return the tooltip: the name, then the findings */
	public String toolTip() {
		String findings = findings();
		return findings.isEmpty() ? name : name + "\n" + findings;
	}

	/**
	 * @param x         x in drawing units
	 * @param y         y in drawing units
	 * @param tolerance how far from an edge's line still counts, in drawing units
	 * @return whether the point is on this element
	 */
	public boolean contains(double x, double y, double tolerance) {
		if (kind == Kind.NODE) {
			return x >= bounds.x() && x <= bounds.right() && y >= bounds.y() && y <= bounds.bottom();
		}
		if (labelBounds != null && x >= labelBounds.x() - tolerance && x <= labelBounds.right() + tolerance
				&& y >= labelBounds.y() - tolerance && y <= labelBounds.bottom() + tolerance) {
			return true;
		}
		for (int i = 1; i < route.size(); i++) {
			if (distanceToSegment(x, y, route.get(i - 1), route.get(i)) <= tolerance) {
				return true;
			}
		}
		return false;
	}

	private static double distanceToSegment(double x, double y, Point a, Point b) {
		double dx = b.x() - a.x();
		double dy = b.y() - a.y();
		double len2 = dx * dx + dy * dy;
		double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - a.x()) * dx + (y - a.y()) * dy) / len2));
		return Math.hypot(x - (a.x() + t * dx), y - (a.y() + t * dy));
	}
}
