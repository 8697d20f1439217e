package org.placewise.diagram.render;

import java.util.List;

import org.placewise.diagram.layout.Bounds;
import org.placewise.diagram.layout.Point;
import org.placewise.diagram.layout.TextLine;
import org.placewise.diagram.scene.Colour;

/**
 * The few drawing operations a diagram needs. {@link DiagramPainter} walks a laid-out scene
 * once and calls these; SVG, Java2D (PNG) and an SWT canvas implement them, so every output
 * looks the same and the walk exists once.
 */
public interface Canvas {

    /**
     * Starts the page.
     *
     * @param width       page width in pixels
     * @param height      page height in pixels
     * @param cssClass    class of the whole diagram (its kind)
     * @param title       accessible title
     * @param description accessible description
     */
    void begin(double width, double height, String cssClass, String title, String description);

    /**
     * Starts a group standing for one diagram element; groups nest.
     *
     * @param id          element id, unique in the diagram
     * @param objectId    stable id of the model object, or {@code null}
     * @param cssClass    element kind and style key, space separated
     * @param title       accessible title (short name)
     * @param description accessible description
     */
    void beginGroup(String id, String objectId, String cssClass, String title, String description);

    /** Ends the innermost group. */
    void endGroup();

    /**
     * Draws a rectangle.
     *
     * @param b           box
     * @param radius      corner radius, 0 for square corners
     * @param fill        fill colour or {@code null} for none
     * @param stroke      outline colour or {@code null} for none
     * @param strokeWidth outline width
     * @param dashed      whether the outline is dashed
     */
    void rect(Bounds b, double radius, Colour fill, Colour stroke, double strokeWidth, boolean dashed);

    /**
     * Draws an open line through points.
     *
     * @param points      at least two points
     * @param stroke      colour
     * @param strokeWidth width
     * @param dashed      whether the line is dashed
     */
    void polyline(List<Point> points, Colour stroke, double strokeWidth, boolean dashed);

    /**
     * Draws a filled closed shape (arrowheads, severity markers).
     *
     * @param points corners
     * @param fill   fill colour
     */
    void polygon(List<Point> points, Colour fill);

    /**
     * Draws one line of text.
     *
     * @param line   text and position
     * @param colour text colour
     */
    void text(TextLine line, Colour colour);

    /** Ends the page. */
    void end();
}
