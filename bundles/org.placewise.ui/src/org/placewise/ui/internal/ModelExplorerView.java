package org.placewise.ui.internal;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

/**
 * The model explorer: the open Placewise model as a tree (footprints, organisations,
 * partnerships, boards, delegations, outcomes, programmes, measures), with labels a governance
 * professional reads ("Delegation: ICB Board → Place Committee, £5,000,000"). The selected
 * object's properties show in the Properties view, where they can be edited (with undo).
 */
public final class ModelExplorerView extends ViewPart implements ModelSession.Listener {

	/** The view id, as declared in plugin.xml. */
	public static final String ID = "org.placewise.ui.views.modelExplorer";

	private final ModelSession session = ModelSession.get();
	private final CommandStackListener refresher = event -> refreshLater();
	private TreeViewer viewer;
	private Label hint;
	private PropertySheetPage propertySheet;

	@Override
	public void createPartControl(Composite parent) {
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		parent.setLayout(layout);
		hint = new Label(parent, SWT.WRAP);
		hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.setContentProvider(new ItemProviderContent.Tree(session.adapterFactory()));
		viewer.setLabelProvider(new ItemProviderContent.Labels(session.adapterFactory()));
		viewer.addDoubleClickListener(event -> {
			Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
			viewer.setExpandedState(element, !viewer.getExpandedState(element));
		});
		getSite().setSelectionProvider(viewer);
		session.addListener(this);
		show();
	}

	@Override
	public void modelOpened(ModelSession opened) {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.getControl().getDisplay().asyncExec(this::show);
		}
	}

	private void show() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		session.domain().getCommandStack().removeCommandStackListener(refresher);
		if (session.model() == null) {
			hint.setText("No model is open. Use File > Open Model... to open a .placewise model and see its "
					+ "footprints, partnerships, boards and programmes.");
			viewer.setInput(new Object[0]);
		} else {
			hint.setText(session.file().getFileName().toString());
			viewer.setInput(new Object[] { session.model() });
			viewer.expandToLevel(3);
			session.domain().getCommandStack().addCommandStackListener(refresher);
		}
		hint.getParent().layout(true);
	}

	private void refreshLater() {
		viewer.getControl().getDisplay().asyncExec(() -> {
			if (!viewer.getControl().isDisposed()) {
				viewer.refresh(true);
				if (propertySheet != null && !propertySheet.getControl().isDisposed()) {
					propertySheet.refresh();
				}
			}
		});
	}

	/** @return the tree viewer, for tests and for the editors that drive it */
	public TreeViewer getViewer() {
		return viewer;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			if (propertySheet == null) {
				propertySheet = new PropertySheetPage();
				propertySheet.setPropertySourceProvider(object -> new ModelPropertySource(object, session.adapterFactory()));
			}
			return adapter.cast(propertySheet);
		}
		return super.getAdapter(adapter);
	}

	/** Selects and reveals a model object, e.g. from a finding. */
	public void reveal(Object object) {
		viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(object), true);
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		session.removeListener(this);
		session.domain().getCommandStack().removeCommandStackListener(refresher);
		super.dispose();
	}

}
