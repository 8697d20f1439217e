package org.placewise.diagram.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placewise.diagram.kinds.DiagramKind;
import org.placewise.diagram.layout.Bounds;
import org.placewise.diagram.layout.Point;

class DiagramOverviewTest {

	private Display display;
	private Shell shell;
	private DiagramViewer viewer;
	private DiagramOverview overview;

	@BeforeEach
	void open() {
		display = Fixtures.display();
		shell = new Shell(display);
		shell.setLayout(new GridLayout(2, false));
		viewer = new DiagramViewer(shell, SWT.NONE);
		viewer.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		overview = new DiagramOverview(shell, SWT.BORDER, viewer);
		overview.setLayoutData(new GridData(200, 300));
		viewer.setScene(Fixtures.diagram(Fixtures.EXAMPLESHIRE, DiagramKind.GOVERNANCE));
		shell.setSize(700, 400);
		shell.open();
		while (display.readAndDispatch()) {
			// run pending events
		}
	}

	@AfterEach
	void close() {
		shell.dispose();
	}

	@Test
	void theFrameShowsThePartTheViewerShows() {
		viewer.setZoom(2);
		viewer.centreOn(new Point(300, 500));
		Bounds v = viewer.getViewport();
		Rectangle frame = overview.getFrame();
		Point topLeft = overview.toDiagram(frame.x, frame.y);
		assertEquals(v.x(), topLeft.x(), 1 / overview.getScale());
		assertEquals(v.y(), topLeft.y(), 1 / overview.getScale());
		assertEquals(v.width() * overview.getScale(), frame.width, 1);
	}

	@Test
	void clickingTheOverviewCentresTheViewerThere() {
		viewer.setZoom(2);
		Point target = new Point(300, 480);
		Rectangle frame = overview.getFrame();
		var e = new Event();
		e.button = 1;
		e.x = 4 + (int) Math.round(target.x() * overview.getScale());
		e.y = 4 + (int) Math.round(target.y() * overview.getScale());
		overview.notifyListeners(SWT.MouseDown, e);
		Bounds v = viewer.getViewport();
		double tolerance = 2 / overview.getScale();
		assertEquals(target.x(), v.x() + v.width() / 2, tolerance);
		assertEquals(target.y(), v.y() + v.height() / 2, tolerance);
		assertTrue(!overview.getFrame().equals(frame), "the frame did not follow");
	}
}
