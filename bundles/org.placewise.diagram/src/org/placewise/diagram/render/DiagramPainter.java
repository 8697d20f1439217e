package org.placewise.diagram.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.placewise.diagram.chart.SpcIcons;
import org.placewise.diagram.layout.Bounds;
import org.placewise.diagram.layout.LaidOutScene;
import org.placewise.diagram.layout.PlacedBadge;
import org.placewise.diagram.layout.PlacedEdge;
import org.placewise.diagram.layout.PlacedLegend;
import org.placewise.diagram.layout.PlacedMark;
import org.placewise.diagram.layout.PlacedNode;
import org.placewise.diagram.layout.Point;
import org.placewise.diagram.layout.TextLine;
import org.placewise.diagram.scene.Colour;
import org.placewise.diagram.scene.SceneNode;
import org.placewise.diagram.scene.Severity;
import org.placewise.diagram.scene.Style;

/**
 * Draws a {@link LaidOutScene} on a {@link Canvas}: the one drawing walk shared by every renderer. Order: header, nodes
 * (containers before their children, as nested groups), edges on top, legend last.
 */
public final class DiagramPainter {

	private static final double CONTAINER_RADIUS = 9;
	private static final double LEAF_RADIUS = 6;
	private static final double ARROW_LENGTH = 9;
	private static final double ARROW_HALF_WIDTH = 4.5;
	private static final Colour LEGEND_STROKE = new Colour(0xb8, 0xbe, 0xc6);
	private static final Colour LABEL_BACKGROUND = new Colour(0xff, 0xff, 0xff);

	/**
	 * @param scene  the laid-out scene
	 * @param canvas where to draw
	 */
	public void paint(LaidOutScene scene, Canvas canvas) {
		var s = scene.scene();
		canvas.begin(scene.width(), scene.height(), "placewise-diagram " + s.kind(), s.title(),
				s.description().isBlank() ? s.title() : s.description());
		canvas.rect(new Bounds(0, 0, scene.width(), scene.height()), 0, Colour.WHITE, null, 0, false);
		canvas.beginGroup("diagram-header", null, "header", s.title(), s.description());
		for (TextLine line : scene.header()) {
			canvas.text(line, Colour.INK);
		}
		canvas.endGroup();
		// The placed nodes come parents first, depth first: a node's group closes when a node at its depth or above
		// follows. No lookup table is built per paint.
		int open = 0;
		for (PlacedNode p : scene.nodes()) {
			for (; open > p.depth(); open--) {
				canvas.endGroup();
			}
			paintNode(p, canvas);
			open++;
		}
		for (; open > 0; open--) {
			canvas.endGroup();
		}
		Map<String, SceneNode> sceneNodes = s.nodesById();
		for (PlacedEdge e : scene.edges()) {
			paintEdge(sceneNodes, e, canvas);
		}
		if (scene.legend() != null) {
			paintLegend(scene, scene.legend(), canvas);
		}
		canvas.end();
	}

	/** Draws a node and opens its group; the caller closes it after the node's children. */
	private void paintNode(PlacedNode p, Canvas canvas) {
		SceneNode n = p.node();
		Style st = p.style();
		canvas.beginGroup(n.id(), n.objectId(), (p.isContainer() ? "container " : "node ") + n.styleKey(),
				n.title(), n.description());
		Bounds b = p.bounds();
		if (p.isContainer()) {
			Bounds band = p.titleBand();
			double r = CONTAINER_RADIUS;
			// Band with rounded top corners: the whole box in band colour, then the body over it
			// with its top corners squared off, then one outline on top.
			canvas.rect(b, r, st.band(), null, 0, false);
			var body = new Bounds(b.x(), band.bottom(), b.width(), b.height() - band.height());
			canvas.rect(body, r, st.fill(), null, 0, false);
			canvas.rect(new Bounds(b.x(), band.bottom(), b.width(), Math.min(r, body.height())), 0, st.fill(), null, 0,
					false);
			canvas.polyline(List.of(new Point(b.x(), band.bottom()), new Point(b.right(), band.bottom())), st.stroke(),
					st.strokeWidth() * 0.75, false);
			canvas.rect(b, r, null, st.stroke(), st.strokeWidth(), st.dashed());
		} else {
			canvas.rect(b, LEAF_RADIUS, st.fill(), st.stroke(), st.strokeWidth(), st.dashed());
		}
		for (TextLine line : p.lines()) {
			canvas.text(line, st.text());
		}
		int m = 0;
		for (PlacedMark mark : p.marks()) {
			// Named by its words alone: the icon says the same.
			canvas.beginGroup(n.id() + "-mark-" + m++, null,
					"status-mark mark-"
							+ mark.mark().symbol().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
					null, null);
			SpcIcons.paintSymbol(mark.mark().symbol(), canvas, mark.icon());
			canvas.text(mark.text(), st.text());
			canvas.endGroup();
		}
		int i = 0;
		for (PlacedBadge badge : p.badges()) {
			paintBadge(n.id() + "-badge-" + i++, badge, canvas);
		}
	}

	private void paintBadge(String id, PlacedBadge badge, Canvas canvas) {
		Severity sev = badge.badge().severity();
		String name = sev.name().charAt(0) + sev.name().substring(1).toLowerCase(java.util.Locale.ROOT);
		String title = badge.badge().text().isEmpty() ? name : name + ": " + badge.badge().text();
		canvas.beginGroup(id, null, "badge badge-" + sev.name().toLowerCase(java.util.Locale.ROOT), title,
				badge.badge().description().isEmpty() ? title : badge.badge().description());
		drawBadge(badge.bounds(), badge.marker(), sev, badge.text(), canvas);
		canvas.endGroup();
	}

	private static void drawBadge(Bounds pill, Bounds marker, Severity sev, TextLine text, Canvas canvas) {
		Colour hue = sev.hue().colour();
		Colour dark = hue.mix(new Colour(0, 0, 0), 0.35);
		canvas.rect(pill, pill.height() / 2, hue.mix(Colour.WHITE, 0.8), dark, 1, false);
		canvas.polygon(markerShape(sev, marker), dark);
		if (text != null) {
			canvas.text(text, Colour.INK);
		}
	}

	/** Each severity has its own shape so that it reads without colour: octagon, triangle, circle. */
	private static List<Point> markerShape(Severity sev, Bounds m) {
		double cx = m.x() + m.width() / 2;
		double cy = m.y() + m.height() / 2;
		double r = m.width() / 2;
		var pts = new ArrayList<Point>();
		switch (sev) {
		case ERROR -> {
			for (int k = 0; k < 8; k++) {
				double a = Math.PI / 8 + k * Math.PI / 4;
				pts.add(new Point(cx + r * Math.cos(a), cy + r * Math.sin(a)));
			}
		}
		case WARNING -> {
			pts.add(new Point(cx, cy - r));
			pts.add(new Point(cx + r, cy + r * 0.8));
			pts.add(new Point(cx - r, cy + r * 0.8));
		}
		case INFO -> {
			double ri = r * 0.8;
			for (int k = 0; k < 16; k++) {
				double a = k * Math.PI / 8;
				pts.add(new Point(cx + ri * Math.cos(a), cy + ri * Math.sin(a)));
			}
		}
		}
		return pts;
	}

	private void paintEdge(Map<String, SceneNode> byId, PlacedEdge e, Canvas canvas) {
		String from = byId.get(e.edge().sourceId()).title();
		String to = byId.get(e.edge().targetId()).title();
		String title = from + " \u2192 " + to;
		canvas.beginGroup(e.edge().id(), e.edge().objectId(), "edge " + e.edge().styleKey(), title,
				e.edge().description().isBlank() ? title : e.edge().description());
		Style st = e.style();
		if (e.points().size() >= 2) {
			drawArrow(e.points(), st, canvas);
		}
		if (e.labelBounds() != null) {
			canvas.rect(e.labelBounds(), 3, LABEL_BACKGROUND, null, 0, false);
			for (TextLine line : e.labels()) {
				canvas.text(line, st.text());
			}
			int i = 0;
			for (PlacedBadge badge : e.badges()) {
				paintBadge(e.edge().id() + "-badge-" + i++, badge, canvas);
			}
		}
		canvas.endGroup();
	}

	private static void drawArrow(List<Point> points, Style st, Canvas canvas) {
		Point tip = points.get(points.size() - 1);
		Point before = points.get(points.size() - 2);
		double dx = tip.x() - before.x();
		double dy = tip.y() - before.y();
		double len = Math.hypot(dx, dy);
		if (len == 0) {
			canvas.polyline(points, st.stroke(), st.strokeWidth(), st.dashed());
			return;
		}
		double ux = dx / len;
		double uy = dy / len;
		// Stop the line at the arrowhead's base so a thick or dashed line does not poke through the tip.
		double cut = Math.min(ARROW_LENGTH * 0.8, len);
		var shaft = new ArrayList<>(points.subList(0, points.size() - 1));
		shaft.add(new Point(tip.x() - ux * cut, tip.y() - uy * cut));
		canvas.polyline(shaft, st.stroke(), st.strokeWidth(), st.dashed());
		double bx = tip.x() - ux * ARROW_LENGTH;
		double by = tip.y() - uy * ARROW_LENGTH;
		canvas.polygon(List.of(tip, new Point(bx - uy * ARROW_HALF_WIDTH, by + ux * ARROW_HALF_WIDTH),
				new Point(bx + uy * ARROW_HALF_WIDTH, by - ux * ARROW_HALF_WIDTH)), st.stroke());
	}

	private void paintLegend(LaidOutScene scene, PlacedLegend legend, Canvas canvas) {
		canvas.beginGroup("legend", null, "legend", "Legend", "What the colours, lines and badges mean");
		canvas.rect(legend.bounds(), 6, new Colour(0xfa, 0xfa, 0xfb), LEGEND_STROKE, 1, false);
		canvas.text(legend.heading(), Colour.INK);
		for (PlacedLegend.Entry entry : legend.entries()) {
			Bounds s = entry.sample();
			switch (entry.entry().kind()) {
			case NODE -> {
				Style st = scene.scene().palette().style(entry.entry().styleKey());
				canvas.rect(s, 4, st.fill(), st.stroke(), st.strokeWidth(), st.dashed());
			}
			case EDGE -> {
				Style st = scene.scene().palette().style(entry.entry().styleKey());
				double y = s.y() + s.height() / 2;
				drawArrow(List.of(new Point(s.x(), y), new Point(s.right(), y)), st, canvas);
			}
			case BADGE -> {
				double h = 17;
				var pill = new Bounds(s.x() + (s.width() - h) / 2, s.y() + (s.height() - h) / 2, h, h);
				drawBadge(pill, new Bounds(pill.x() + 3, pill.y() + 3, h - 6, h - 6), entry.entry().severity(),
						null, canvas);
			}
			case MARK -> SpcIcons.paintSymbol(entry.entry().symbol(), canvas, s);
			}
			canvas.text(entry.label(), Colour.INK);
		}
		canvas.endGroup();
	}
}
