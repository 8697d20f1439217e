package org.placewise.diagram.render;

import java.util.List;
import java.util.Objects;

import org.placewise.diagram.layout.Bounds;
import org.placewise.diagram.layout.Point;
import org.placewise.diagram.scene.Colour;

/**
 * A drawing made for a page of its own (an SPC icon, drawn at 0,0 in its own pixels) placed on another canvas: moved
 * and scaled into a box there. Its {@code begin} and {@code end} do nothing, since it draws inside the other canvas's
 * page; everything else is passed on with its coordinates, sizes and line widths converted.
 */
public final class PlacedCanvas implements Canvas {

	private final Canvas target;
	private final double x;
	private final double y;
	private final double scale;

	/**
	 * @param target where the drawing lands
	 * @param x      where its left edge lands
	 * @param y      where its top edge lands
	 * @param scale  how many target pixels one of its pixels becomes
	 */
	public PlacedCanvas(Canvas target, double x, double y, double scale) {
		this.target = Objects.requireNonNull(target, "target");
		if (!(scale > 0)) {
			throw new IllegalArgumentException("The scale must be positive, got " + scale);
		}
		this.x = x;
		this.y = y;
		this.scale = scale;
	}

	/**
	 * @param target where the drawing lands
	 * @param size   the width and height of the drawing in its own pixels
	 * @param box    the box it is fitted into (its height decides the scale; centred across)
	 * @return a canvas drawing into the box
	 */
	public static PlacedCanvas into(Canvas target, double size, Bounds box) {
		double scale = box.height() / size;
		return new PlacedCanvas(target, box.x() + (box.width() - size * scale) / 2, box.y(), scale);
	}

	@Override
	public void begin(double width, double height, String cssClass, String title, String description) {
		// Drawn inside the target's page.
	}

	@Override
	public void end() {
		// See begin.
	}

	@Override
	public void beginGroup(String id, String objectId, String cssClass, String title, String description) {
		target.beginGroup(id, objectId, cssClass, title, description);
	}

	@Override
	public void endGroup() {
		target.endGroup();
	}

	@Override
	public void rect(Bounds b, double radius, Colour fill, Stroke stroke) {
		target.rect(new Bounds(x + b.x() * scale, y + b.y() * scale, b.width() * scale, b.height() * scale),
				radius * scale, fill, scaled(stroke));
	}

	@Override
	public void line(List<Point> points, Stroke stroke) {
		target.line(points.stream().map(this::point).toList(), scaled(stroke));
	}

	@Override
	public void polygon(List<Point> points, Colour fill, Stroke stroke) {
		target.polygon(points.stream().map(this::point).toList(), fill, scaled(stroke));
	}

	@Override
	public void circle(Point centre, double radius, Colour fill, Stroke stroke) {
		target.circle(point(centre), radius * scale, fill, scaled(stroke));
	}

	@Override
	public void text(TextRun run, Colour colour) {
		Point at = point(new Point(run.x(), run.baseline()));
		target.text(new TextRun(run.text(), at.x(), at.y(), run.size() * scale, run.bold(), run.anchor(),
				run.rotation()), colour);
	}

	private Point point(Point p) {
		return new Point(x + p.x() * scale, y + p.y() * scale);
	}

	private Stroke scaled(Stroke stroke) {
		if (stroke == null) {
			return null;
		}
		if (!stroke.isDashed()) {
			return Stroke.solid(stroke.colour(), stroke.width() * scale);
		}
		double[] dash = stroke.dash().clone();
		for (int i = 0; i < dash.length; i++) {
			dash[i] *= scale;
		}
		return Stroke.dashed(stroke.colour(), stroke.width() * scale, dash);
	}
}
