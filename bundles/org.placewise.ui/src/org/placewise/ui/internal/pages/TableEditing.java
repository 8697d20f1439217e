package org.placewise.ui.internal.pages;

import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerEditor;
import org.eclipse.jface.viewers.TreeViewerFocusCellManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.widgets.Control;

/**
 * How every table of the editor is edited from the keyboard: the arrow keys move a focus cell, Enter or F2 edits it,
 * Tab moves to the next cell (and on to the next row), a double-click edits too. Shared by the delegation register and
 * the form pages, so that all tables behave alike.
 */
public final class TableEditing {

	private TableEditing() {
	}

	/** Lets the cells of a table be edited from the keyboard as described above. */
	public static void enableKeyboardEditing(TableViewer viewer) {
		TableViewerFocusCellManager focus = new TableViewerFocusCellManager(viewer,
				new FocusCellOwnerDrawHighlighter(viewer));
		TableViewerEditor.create(viewer, focus, activation(viewer), features());
	}

	/** Lets the cells of a tree be edited from the keyboard, like a table's. */
	public static void enableKeyboardEditing(TreeViewer viewer) {
		TreeViewerFocusCellManager focus = new TreeViewerFocusCellManager(viewer,
				new FocusCellOwnerDrawHighlighter(viewer));
		TreeViewerEditor.create(viewer, focus, activation(viewer), features());
	}

	private static int features() {
		return ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR
				| ColumnViewerEditor.KEYBOARD_ACTIVATION;
	}

	private static ColumnViewerEditorActivationStrategy activation(
			org.eclipse.jface.viewers.ColumnViewer viewer) {
		return new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
				return event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
						|| event.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
						|| event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
						|| event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED
								&& (event.keyCode == SWT.CR || event.keyCode == SWT.F2);
			}
		};
	}

	/** Gives a control the name a screen reader announces (for controls without a label of their own). */
	public static void accessibleName(Control control, String name) {
		control.getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent event) {
				if (event.childID == org.eclipse.swt.accessibility.ACC.CHILDID_SELF) {
					event.result = name;
				}
			}
		});
	}
}
