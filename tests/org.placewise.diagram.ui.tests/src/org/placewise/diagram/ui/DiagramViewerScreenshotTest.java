package org.placewise.diagram.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.placewise.diagram.kinds.DiagramKind;

/**
 * Opens the viewer in a Shell, selects a delegation, hovers over a board with findings and takes a screenshot of the
 * screen (target/screenshots/diagram-viewer.png, for docs/images). The screenshot must show the selection handles where
 * the selected edge is.
 */
class DiagramViewerScreenshotTest {

	@Test
	void screenshotShowsTheSelectionHandles() throws Exception {
		Display display = Fixtures.display();
		var shell = new Shell(display);
		try {
			shell.setText("Placewise diagram");
			shell.setLayout(new FillLayout());
			var viewer = new DiagramViewer(shell, SWT.NONE);
			viewer.setScene(Fixtures.diagram(Fixtures.EXAMPLESHIRE, DiagramKind.GOVERNANCE));
			shell.setBounds(0, 0, 720, 760);
			shell.open();
			viewer.setFocus();
			spin(display, 20);
			DiagramElement delegation = viewer.getElements().stream()
					.filter(e -> !e.isNode() && e.labelBounds() != null && !e.badges().isEmpty()).findFirst()
					.orElseThrow();
			viewer.setSelection(new StructuredSelection(delegation.objectId()));
			DiagramElement board = viewer.getElements().stream().filter(e -> e.isNode() && !e.badges().isEmpty())
					.reduce((a, b) -> b).orElseThrow();
			var hover = viewer.toDisplay(viewer.toWindow(board.centre()));
			for (int dx : new int[] { -40, -20, 0 }) {
				var move = new Event();
				move.type = SWT.MouseMove;
				move.x = hover.x + dx;
				move.y = hover.y;
				display.post(move);
				spin(display, 5);
			}
			// The tooltip appears after the desktop's hover delay; this waits for it, it measures nothing.
			spin(display, 150);
			Rectangle area = shell.getBounds();
			var image = new Image(display, area.width, area.height);
			var gc = new GC(display);
			try {
				gc.copyArea(image, area.x, area.y);
			} finally {
				gc.dispose();
			}
			ImageData data = image.getImageData();
			image.dispose();
			Path out = Path.of("target", "screenshots", "diagram-viewer.png");
			Files.createDirectories(out.getParent());
			var loader = new ImageLoader();
			loader.data = new ImageData[] { data };
			loader.save(out.toString(), SWT.IMAGE_PNG);

			RGB accent = display.getSystemColor(SWT.COLOR_LIST_SELECTION).getRGB();
			var tip = viewer.toControl(viewer.toDisplay(viewer.toWindow(delegation.route().get(0))));
			var onScreen = viewer.toDisplay(tip);
			int x0 = onScreen.x - area.x;
			int y0 = onScreen.y - area.y;
			boolean handle = false;
			for (int y = y0 - 4; y <= y0 + 4 && !handle; y++) {
				for (int x = x0 - 4; x <= x0 + 4 && !handle; x++) {
					handle = data.palette.getRGB(data.getPixel(x, y)).equals(accent);
				}
			}
			assertTrue(handle,
					"no selection handle at the start of " + delegation.id() + " in " + out.toAbsolutePath());
			System.out.println("Tooltip when the screenshot was taken: " + viewer.getToolTipText());
			assertTrue(List.of(delegation).equals(viewer.getSelectedElements()));
		} finally {
			shell.dispose();
		}
	}

	@Test
	void overviewScreenshotShowsTheFrameWhereTheViewerIs() throws Exception {
		Display display = Fixtures.display();
		var shell = new Shell(display);
		try {
			shell.setLayout(new org.eclipse.swt.layout.GridLayout(2, false));
			var viewer = new DiagramViewer(shell, SWT.NONE);
			viewer.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.FILL, true, true));
			var overview = new DiagramOverview(shell, SWT.BORDER, viewer);
			overview.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.FILL, false, true));
			((org.eclipse.swt.layout.GridData) overview.getLayoutData()).widthHint = 300;
			viewer.setScene(Fixtures.diagram(Fixtures.GREATER_MANCHESTER, DiagramKind.SYSTEMS));
			shell.setBounds(0, 0, 1200, 620);
			shell.open();
			spin(display, 10);
			viewer.setZoom(1);
			DiagramElement wigan = viewer.getElements().stream().filter(e -> e.isNode() && e.depth() == 2)
					.findFirst().orElseThrow();
			viewer.setSelection(new StructuredSelection(wigan.id()));
			viewer.centreOn(wigan.centre());
			spin(display, 20);
			Rectangle area = shell.getBounds();
			var image = new Image(display, area.width, area.height);
			var gc = new GC(display);
			try {
				gc.copyArea(image, area.x, area.y);
			} finally {
				gc.dispose();
			}
			ImageData data = image.getImageData();
			image.dispose();
			Path out = Path.of("target", "screenshots", "diagram-overview.png");
			Files.createDirectories(out.getParent());
			var loader = new ImageLoader();
			loader.data = new ImageData[] { data };
			loader.save(out.toString(), SWT.IMAGE_PNG);

			RGB accent = display.getSystemColor(SWT.COLOR_LIST_SELECTION).getRGB();
			Rectangle frame = overview.getFrame();
			var corner = overview.toDisplay(frame.x + frame.width / 2, frame.y);
			boolean drawn = false;
			for (int dy = -2; dy <= 2 && !drawn; dy++) {
				drawn = data.palette.getRGB(data.getPixel(corner.x - area.x, corner.y - area.y + dy)).equals(accent);
			}
			assertTrue(drawn, "no overview frame at " + frame + " in " + out.toAbsolutePath());
		} finally {
			shell.dispose();
		}
	}

	private static void spin(Display display, int rounds) {
		EventLoop.run(display, rounds * 10L);
	}
}
