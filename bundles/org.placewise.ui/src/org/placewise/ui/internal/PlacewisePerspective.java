package org.placewise.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The Placewise perspective: the model explorer on the left, editors in the middle, properties below. */
public final class PlacewisePerspective implements IPerspectiveFactory {

	/** The perspective id, as declared in plugin.xml. */
	public static final String ID = "org.placewise.ui.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(true);
		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.28f, editorArea);
		left.addView(ModelExplorerView.ID);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.62f, editorArea);
		bottom.addView(FindingsView.ID);
		IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.45f, editorArea);
		right.addView(IPageLayout.ID_PROP_SHEET);
		layout.getViewLayout(ModelExplorerView.ID).setCloseable(false);
	}
}
