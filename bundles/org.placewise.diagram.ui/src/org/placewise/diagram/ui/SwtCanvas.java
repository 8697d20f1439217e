package org.placewise.diagram.ui;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.LineAttributes;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Transform;
import org.placewise.diagram.layout.Bounds;
import org.placewise.diagram.layout.Point;
import org.placewise.diagram.layout.TextLine;
import org.placewise.diagram.layout.TextMetrics;
import org.placewise.diagram.render.Canvas;
import org.placewise.diagram.render.Stroke;
import org.placewise.diagram.render.TextRun;
import org.placewise.diagram.scene.Colour;

/**
 * Draws on an SWT {@link GC}, so that {@code DiagramPainter} and the SPC chart painter draw in the workbench exactly as
 * they draw SVG and PNG. Shapes are {@link Path}s in drawing units under the GC's transform at construction (set it
 * beforehand to zoom and scroll), antialiased; text is DejaVu Sans, anchored and turned with a {@link Transform}, and
 * squeezed to the laid-out width when the installed font runs wider, as the PNG renderer does.
 * <p>
 * Two savings make an interactive canvas cheap: shapes wholly outside the {@link #visible visible region} (the damaged
 * area of a paint event) are not drawn, and text smaller on screen than a {@link #hideTextBelow legible size} is
 * skipped when zoomed far out.
 * <p>
 * Every Path and Transform is disposed as soon as it is drawn; colours and fonts come from an {@link SwtResources} set,
 * which {@link #close()} disposes only when this canvas created it.
 */
public final class SwtCanvas implements Canvas, AutoCloseable {

	private final GC gc;
	private final SwtResources resources;
	private final boolean ownsResources;
	private final float[] base = new float[6];
	private Bounds visible;
	private double minTextPixels;
	private double scale = 1;
	private int drawn;
	private int skipped;

	/**
	 * A canvas with its own colours and fonts, disposed by {@link #close()}.
	 *
	 * @param gc where to draw
	 */
	public SwtCanvas(GC gc) {
		this(gc, new SwtResources(gc.getDevice()), true);
	}

	/**
	 * A canvas drawing with shared colours and fonts, which its owner disposes.
	 *
	 * @param gc        where to draw
	 * @param resources colours and fonts of the same device
	 */
	public SwtCanvas(GC gc, SwtResources resources) {
		this(gc, resources, false);
	}

	private SwtCanvas(GC gc, SwtResources resources, boolean ownsResources) {
		this.gc = gc;
		this.resources = resources;
		this.ownsResources = ownsResources;
		gc.setAdvanced(true);
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		var t = new Transform(gc.getDevice());
		try {
			gc.getTransform(t);
			t.getElements(base);
		} finally {
			t.dispose();
		}
	}

	/**
	 * @param region the part of the drawing that needs painting, in drawing units; {@code null} for all
	 * @return this canvas
	 */
	public SwtCanvas visible(Bounds region) {
		this.visible = region;
		return this;
	}

	/**
	 * @param pixels smallest text height on screen worth drawing
	 * @param zoom   screen pixels per drawing unit
	 * @return this canvas
	 */
	public SwtCanvas hideTextBelow(double pixels, double zoom) {
		this.minTextPixels = pixels;
		this.scale = zoom;
		return this;
	}

	/** @return how many shapes and text runs were drawn */
	public int drawnCount() {
		return drawn;
	}

	/** @return how many shapes and text runs were skipped (outside the visible region or illegible) */
	public int skippedCount() {
		return skipped;
	}

	@Override
	public void rect(Bounds b, double radius, Colour fill, Stroke stroke) {
		if (!shows(b.x(), b.y(), b.right(), b.bottom(), stroke)) {
			return;
		}
		var path = new Path(gc.getDevice());
		try {
			double r = Math.min(radius, Math.min(b.width(), b.height()) / 2);
			if (r > 0) {
				float x = (float) b.x();
				float y = (float) b.y();
				float right = (float) b.right();
				float bottom = (float) b.bottom();
				float d = (float) (2 * r);
				path.moveTo(x + d / 2, y);
				path.lineTo(right - d / 2, y);
				path.addArc(right - d, y, d, d, 90, -90);
				path.lineTo(right, bottom - d / 2);
				path.addArc(right - d, bottom - d, d, d, 0, -90);
				path.lineTo(x + d / 2, bottom);
				path.addArc(x, bottom - d, d, d, 270, -90);
				path.lineTo(x, y + d / 2);
				path.addArc(x, y, d, d, 180, -90);
				path.close();
			} else {
				path.addRectangle((float) b.x(), (float) b.y(), (float) b.width(), (float) b.height());
			}
			fillAndStroke(path, fill, stroke);
		} finally {
			path.dispose();
		}
	}

	@Override
	public void line(List<Point> points, Stroke stroke) {
		if (!showsPoints(points, stroke)) {
			return;
		}
		var path = polyline(points, false);
		try {
			draw(path, stroke);
		} finally {
			path.dispose();
		}
	}

	@Override
	public void polygon(List<Point> points, Colour fill, Stroke stroke) {
		if (!showsPoints(points, stroke)) {
			return;
		}
		var path = polyline(points, true);
		try {
			fillAndStroke(path, fill, stroke);
		} finally {
			path.dispose();
		}
	}

	@Override
	public void circle(Point centre, double radius, Colour fill, Stroke stroke) {
		if (!shows(centre.x() - radius, centre.y() - radius, centre.x() + radius, centre.y() + radius, stroke)) {
			return;
		}
		var path = new Path(gc.getDevice());
		try {
			path.addArc((float) (centre.x() - radius), (float) (centre.y() - radius), (float) (2 * radius),
					(float) (2 * radius), 0, 360);
			path.close();
			fillAndStroke(path, fill, stroke);
		} finally {
			path.dispose();
		}
	}

	/** Diagram text: squeezed to the width the layout measured when the installed font runs wider. */
	@Override
	public void text(TextLine line, Colour colour) {
		double planned = TextMetrics.width(line.text(), line.size(), line.bold());
		drawText(TextRun.of(line), planned, colour);
	}

	@Override
	public void text(TextRun run, Colour colour) {
		drawText(run, 0, colour);
	}

	private void drawText(TextRun run, double plannedWidth, Colour colour) {
		if (run.text().isEmpty()) {
			return;
		}
		if (run.size() * scale < minTextPixels) {
			skipped++;
			return;
		}
		// Cull with the layout's metrics; a turned run is culled by the circle it can sweep.
		double w = TextMetrics.width(run.text(), run.size(), run.bold());
		double reach = run.rotation() == 0 ? 0 : w;
		double left = run.x() - reach - switch (run.anchor()) {
		case START -> 0;
		case MIDDLE -> w / 2;
		case END -> w;
		};
		if (!shows(left, run.baseline() - run.size() - reach, left + w + 2 * reach, run.baseline() + run.size() + reach,
				null)) {
			return;
		}
		gc.setFont(resources.font(run.bold()));
		double k = run.size() / resources.referencePixels();
		double actual = gc.textExtent(run.text(), SWT.DRAW_TRANSPARENT).x * k;
		double sx = plannedWidth > 0 && actual > plannedWidth * 1.01 ? plannedWidth / actual : 1;
		double width = actual * sx;
		double dx = switch (run.anchor()) {
		case START -> 0;
		case MIDDLE -> -width / 2;
		case END -> -width;
		};
		var t = new Transform(gc.getDevice(), base[0], base[1], base[2], base[3], base[4], base[5]);
		try {
			t.translate((float) run.x(), (float) run.baseline());
			if (run.rotation() != 0) {
				t.rotate((float) run.rotation());
			}
			t.translate((float) dx, 0);
			t.scale((float) (k * sx), (float) k);
			gc.setTransform(t);
			gc.setForeground(resources.colour(colour));
			gc.drawString(run.text(), 0, -resources.ascent(gc, run.bold()), true);
		} finally {
			restoreTransform();
			t.dispose();
		}
	}

	private void restoreTransform() {
		var t = new Transform(gc.getDevice(), base[0], base[1], base[2], base[3], base[4], base[5]);
		try {
			gc.setTransform(t);
		} finally {
			t.dispose();
		}
	}

	private Path polyline(List<Point> points, boolean closed) {
		var path = new Path(gc.getDevice());
		path.moveTo((float) points.get(0).x(), (float) points.get(0).y());
		for (int i = 1; i < points.size(); i++) {
			path.lineTo((float) points.get(i).x(), (float) points.get(i).y());
		}
		if (closed) {
			path.close();
		}
		return path;
	}

	private void fillAndStroke(Path path, Colour fill, Stroke stroke) {
		if (fill != null) {
			gc.setBackground(resources.colour(fill));
			gc.fillPath(path);
		}
		if (stroke != null) {
			draw(path, stroke);
		}
	}

	private void draw(Path path, Stroke stroke) {
		double[] dash = stroke.dash();
		float[] pattern = null;
		if (dash.length > 0) {
			pattern = new float[dash.length];
			for (int i = 0; i < dash.length; i++) {
				pattern[i] = (float) dash[i];
			}
		}
		gc.setLineAttributes(new LineAttributes((float) stroke.width(), SWT.CAP_FLAT, SWT.JOIN_ROUND,
				pattern == null ? SWT.LINE_SOLID : SWT.LINE_CUSTOM, pattern, 0, 10));
		gc.setForeground(resources.colour(stroke.colour()));
		gc.drawPath(path);
	}

	private boolean showsPoints(List<Point> points, Stroke stroke) {
		double minX = Double.MAX_VALUE;
		double minY = Double.MAX_VALUE;
		double maxX = -Double.MAX_VALUE;
		double maxY = -Double.MAX_VALUE;
		for (Point p : points) {
			minX = Math.min(minX, p.x());
			minY = Math.min(minY, p.y());
			maxX = Math.max(maxX, p.x());
			maxY = Math.max(maxY, p.y());
		}
		return shows(minX, minY, maxX, maxY, stroke);
	}

	/** Counts the shape as drawn when it meets the visible region, as skipped otherwise. */
	private boolean shows(double left, double top, double right, double bottom, Stroke stroke) {
		double margin = stroke == null ? 1 : stroke.width() + 1;
		boolean shows = visible == null || left - margin < visible.right() && visible.x() < right + margin
				&& top - margin < visible.bottom() && visible.y() < bottom + margin;
		if (shows) {
			drawn++;
		} else {
			skipped++;
		}
		return shows;
	}

	/** Disposes the colours and fonts when this canvas created them. */
	@Override
	public void close() {
		if (ownsResources) {
			resources.dispose();
		}
	}
}
