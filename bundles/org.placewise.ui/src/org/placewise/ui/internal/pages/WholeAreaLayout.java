package org.placewise.ui.internal.pages;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Layout;

/**
 * The layout of a form page's body whose tables scroll their rows themselves: the page takes the editor's area and no
 * more, instead of growing to the height of every row and scrolling as a whole.
 */
public final class WholeAreaLayout extends Layout {

	@Override
	protected Point computeSize(Composite composite, int wHint, int hHint, boolean flushCache) {
		return new Point(wHint == SWT.DEFAULT ? 600 : wHint, hHint == SWT.DEFAULT ? 300 : hHint);
	}

	@Override
	protected void layout(Composite composite, boolean flushCache) {
		Rectangle area = composite.getClientArea();
		for (Control child : composite.getChildren()) {
			child.setBounds(area);
		}
	}
}
