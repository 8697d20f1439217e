package org.placewise.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The Placewise perspective: the model explorer on the left, the diagram in the middle above the model editors,
 * properties on the right and findings below.
 */
public final class PlacewisePerspective implements IPerspectiveFactory {

	/** The perspective id, as declared in plugin.xml. */
	public static final String ID = "org.placewise.ui.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		// the model editors (one per open model) sit below the diagram, which shows the active one
		layout.setEditorAreaVisible(true);
		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.24f, editorArea);
		left.addView(ModelExplorerView.ID);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.7f, editorArea);
		bottom.addView(FindingsView.ID);
		IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.72f, editorArea);
		right.addView(IPageLayout.ID_PROP_SHEET);
		IFolderLayout centre = layout.createFolder("centre", IPageLayout.TOP, 0.7f, editorArea);
		centre.addView(DiagramView.ID);
		centre.addView(org.placewise.ui.internal.views.SpcChartView.ID);
		layout.getViewLayout(ModelExplorerView.ID).setCloseable(false);
	}
}
