package org.placewise.diagram.render.svg;

import java.util.List;

import org.placewise.diagram.layout.Bounds;
import org.placewise.diagram.layout.Point;
import org.placewise.diagram.layout.TextMetrics;
import org.placewise.diagram.render.Canvas;
import org.placewise.diagram.render.Stroke;
import org.placewise.diagram.render.TextRun;
import org.placewise.diagram.render.Xml;
import org.placewise.diagram.scene.Colour;

/**
 * Writes SVG 1.1 text. Numbers are written with at most two decimals independent of the default locale, and nothing
 * varies between runs, so the same drawing gives the same bytes. Text and attribute values are escaped by {@link Xml}.
 *
 * <p>
 * A {@linkplain #SvgCanvas() document} is a file of its own: an XML declaration, one element a line, indented by
 * nesting. An {@linkplain #inline(String) inline} drawing goes inside an (X)HTML page: no declaration and no line
 * breaks, so it adds no white space to the page.
 */
public final class SvgCanvas implements Canvas {

	/** The font family list of diagrams: the font the layout measures first. */
	public static final String DIAGRAM_FONTS = TextMetrics.FONT_FAMILY + ", Verdana, sans-serif";

	private final StringBuilder out = new StringBuilder(64 * 1024);
	private final String fontFamily;
	private final boolean document;
	private int indent;

	/** A standalone SVG document in the diagrams' fonts. */
	public SvgCanvas() {
		this(DIAGRAM_FONTS, true);
	}

	private SvgCanvas(String fontFamily, boolean document) {
		this.fontFamily = fontFamily;
		this.document = document;
	}

	/**
	 * @param fontFamily the CSS font family list of the drawing's text
	 * @return a canvas writing a standalone SVG document
	 */
	public static SvgCanvas document(String fontFamily) {
		return new SvgCanvas(fontFamily, true);
	}

	/**
	 * @param fontFamily the CSS font family list of the drawing's text
	 * @return a canvas writing an {@code <svg>} element to embed in a page, on one line
	 */
	public static SvgCanvas inline(String fontFamily) {
		return new SvgCanvas(fontFamily, false);
	}

	/** @return the SVG written so far */
	public String result() {
		return out.toString();
	}

	@Override
	public void begin(double width, double height, String cssClass, String title, String description) {
		if (document) {
			out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		}
		out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(num(width))
				.append("\" height=\"").append(num(height)).append("\" viewBox=\"0 0 ").append(num(width)).append(' ')
				.append(num(height)).append('"');
		attribute("class", cssClass);
		// A drawing without a title is decoration beside text that says the same.
		out.append(title == null ? " aria-hidden=\"true\" focusable=\"false\"" : " role=\"img\"");
		attribute("font-family", fontFamily);
		out.append('>');
		newline();
		indent = 1;
		titleAndDescription(title, description);
	}

	@Override
	public void beginGroup(String id, String objectId, String cssClass, String title, String description) {
		line().append("<g");
		attribute("id", id);
		attribute("data-object-id", objectId);
		attribute("class", cssClass);
		out.append('>');
		newline();
		indent++;
		titleAndDescription(title, description);
	}

	private void titleAndDescription(String title, String description) {
		if (title != null) {
			line().append("<title>").append(Xml.text(title)).append("</title>");
			newline();
		}
		if (description != null) {
			line().append("<desc>").append(Xml.text(description)).append("</desc>");
			newline();
		}
	}

	@Override
	public void endGroup() {
		indent--;
		line().append("</g>");
		newline();
	}

	@Override
	public void rect(Bounds b, double radius, Colour fill, Stroke stroke) {
		line().append("<rect x=\"").append(num(b.x())).append("\" y=\"").append(num(b.y())).append("\" width=\"")
				.append(num(b.width())).append("\" height=\"").append(num(b.height())).append('"');
		if (radius > 0) {
			out.append(" rx=\"").append(num(radius)).append('"');
		}
		fill(fill);
		stroke(stroke);
		out.append("/>");
		newline();
	}

	@Override
	public void line(List<Point> points, Stroke stroke) {
		line().append("<polyline points=\"").append(points(points)).append("\" fill=\"none\"");
		stroke(stroke);
		out.append(" stroke-linejoin=\"round\"/>");
		newline();
	}

	@Override
	public void polygon(List<Point> points, Colour fill, Stroke stroke) {
		line().append("<polygon points=\"").append(points(points)).append('"');
		fill(fill);
		stroke(stroke);
		out.append("/>");
		newline();
	}

	@Override
	public void circle(Point centre, double radius, Colour fill, Stroke stroke) {
		line().append("<circle cx=\"").append(num(centre.x())).append("\" cy=\"").append(num(centre.y()))
				.append("\" r=\"").append(num(radius)).append('"');
		fill(fill);
		stroke(stroke);
		out.append("/>");
		newline();
	}

	@Override
	public void text(TextRun t, Colour colour) {
		line().append("<text x=\"").append(num(t.x())).append("\" y=\"").append(num(t.baseline()))
				.append("\" font-size=\"").append(num(t.size())).append('"');
		if (t.bold()) {
			out.append(" font-weight=\"bold\"");
		}
		switch (t.anchor()) {
		case START -> {
			// SVG's default
		}
		case MIDDLE -> out.append(" text-anchor=\"middle\"");
		case END -> out.append(" text-anchor=\"end\"");
		}
		if (t.rotation() != 0) {
			out.append(" transform=\"rotate(").append(num(t.rotation())).append(' ').append(num(t.x())).append(' ')
					.append(num(t.baseline())).append(")\"");
		}
		out.append(" fill=\"").append(colour.toHex()).append("\">").append(Xml.text(t.text())).append("</text>");
		newline();
	}

	@Override
	public void end() {
		indent = 0;
		out.append("</svg>");
		newline();
	}

	private void attribute(String name, String value) {
		if (value != null) {
			out.append(' ').append(name).append("=\"").append(Xml.attribute(value)).append('"');
		}
	}

	private void fill(Colour fill) {
		out.append(" fill=\"").append(fill == null ? "none" : fill.toHex()).append('"');
	}

	private void stroke(Stroke stroke) {
		if (stroke == null) {
			return;
		}
		out.append(" stroke=\"").append(stroke.colour().toHex()).append("\" stroke-width=\"")
				.append(num(stroke.width()))
				.append('"');
		if (stroke.isDashed()) {
			out.append(" stroke-dasharray=\"");
			double[] dash = stroke.dash();
			for (int i = 0; i < dash.length; i++) {
				out.append(i == 0 ? "" : " ").append(num(dash[i]));
			}
			out.append('"');
		}
	}

	private StringBuilder line() {
		if (document) {
			out.append("  ".repeat(Math.max(0, indent)));
		}
		return out;
	}

	private void newline() {
		if (document) {
			out.append('\n');
		}
	}

	private static String points(List<Point> points) {
		var sb = new StringBuilder();
		for (Point p : points) {
			if (!sb.isEmpty()) {
				sb.append(' ');
			}
			sb.append(num(p.x())).append(',').append(num(p.y()));
		}
		return sb.toString();
	}

	/** Two decimals at most, no exponent, no locale, no negative zero. */
	static String num(double v) {
		long hundredths = Math.round(v * 100);
		if (hundredths == 0) {
			return "0";
		}
		String sign = hundredths < 0 ? "-" : "";
		long a = Math.abs(hundredths);
		long whole = a / 100;
		long frac = a % 100;
		if (frac == 0) {
			return sign + whole;
		}
		return frac % 10 == 0 ? sign + whole + "." + frac / 10 : sign + whole + "." + (frac < 10 ? "0" : "") + frac;
	}
}
