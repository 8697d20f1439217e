package org.placewise.diagram.render.png;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.Arrays;
import java.util.List;

import org.placewise.diagram.layout.Bounds;
import org.placewise.diagram.layout.Point;
import org.placewise.diagram.layout.TextLine;
import org.placewise.diagram.layout.TextMetrics;
import org.placewise.diagram.render.Canvas;
import org.placewise.diagram.render.Stroke;
import org.placewise.diagram.render.TextRun;
import org.placewise.diagram.scene.Colour;

/**
 * Draws on a Java2D {@link Graphics2D} (antialiased). Groups, titles and descriptions have no pixel form and are
 * ignored. When the installed font is not DejaVu Sans and runs wider than the layout's metrics, a text line is squeezed
 * to its laid-out width rather than overflow.
 */
public final class Graphics2DCanvas implements Canvas {

	private static final String FAMILY = fontFamily();

	private final Graphics2D g;

	/**
	 * @param g where to draw; scale it beforehand for high-resolution output
	 */
	public Graphics2DCanvas(Graphics2D g) {
		this.g = g;
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
		g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
	}

	private static String fontFamily() {
		boolean dejaVu = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
				.contains(TextMetrics.FONT_FAMILY);
		return dejaVu ? TextMetrics.FONT_FAMILY : Font.SANS_SERIF;
	}

	@Override
	public void rect(Bounds b, double radius, Colour fill, Stroke stroke) {
		var shape = radius > 0
				? new RoundRectangle2D.Double(b.x(), b.y(), b.width(), b.height(), 2 * radius, 2 * radius)
				: new Rectangle2D.Double(b.x(), b.y(), b.width(), b.height());
		fillAndStroke(shape, fill, stroke);
	}

	@Override
	public void line(List<Point> points, Stroke stroke) {
		if (points.size() == 2) {
			draw(new Line2D.Double(points.get(0).x(), points.get(0).y(), points.get(1).x(), points.get(1).y()), stroke);
			return;
		}
		draw(path(points, false), stroke);
	}

	@Override
	public void polygon(List<Point> points, Colour fill, Stroke stroke) {
		fillAndStroke(path(points, true), fill, stroke);
	}

	@Override
	public void circle(Point centre, double radius, Colour fill, Stroke stroke) {
		fillAndStroke(new Ellipse2D.Double(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius), fill,
				stroke);
	}

	/** Diagram text: squeezed to the width the layout measured when the installed font runs wider. */
	@Override
	public void text(TextLine t, Colour colour) {
		if (t.text().isEmpty()) {
			return;
		}
		var layout = layout(t.text(), t.size(), t.bold());
		double actual = layout.getAdvance();
		double planned = TextMetrics.width(t.text(), t.size(), t.bold());
		double sx = actual > planned * 1.01 ? planned / actual : 1;
		double w = actual * sx;
		double x = t.centred() ? t.x() - w / 2 : t.x();
		AffineTransform saved = g.getTransform();
		g.translate(x, t.baseline());
		g.scale(sx, 1);
		g.setColor(awt(colour));
		layout.draw(g, 0, 0);
		g.setTransform(saved);
	}

	@Override
	public void text(TextRun t, Colour colour) {
		if (t.text().isEmpty()) {
			return;
		}
		var layout = layout(t.text(), t.size(), t.bold());
		double w = layout.getAdvance();
		double dx = switch (t.anchor()) {
		case START -> 0;
		case MIDDLE -> -w / 2;
		case END -> -w;
		};
		AffineTransform saved = g.getTransform();
		g.translate(t.x(), t.baseline());
		g.rotate(Math.toRadians(t.rotation()));
		g.setColor(awt(colour));
		layout.draw(g, (float) dx, 0);
		g.setTransform(saved);
	}

	private TextLayout layout(String text, double size, boolean bold) {
		Font font = new Font(FAMILY, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
		FontRenderContext frc = g.getFontRenderContext();
		return new TextLayout(text, font, frc);
	}

	private void fillAndStroke(Shape shape, Colour fill, Stroke stroke) {
		if (fill != null) {
			g.setColor(awt(fill));
			g.fill(shape);
		}
		if (stroke != null) {
			draw(shape, stroke);
		}
	}

	private void draw(Shape shape, Stroke stroke) {
		g.setColor(awt(stroke.colour()));
		g.setStroke(awt(stroke));
		g.draw(shape);
	}

	private static Path2D path(List<Point> points, boolean closed) {
		var path = new Path2D.Double();
		path.moveTo(points.get(0).x(), points.get(0).y());
		for (int i = 1; i < points.size(); i++) {
			path.lineTo(points.get(i).x(), points.get(i).y());
		}
		if (closed) {
			path.closePath();
		}
		return path;
	}

	private static BasicStroke awt(Stroke stroke) {
		double[] dash = stroke.dash();
		if (dash.length == 0) {
			return new BasicStroke((float) stroke.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
		}
		float[] pattern = new float[dash.length];
		for (int i = 0; i < dash.length; i++) {
			pattern[i] = (float) dash[i];
		}
		return new BasicStroke((float) stroke.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, pattern, 0f);
	}

	private static Color awt(Colour c) {
		return new Color(c.red(), c.green(), c.blue());
	}
}
