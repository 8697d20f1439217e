package org.placewise.diagram.ui;

import java.util.List;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

/**
 * Runs the SWT event loop of a test for a while without ever blocking in {@link Display#sleep()}: a timer meant to wake
 * a sleeping loop can fire while the loop is still dispatching, and the sleep that follows then waits for an event that
 * never comes. It waits for events; it measures nothing.
 */
final class EventLoop {

	private EventLoop() {
	}

	/**
	 * Dispatches events for about the given time.
	 *
	 * @param display the test's display
	 * @param millis  how long to keep dispatching
	 */
	static void run(Display display, long millis) {
		long end = System.nanoTime() + millis * 1_000_000L;
		while (System.nanoTime() < end) {
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(1);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	/**
	 * Runs the event loop until paints have come and a few rounds pass without another.
	 *
	 * @param display the test's display
	 * @param painted the areas a paint listener records, growing while paints come
	 */
	static void paintUntilIdle(Display display, List<Rectangle> painted) {
		int quiet = 0;
		int seen = -1;
		for (int round = 0; round < 200 && quiet < 10; round++) {
			run(display, 10);
			quiet = painted.size() == seen ? quiet + 1 : 0;
			seen = painted.size();
		}
	}
}
