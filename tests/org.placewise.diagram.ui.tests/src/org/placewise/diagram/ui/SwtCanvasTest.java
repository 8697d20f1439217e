package org.placewise.diagram.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.placewise.diagram.kinds.DiagramKind;
import org.placewise.diagram.layout.Bounds;
import org.placewise.diagram.layout.LaidOutScene;
import org.placewise.diagram.layout.PlacedBadge;
import org.placewise.diagram.layout.PlacedEdge;
import org.placewise.diagram.layout.PlacedNode;
import org.placewise.diagram.layout.TextLine;
import org.placewise.diagram.render.DiagramPainter;
import org.placewise.diagram.render.png.PngRenderer;
import org.placewise.diagram.scene.Colour;

class SwtCanvasTest {

	private static Display display;
	private static LaidOutScene governance;

	@BeforeAll
	static void setUp() {
		display = Fixtures.display();
		governance = Fixtures.diagram(Fixtures.EXAMPLESHIRE, DiagramKind.GOVERNANCE);
	}

	/** Draws the scene through SwtCanvas into an image of the scene's size. */
	private static ImageData drawSwt(LaidOutScene scene) {
		int w = (int) Math.ceil(scene.width());
		int h = (int) Math.ceil(scene.height());
		var image = new Image(display, w, h);
		var gc = new GC(image);
		try (var canvas = new SwtCanvas(gc)) {
			new DiagramPainter().paint(scene, canvas);
		} finally {
			gc.dispose();
		}
		ImageData data = image.getImageData();
		image.dispose();
		return data;
	}

	private static RGB rgb(ImageData data, int x, int y) {
		PaletteData p = data.palette;
		return p.getRGB(data.getPixel(x, y));
	}

	private static boolean near(RGB a, int r, int g, int b, int tolerance) {
		return Math.abs(a.red - r) <= tolerance && Math.abs(a.green - g) <= tolerance
				&& Math.abs(a.blue - b) <= tolerance;
	}

	/** Text areas, where font rasterisers differ; everything else must agree. */
	private static List<Bounds> textAreas(LaidOutScene scene) {
		var areas = new ArrayList<Bounds>();
		var lines = new ArrayList<TextLine>(scene.header());
		var badges = new ArrayList<PlacedBadge>();
		for (PlacedNode n : scene.nodes()) {
			lines.addAll(n.lines());
			badges.addAll(n.badges());
		}
		for (PlacedEdge e : scene.edges()) {
			lines.addAll(e.labels());
			badges.addAll(e.badges());
		}
		for (TextLine t : lines) {
			Bounds b = t.bounds();
			areas.add(new Bounds(b.x() - 3, b.y() - 3, b.width() + 6, b.height() + 6));
		}
		for (PlacedBadge b : badges) {
			areas.add(b.bounds());
		}
		if (scene.legend() != null) {
			areas.add(scene.legend().bounds());
		}
		return areas;
	}

	@Test
	void nodeFillsAgreeWithThePngRenderer() {
		ImageData swt = drawSwt(governance);
		BufferedImage png = new PngRenderer().renderImage(governance);
		assertEquals(png.getWidth(), swt.width);
		assertEquals(png.getHeight(), swt.height);
		int checked = 0;
		for (PlacedNode n : governance.nodes()) {
			if (n.isContainer()) {
				continue;
			}
			// Just inside the left border, half way down: fill, not text or outline.
			Bounds b = n.bounds();
			int x = (int) Math.round(b.x() + 4);
			int y = (int) Math.round(b.y() + b.height() / 2);
			Colour fill = n.style().fill();
			assertTrue(near(rgb(swt, x, y), fill.red(), fill.green(), fill.blue(), 2),
					() -> n.node().id() + " in SWT is " + rgb(swt, x, y) + ", fill " + fill.toHex());
			int argb = png.getRGB(x, y);
			assertTrue(near(rgb(swt, x, y), argb >> 16 & 0xff, argb >> 8 & 0xff, argb & 0xff, 2));
			checked++;
		}
		assertTrue(checked > 3, "too few leaf nodes checked: " + checked);
	}

	@Test
	void pixelsOutsideTextAgreeWithThePngRenderer() {
		ImageData swt = drawSwt(governance);
		BufferedImage png = new PngRenderer().renderImage(governance);
		List<Bounds> text = textAreas(governance);
		long compared = 0;
		long agreeing = 0;
		for (int y = 0; y < swt.height; y += 2) {
			for (int x = 0; x < swt.width; x += 2) {
				final int px = x;
				final int py = y;
				if (text.stream().anyMatch(b -> px >= b.x() && px <= b.right() && py >= b.y() && py <= b.bottom())) {
					continue;
				}
				compared++;
				int argb = png.getRGB(x, y);
				// Antialiased edges differ by rasteriser; a pixel agrees within a small tolerance.
				if (near(rgb(swt, x, y), argb >> 16 & 0xff, argb >> 8 & 0xff, argb & 0xff, 6)) {
					agreeing++;
				}
			}
		}
		double share = agreeing / (double) compared;
		// Cairo and Java2D antialias outlines and dashes differently; fills and geometry agree.
		assertTrue(share > 0.97, "only " + share + " of " + compared + " pixels agree with the PNG renderer");
	}

	@Test
	void drawingLeavesNoSwtResourcesBehind() {
		int before = display.getDeviceData().objects.length;
		var image = new Image(display, 400, 300);
		var gc = new GC(image);
		var zoom = new Transform(display);
		zoom.scale(0.5f, 0.5f);
		gc.setTransform(zoom);
		try (var canvas = new SwtCanvas(gc)) {
			new DiagramPainter().paint(governance, canvas);
		} finally {
			zoom.dispose();
			gc.dispose();
			image.dispose();
		}
		assertEquals(before, display.getDeviceData().objects.length, "SWT objects left after drawing");
	}

	@Test
	void sharedResourcesCreateEachColourOnce() {
		var resources = new SwtResources(display);
		var image = new Image(display, 400, 300);
		var gc = new GC(image);
		try {
			new DiagramPainter().paint(governance, new SwtCanvas(gc, resources));
			int colours = resources.colourCount();
			int objects = display.getDeviceData().objects.length;
			new DiagramPainter().paint(governance, new SwtCanvas(gc, resources));
			assertEquals(colours, resources.colourCount());
			assertEquals(objects, display.getDeviceData().objects.length);
		} finally {
			gc.dispose();
			image.dispose();
			resources.dispose();
		}
	}

	@Test
	void onlyWhatMeetsTheVisibleRegionIsDrawn() {
		var image = new Image(display, 400, 300);
		var gc = new GC(image);
		try {
			var all = new SwtCanvas(gc);
			new DiagramPainter().paint(governance, all);
			all.close();
			Bounds first = governance.nodes().get(0).bounds();
			var part = new SwtCanvas(gc).visible(new Bounds(first.x(), first.y(), 20, 20));
			new DiagramPainter().paint(governance, part);
			part.close();
			assertEquals(0, all.skippedCount());
			assertTrue(part.drawnCount() > 0);
			assertTrue(part.drawnCount() * 4 < all.drawnCount(),
					part.drawnCount() + " of " + all.drawnCount() + " drawn for a 20-pixel region");
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	@Test
	void textTooSmallToReadIsSkippedWhenZoomedOut() {
		var image = new Image(display, 100, 100);
		var gc = new GC(image);
		try {
			var near = new SwtCanvas(gc).hideTextBelow(DiagramViewer.LEGIBLE_TEXT_PIXELS, 1);
			new DiagramPainter().paint(governance, near);
			near.close();
			var far = new SwtCanvas(gc).hideTextBelow(DiagramViewer.LEGIBLE_TEXT_PIXELS, 0.1);
			new DiagramPainter().paint(governance, far);
			far.close();
			long lines = governance.nodes().stream().mapToLong(n -> n.lines().size()).sum();
			assertEquals(0, near.skippedCount());
			assertTrue(far.skippedCount() >= lines, far.skippedCount() + " skipped, " + lines + " node lines");
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
