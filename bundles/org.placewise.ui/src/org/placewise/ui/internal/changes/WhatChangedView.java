package org.placewise.ui.internal.changes;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.part.ViewPart;
import org.placewise.model.edit.label.ChangeList;
import org.placewise.model.query.ModelChanges.Kind;
import org.placewise.ui.internal.PlacewiseEditor;
import org.placewise.ui.internal.ShowInModel;

/**
 * What changed in the scheme of delegation, boards and measures, as {@link ChangeList} words it for the CLI and the
 * pack: the two versions compared and a summary above a tree grouped by area, each changed object with its values
 * beneath. Double-clicking an object selects it in the editor and the Model Explorer; Copy as Text puts the whole list
 * on the clipboard, as {@code placewise changes} prints it.
 */
public final class WhatChangedView extends ViewPart {

	/** The view's id. */
	public static final String ID = "org.placewise.ui.views.whatChanged";

	private Label heading;
	private Label summary;
	private TreeViewer viewer;
	private ChangeList list;
	private PlacewiseEditor editor;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		heading = new Label(parent, SWT.WRAP);
		heading.setText("Choose Model > What Changed... to compare the model being edited with an earlier version.");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
		summary = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		viewer = new TreeViewer(parent, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		viewer.setContentProvider(new Content());
		viewer.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text(element);
			}
		});
		viewer.addDoubleClickListener(e -> {
			if (e.getSelection() instanceof IStructuredSelection selection
					&& selection.getFirstElement() instanceof ChangeList.Entry entry) {
				reveal(entry);
			}
		});
		Action copy = new Action("Copy as Text") {
			@Override
			public void run() {
				copyAsText();
			}
		};
		copy.setToolTipText("Copy the whole change list as text, as 'placewise changes' prints it");
		getViewSite().getActionBars().getToolBarManager().add(copy);
		getViewSite().getActionBars().getMenuManager().add(copy);
		getViewSite().getActionBars().updateActionBars();
	}

	/**
	 * Shows a change list.
	 *
	 * @param changes the list
	 * @param of      the editor of the model as it is now, where double-clicked objects are selected
	 */
	public void show(ChangeList changes, PlacewiseEditor of) {
		this.list = changes;
		this.editor = of;
		heading.setText(changes.heading());
		summary.setText(changes.none() ? "No changes in the scheme of delegation, boards or measures."
				: changes.summary());
		viewer.setInput(changes);
		viewer.expandToLevel(2);
		heading.getParent().layout(true, true);
	}

	/** @return the list shown, or {@code null} */
	public ChangeList list() {
		return list;
	}

	/** @return the tree, for tests */
	public TreeViewer viewer() {
		return viewer;
	}

	/** Puts the whole list on the clipboard as text. */
	public void copyAsText() {
		if (list == null) {
			return;
		}
		Clipboard clipboard = new Clipboard(viewer.getControl().getDisplay());
		try {
			clipboard.setContents(new Object[] { list.text() }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}

	/**
	 * Selects an entry's object in the editor and the Model Explorer; the list was worked out from a copy, so the
	 * object is found by its id. A removed object is in neither.
	 *
	 * @param entry an entry of the list
	 * @return the object selected, or {@code null} when the model being edited no longer has it
	 */
	public EObject reveal(ChangeList.Entry entry) {
		if (editor == null || editor.context() == null || entry.kind() == Kind.REMOVED) {
			setContentDescription(entry.kind() == Kind.REMOVED ? "Removed objects are only in the earlier version."
					: "");
			return null;
		}
		EObject target = find(EcoreUtil.getID(entry.object()));
		if (target == null) {
			setContentDescription("The model being edited no longer has " + entry.subject() + ".");
			return null;
		}
		setContentDescription("");
		IWorkbenchPage page = getSite().getPage();
		page.activate(editor);
		ShowInModel.reveal(page, editor.context(), target);
		return target;
	}

	private EObject find(String id) {
		if (id == null) {
			return null;
		}
		for (var all = editor.context().model().eAllContents(); all.hasNext();) {
			EObject object = all.next();
			if (id.equals(EcoreUtil.getID(object))) {
				return object;
			}
		}
		return null;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	/** Groups, then their entries, then the entries' values. */
	private static final class Content implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return input instanceof ChangeList changes ? changes.groups().toArray() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			if (parent instanceof ChangeList.Group group) {
				return group.entries().toArray();
			}
			if (parent instanceof ChangeList.Entry entry) {
				return entry.values().toArray();
			}
			return new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return getChildren(element).length > 0;
		}
	}

	/** @return a tree row's words: the area and how many entries, an entry's line, a value's line */
	static String text(Object element) {
		if (element instanceof ChangeList.Group group) {
			List<ChangeList.Entry> entries = group.entries();
			return group.title() + " (" + entries.size() + ")";
		}
		if (element instanceof ChangeList.Entry entry) {
			return entry.line();
		}
		if (element instanceof ChangeList.Value value) {
			return value.line();
		}
		return String.valueOf(element);
	}
}
