package org.placewise.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;
import org.placewise.diagram.layout.Bounds;
import org.placewise.diagram.layout.Point;
import org.placewise.diagram.render.Canvas;
import org.placewise.diagram.render.Stroke;
import org.placewise.diagram.render.TextAnchor;
import org.placewise.diagram.render.TextRun;
import org.placewise.diagram.scene.Colour;

/**
 * The Placewise {@link Canvas} on a PDF page, so the board paper's charts are the same drawing as the pack's SVG, as
 * vectors: lines, shapes and text (in the paper's embedded font), never a picture of them. The drawing's pixels are
 * mapped into a box on the page: {@code scale} points per pixel, y turned to run downwards as on screen.
 */
final class PdfCanvas implements Canvas {

	private final PDPageContentStream stream;
	private final PDFont regular;
	private final PDFont bold;
	private final double left;
	private final double top;
	private final double scale;

	/**
	 * @param stream  the page's content stream
	 * @param regular the regular face (embedded)
	 * @param bold    the bold face (embedded)
	 * @param left    page x of the drawing's left edge, in points
	 * @param top     page y of the drawing's top edge, in points (PDF y runs upwards)
	 * @param scale   points per drawing pixel
	 */
	PdfCanvas(PDPageContentStream stream, PDFont regular, PDFont bold, double left, double top, double scale) {
		this.stream = stream;
		this.regular = regular;
		this.bold = bold;
		this.left = left;
		this.top = top;
		this.scale = scale;
	}

	private float x(double x) {
		return (float) (left + x * scale);
	}

	private float y(double y) {
		return (float) (top - y * scale);
	}

	@Override
	public void rect(Bounds b, double radius, Colour fill, Stroke stroke) {
		if (fill == null && stroke == null) {
			return;
		}
		try {
			double r = Math.min(radius, Math.min(b.width(), b.height()) / 2);
			if (r <= 0) {
				stream.addRect(x(b.x()), y(b.y() + b.height()), (float) (b.width() * scale),
						(float) (b.height() * scale));
			} else {
				roundedRect(b, r);
			}
			paint(fill, stroke, true);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A rounded rectangle from four lines and four quarter circles (Bézier, k = 0.5523). */
	private void roundedRect(Bounds b, double r) throws IOException {
		double k = 0.5523 * r;
		double x0 = b.x();
		double y0 = b.y();
		double x1 = b.x() + b.width();
		double y1 = b.y() + b.height();
		stream.moveTo(x(x0 + r), y(y0));
		stream.lineTo(x(x1 - r), y(y0));
		stream.curveTo(x(x1 - r + k), y(y0), x(x1), y(y0 + r - k), x(x1), y(y0 + r));
		stream.lineTo(x(x1), y(y1 - r));
		stream.curveTo(x(x1), y(y1 - r + k), x(x1 - r + k), y(y1), x(x1 - r), y(y1));
		stream.lineTo(x(x0 + r), y(y1));
		stream.curveTo(x(x0 + r - k), y(y1), x(x0), y(y1 - r + k), x(x0), y(y1 - r));
		stream.lineTo(x(x0), y(y0 + r));
		stream.curveTo(x(x0), y(y0 + r - k), x(x0 + r - k), y(y0), x(x0 + r), y(y0));
		stream.closePath();
	}

	@Override
	public void line(List<Point> points, Stroke stroke) {
		if (points.size() < 2 || stroke == null) {
			return;
		}
		try {
			path(points);
			paint(null, stroke, false);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void polygon(List<Point> points, Colour fill, Stroke stroke) {
		if (points.size() < 2 || fill == null && stroke == null) {
			return;
		}
		try {
			path(points);
			stream.closePath();
			paint(fill, stroke, true);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void circle(Point centre, double radius, Colour fill, Stroke stroke) {
		if (fill == null && stroke == null) {
			return;
		}
		double k = 0.5523 * radius;
		double cx = centre.x();
		double cy = centre.y();
		try {
			stream.moveTo(x(cx + radius), y(cy));
			stream.curveTo(x(cx + radius), y(cy + k), x(cx + k), y(cy + radius), x(cx), y(cy + radius));
			stream.curveTo(x(cx - k), y(cy + radius), x(cx - radius), y(cy + k), x(cx - radius), y(cy));
			stream.curveTo(x(cx - radius), y(cy - k), x(cx - k), y(cy - radius), x(cx), y(cy - radius));
			stream.curveTo(x(cx + k), y(cy - radius), x(cx + radius), y(cy - k), x(cx + radius), y(cy));
			stream.closePath();
			paint(fill, stroke, true);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void text(TextRun run, Colour colour) {
		PDFont font = run.bold() ? bold : regular;
		String text = BoardPaper.printable(run.text(), font);
		if (text.isEmpty()) {
			return;
		}
		try {
			float size = (float) (run.size() * scale);
			double width = BoardPaper.width(text, font, size);
			double shift = switch (run.anchor()) {
			case START -> 0;
			case MIDDLE -> width / 2;
			case END -> width;
			};
			double angle = Math.toRadians(-run.rotation());
			float ax = x(run.x());
			float ay = y(run.baseline());
			stream.beginText();
			stream.setFont(font, size);
			colour(colour, true);
			Matrix matrix = Matrix.getRotateInstance(angle, ax, ay);
			matrix.translate((float) -shift, 0);
			stream.setTextMatrix(matrix);
			stream.showText(text);
			stream.endText();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void path(List<Point> points) throws IOException {
		stream.moveTo(x(points.get(0).x()), y(points.get(0).y()));
		for (Point p : points.subList(1, points.size())) {
			stream.lineTo(x(p.x()), y(p.y()));
		}
	}

	private void paint(Colour fill, Stroke stroke, boolean closed) throws IOException {
		if (stroke != null) {
			colour(stroke.colour(), false);
			stream.setLineWidth((float) (stroke.width() * scale));
			double[] dash = stroke.dash();
			float[] pattern = new float[dash.length];
			for (int i = 0; i < dash.length; i++) {
				pattern[i] = (float) (dash[i] * scale);
			}
			stream.setLineDashPattern(pattern, 0);
		}
		if (fill != null) {
			colour(fill, true);
		}
		if (fill != null && stroke != null) {
			stream.fillAndStroke();
		} else if (fill != null) {
			stream.fill();
		} else {
			stream.stroke();
		}
		if (stroke != null && stroke.isDashed()) {
			stream.setLineDashPattern(new float[0], 0);
		}
	}

	private void colour(Colour colour, boolean fill) throws IOException {
		float r = colour.red() / 255f;
		float g = colour.green() / 255f;
		float b = colour.blue() / 255f;
		if (fill) {
			stream.setNonStrokingColor(r, g, b);
		} else {
			stream.setStrokingColor(r, g, b);
		}
	}
}
