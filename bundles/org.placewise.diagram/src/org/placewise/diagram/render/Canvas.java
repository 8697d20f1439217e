package org.placewise.diagram.render;

import java.util.List;

import org.placewise.diagram.layout.Bounds;
import org.placewise.diagram.layout.Point;
import org.placewise.diagram.layout.TextLine;
import org.placewise.diagram.scene.Colour;

/**
 * The drawing surface of Placewise: {@link DiagramPainter} draws diagrams on it, the SPC chart and icon painters of
 * {@code org.placewise.diagram.chart} draw charts and the pack's icons. SVG
 * ({@link org.placewise.diagram.render.svg.SvgCanvas}), Java2D for PNG
 * ({@link org.placewise.diagram.render.png.Graphics2DCanvas}) and an SWT canvas implement it, so every output looks the
 * same and each drawing walk exists once. The operations are the ones an SWT {@code GC} has too: rectangles, lines,
 * polygons, circles and text, with dash patterns and text turned about its anchor.
 */
public interface Canvas {

	/**
	 * Starts the page. Structure (the page, groups) matters to surfaces that keep it, such as SVG; raster surfaces keep
	 * only pixels, so the page and group operations do nothing unless a surface needs them.
	 *
	 * @param width       page width in pixels
	 * @param height      page height in pixels
	 * @param cssClass    class of the whole drawing (its kind), or {@code null}
	 * @param title       accessible title, or {@code null} for a decorative drawing that assistive technology should
	 *                    skip (its meaning is given in text beside it)
	 * @param description accessible description, or {@code null} for none
	 */
	default void begin(double width, double height, String cssClass, String title, String description) {
		// Raster surfaces: the painter draws the page background itself.
	}

	/**
	 * Starts a group standing for one element of the drawing; groups nest.
	 *
	 * @param id          element id, unique in the drawing, or {@code null}
	 * @param objectId    stable id of the model object, or {@code null}
	 * @param cssClass    element kind and style key, space separated, or {@code null}
	 * @param title       accessible title (short name, shown as a tooltip), or {@code null}
	 * @param description accessible description, or {@code null}
	 */
	default void beginGroup(String id, String objectId, String cssClass, String title, String description) {
		// Raster surfaces carry no structure.
	}

	/** Ends the innermost group. */
	default void endGroup() {
		// See beginGroup.
	}

	/**
	 * Draws a rectangle.
	 *
	 * @param b      box
	 * @param radius corner radius, 0 for square corners
	 * @param fill   fill colour or {@code null} for none
	 * @param stroke outline or {@code null} for none
	 */
	void rect(Bounds b, double radius, Colour fill, Stroke stroke);

	/**
	 * Draws a rectangle whose outline is solid or has the diagram dash.
	 *
	 * @param b           box
	 * @param radius      corner radius, 0 for square corners
	 * @param fill        fill colour or {@code null} for none
	 * @param stroke      outline colour or {@code null} for none
	 * @param strokeWidth outline width
	 * @param dashed      whether the outline is dashed
	 */
	default void rect(Bounds b, double radius, Colour fill, Colour stroke, double strokeWidth, boolean dashed) {
		rect(b, radius, fill, stroke == null ? null : Stroke.of(stroke, strokeWidth, dashed));
	}

	/**
	 * Draws an open line through points.
	 *
	 * @param points at least two points
	 * @param stroke how the line looks
	 */
	void line(List<Point> points, Stroke stroke);

	/**
	 * Draws an open line through points, solid or with the diagram dash.
	 *
	 * @param points      at least two points
	 * @param stroke      colour
	 * @param strokeWidth width
	 * @param dashed      whether the line is dashed
	 */
	default void polyline(List<Point> points, Colour stroke, double strokeWidth, boolean dashed) {
		line(points, Stroke.of(stroke, strokeWidth, dashed));
	}

	/**
	 * Draws a closed shape.
	 *
	 * @param points corners
	 * @param fill   fill colour or {@code null} for none
	 * @param stroke outline or {@code null} for none
	 */
	void polygon(List<Point> points, Colour fill, Stroke stroke);

	/**
	 * Draws a filled closed shape without outline (arrowheads, severity markers).
	 *
	 * @param points corners
	 * @param fill   fill colour
	 */
	default void polygon(List<Point> points, Colour fill) {
		polygon(points, fill, null);
	}

	/**
	 * Draws a circle.
	 *
	 * @param centre centre
	 * @param radius radius
	 * @param fill   fill colour or {@code null} for none
	 * @param stroke outline or {@code null} for none
	 */
	void circle(Point centre, double radius, Colour fill, Stroke stroke);

	/**
	 * Draws one line of text.
	 *
	 * @param run    text, position, size and anchoring
	 * @param colour text colour
	 */
	void text(TextRun run, Colour colour);

	/**
	 * Draws one line of laid-out diagram text.
	 *
	 * @param line   text and position
	 * @param colour text colour
	 */
	default void text(TextLine line, Colour colour) {
		text(TextRun.of(line), colour);
	}

	/** Ends the page. */
	default void end() {
		// Raster surfaces buffer nothing.
	}
}
