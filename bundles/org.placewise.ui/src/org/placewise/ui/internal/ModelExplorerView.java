package org.placewise.ui.internal;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/**
 * The model explorer: the open Placewise model as a tree (footprints, partnerships, boards,
 * programmes, measures). Until a model is open it says how to open one.
 */
public final class ModelExplorerView extends ViewPart {

	/** The view id, as declared in plugin.xml. */
	public static final String ID = "org.placewise.ui.views.modelExplorer";

	private TreeViewer viewer;
	private Label hint;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		hint = new Label(parent, SWT.WRAP);
		hint.setText("No model is open. Open a .placewise model to see its footprints, partnerships, boards and programmes.");
		hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.setContentProvider(new NoModelContentProvider());
		viewer.setLabelProvider(new LabelProvider());
		viewer.setInput(new Object[0]);
		getSite().setSelectionProvider(viewer);
	}

	/** @return the tree viewer, for tests and for the editors that drive it */
	public TreeViewer getViewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	/** Shows the top-level elements it is given and nothing beneath them: the tree before a model is open. */
	private static final class NoModelContentProvider implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return input instanceof Object[] elements ? elements : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			return new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return false;
		}
	}
}
