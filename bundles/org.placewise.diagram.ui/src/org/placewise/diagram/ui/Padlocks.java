package org.placewise.diagram.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;

/**
 * Draws a small padlock on each element of a diagram whose model object is marked as reserved for editing, at the top
 * right of a box or of an arrow's label (just outside it), in window pixels (the same size at every zoom).
 */
final class Padlocks {

	private static final int BODY_WIDTH = 14;
	private static final int BODY_HEIGHT = 11;
	private static final int SHACKLE = 8;

	private Padlocks() {
	}

	static void paint(GC gc, DiagramViewer viewer) {
		Color outline = gc.getDevice().getSystemColor(SWT.COLOR_BLACK);
		Color body = new Color(gc.getDevice(), 0xE8, 0xA3, 0x17);
		try {
			for (DiagramElement element : viewer.getElements()) {
				if (viewer.markOf(element) == null) {
					continue;
				}
				Rectangle r = viewer.toWindow(
						!element.isNode() && element.labelBounds() != null ? element.labelBounds() : element.bounds());
				// Just outside the top right corner, clear of the selection handles.
				int x = r.x + r.width + 4;
				int y = r.y + SHACKLE / 2;
				gc.setLineWidth(2);
				gc.setForeground(outline);
				gc.drawArc(x + 3, y - SHACKLE + 2, BODY_WIDTH - 6, SHACKLE * 2 - 2, 0, 180);
				gc.setBackground(body);
				gc.fillRectangle(x, y + 1, BODY_WIDTH, BODY_HEIGHT);
				gc.setLineWidth(1);
				gc.drawRectangle(x, y + 1, BODY_WIDTH, BODY_HEIGHT);
				gc.drawLine(x + BODY_WIDTH / 2, y + 3, x + BODY_WIDTH / 2, y + BODY_HEIGHT - 1);
			}
		} finally {
			body.dispose();
		}
	}
}
