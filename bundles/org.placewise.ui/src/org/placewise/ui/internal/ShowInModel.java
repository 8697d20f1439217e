package org.placewise.ui.internal;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/** Going to a model object from a view: selected in the Model Explorer and shown where its editor shows it. */
public final class ShowInModel {

	private ShowInModel() {
	}

	/**
	 * Shows the object in the Model Explorer and in the editors of its model (a delegation's register row).
	 *
	 * @param page    the workbench page
	 * @param context the model the object is in
	 * @param object  the object
	 */
	public static void reveal(IWorkbenchPage page, PlacewiseModelContext context, EObject object) {
		for (var reference : page.getEditorReferences()) {
			IEditorPart part = reference.getEditor(false);
			if (part instanceof PlacewiseEditor editor && editor.context() == context) {
				editor.reveal(object);
			}
		}
		try {
			IViewPart explorer = page.showView(ModelExplorerView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
			if (explorer instanceof ModelExplorerView view) {
				view.reveal(object);
			}
		} catch (PartInitException e) {
			// the explorer could not be shown: the editor shows the object all the same
		}
	}
}
