package org.placewise.diagram.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.placewise.diagram.layout.Bounds;
import org.placewise.diagram.layout.LaidOutScene;
import org.placewise.diagram.layout.Point;
import org.placewise.diagram.render.DiagramPainter;

/**
 * The whole diagram of a {@link DiagramViewer} in small, with a frame round the part the viewer shows: click or drag in
 * it to move the viewer there. For large diagrams (a place's systems diagram is 20,000 pixels wide) it is how a reader
 * keeps their bearings. The small picture is drawn once per scene and size and kept as an image; moving the frame only
 * redraws the frame.
 */
public final class DiagramOverview extends Canvas {

	private static final int MARGIN = 4;

	private final DiagramViewer viewer;
	private final Runnable viewportListener = this::redraw;
	private final SwtResources resources;
	private Image picture;
	private LaidOutScene pictured;
	private Rectangle picturedSize;
	private boolean dragging;

	/**
	 * @param parent the parent
	 * @param style  SWT style bits; {@code DOUBLE_BUFFERED} is always added
	 * @param viewer the viewer it follows and moves
	 */
	public DiagramOverview(Composite parent, int style, DiagramViewer viewer) {
		super(parent, style | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		this.viewer = viewer;
		this.resources = new SwtResources(getDisplay());
		viewer.addViewportListener(viewportListener);
		addListener(SWT.Paint, this::paint);
		addListener(SWT.MouseDown, e -> {
			dragging = e.button == 1;
			follow(e);
		});
		addListener(SWT.MouseMove, e -> {
			if (dragging) {
				follow(e);
			}
		});
		addListener(SWT.MouseUp, e -> dragging = false);
		addListener(SWT.Dispose, e -> {
			if (!viewer.isDisposed()) {
				viewer.removeViewportListener(viewportListener);
			}
			disposePicture();
			resources.dispose();
		});
	}

	/** @return drawing units to overview pixels, fitting the whole page; 0 without a scene */
	public double getScale() {
		LaidOutScene scene = viewer.getScene();
		Rectangle client = getClientArea();
		if (scene == null || client.width <= 2 * MARGIN || client.height <= 2 * MARGIN) {
			return 0;
		}
		return Math.min((client.width - 2 * MARGIN) / scene.width(), (client.height - 2 * MARGIN) / scene.height());
	}

	/**
	 * @param x overview x
	 * @param y overview y
	 * @return the drawing point shown there
	 */
	public Point toDiagram(int x, int y) {
		double s = getScale();
		return s == 0 ? new Point(0, 0) : new Point((x - MARGIN) / s, (y - MARGIN) / s);
	}

	/** @return the frame round the part the viewer shows, in overview pixels */
	public Rectangle getFrame() {
		double s = getScale();
		Bounds v = viewer.getViewport();
		return new Rectangle(MARGIN + (int) Math.round(v.x() * s), MARGIN + (int) Math.round(v.y() * s),
				(int) Math.round(v.width() * s), (int) Math.round(v.height() * s));
	}

	private void follow(Event e) {
		if (viewer.getScene() != null && getScale() > 0) {
			viewer.centreOn(toDiagram(e.x, e.y));
		}
	}

	private void paint(Event e) {
		GC gc = e.gc;
		Rectangle client = getClientArea();
		gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
		gc.fillRectangle(client);
		double s = getScale();
		LaidOutScene scene = viewer.getScene();
		if (s == 0) {
			return;
		}
		if (picture == null || pictured != scene || !client.equals(picturedSize)) {
			drawPicture(scene, s, client);
		}
		gc.drawImage(picture, 0, 0);
		Rectangle frame = getFrame();
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
		gc.setLineWidth(2);
		gc.drawRectangle(frame);
	}

	private void drawPicture(LaidOutScene scene, double s, Rectangle client) {
		disposePicture();
		picture = new Image(getDisplay(), client.width, client.height);
		pictured = scene;
		picturedSize = client;
		var gc = new GC(picture);
		var t = new Transform(getDisplay());
		try {
			gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
			gc.fillRectangle(client);
			t.translate(MARGIN, MARGIN);
			t.scale((float) s, (float) s);
			gc.setTransform(t);
			new DiagramPainter().paint(scene,
					new SwtCanvas(gc, resources).hideTextBelow(DiagramViewer.LEGIBLE_TEXT_PIXELS, s));
		} finally {
			t.dispose();
			gc.dispose();
		}
	}

	private void disposePicture() {
		if (picture != null) {
			picture.dispose();
			picture = null;
		}
	}
}
