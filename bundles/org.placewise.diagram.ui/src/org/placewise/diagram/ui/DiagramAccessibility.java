package org.placewise.diagram.ui;

import java.util.List;

import org.eclipse.swt.accessibility.ACC;
import org.eclipse.swt.accessibility.Accessible;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleControlAdapter;
import org.eclipse.swt.accessibility.AccessibleControlEvent;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.Rectangle;

/**
 * Exposes a diagram to assistive technology: the viewer is a canvas whose children are its elements in reading order
 * (child id = position), each with its name, its kind as the role description, and its findings as the description, so
 * that a screen reader says "Wigan Locality Board, board, Error: board has no quorum" as the keyboard focus reaches it.
 */
final class DiagramAccessibility {

	private final DiagramViewer viewer;
	private final Accessible accessible;
	private final Control control = new Control();
	private final Names names = new Names();

	DiagramAccessibility(DiagramViewer viewer) {
		this.viewer = viewer;
		this.accessible = viewer.getAccessible();
		accessible.addAccessibleControlListener(control);
		accessible.addAccessibleListener(names);
	}

	/** @return the control listener (package access for tests) */
	AccessibleControlAdapter control() {
		return control;
	}

	/** @return the name listener (package access for tests) */
	AccessibleAdapter names() {
		return names;
	}

	void focusChanged(int childId) {
		if (childId >= 0) {
			accessible.setFocus(childId);
		}
	}

	void selectionChanged() {
		accessible.selectionChanged();
	}

	private DiagramElement element(int childId) {
		List<DiagramElement> all = viewer.getElements();
		return childId >= 0 && childId < all.size() ? all.get(childId) : null;
	}

	private final class Control extends AccessibleControlAdapter {

		@Override
		public void getChildCount(AccessibleControlEvent e) {
			e.detail = viewer.getElements().size();
		}

		@Override
		public void getChildren(AccessibleControlEvent e) {
			int n = viewer.getElements().size();
			Object[] children = new Object[n];
			for (int i = 0; i < n; i++) {
				children[i] = Integer.valueOf(i);
			}
			e.children = children;
		}

		@Override
		public void getChildAtPoint(AccessibleControlEvent e) {
			var p = viewer.toControl(e.x, e.y);
			DiagramElement el = viewer.elementAt(p.x, p.y);
			e.childID = el == null ? ACC.CHILDID_SELF : viewer.getElements().indexOf(el);
		}

		@Override
		public void getFocus(AccessibleControlEvent e) {
			DiagramElement f = viewer.getFocusedElement();
			e.childID = !viewer.isFocusControl() ? ACC.CHILDID_NONE
					: f == null ? ACC.CHILDID_SELF : viewer.getElements().indexOf(f);
		}

		@Override
		public void getLocation(AccessibleControlEvent e) {
			DiagramElement el = element(e.childID);
			Rectangle r = el == null ? viewer.getClientArea() : viewer.toWindow(el.bounds());
			var origin = viewer.toDisplay(r.x, r.y);
			e.x = origin.x;
			e.y = origin.y;
			e.width = r.width;
			e.height = r.height;
		}

		@Override
		public void getRole(AccessibleControlEvent e) {
			DiagramElement el = element(e.childID);
			e.detail = el == null ? ACC.ROLE_CANVAS : el.isNode() ? ACC.ROLE_TREEITEM : ACC.ROLE_LINK;
		}

		@Override
		public void getState(AccessibleControlEvent e) {
			DiagramElement el = element(e.childID);
			if (el == null) {
				e.detail = ACC.STATE_FOCUSABLE | (viewer.isFocusControl() ? ACC.STATE_FOCUSED : 0);
				return;
			}
			int state = ACC.STATE_SELECTABLE | ACC.STATE_FOCUSABLE;
			if (viewer.getSelectedElements().contains(el)) {
				state |= ACC.STATE_SELECTED;
			}
			if (el == viewer.getFocusedElement() && viewer.isFocusControl()) {
				state |= ACC.STATE_FOCUSED;
			}
			e.detail = state;
		}

		@Override
		public void getValue(AccessibleControlEvent e) {
			DiagramElement el = element(e.childID);
			e.result = el == null ? null : el.type();
		}
	}

	private final class Names extends AccessibleAdapter {

		@Override
		public void getName(AccessibleEvent e) {
			DiagramElement el = element(e.childID);
			if (el == null) {
				e.result = viewer.getScene() == null ? "Diagram" : viewer.getScene().scene().title();
			} else {
				e.result = el.name() + ", " + el.type();
			}
		}

		@Override
		public void getDescription(AccessibleEvent e) {
			DiagramElement el = element(e.childID);
			if (el == null) {
				e.result = viewer.getScene() == null ? null : viewer.getScene().scene().description();
			} else {
				String findings = el.findings();
				e.result = findings.isEmpty() ? "No findings" : findings;
			}
		}

		@Override
		public void getHelp(AccessibleEvent e) {
			e.result = element(e.childID) == null
					? "Tab and arrow keys move between elements, Enter opens one, Ctrl+= and Ctrl+- zoom"
					: null;
		}
	}
}
