package org.placewise.ui.internal;

import java.util.function.Consumer;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;

/**
 * Lets a view follow the active editor, the way the Outline and Properties views do: whenever the page's active editor
 * changes (activated, brought to top, opened, closed), the view is told the {@link PlacewiseModelContext} that editor
 * adapts to, or {@code null} when no model editor is open. The model that was replaced (Revert, reload from disk) is
 * told again.
 */
public final class ActiveModelTracker implements IPartListener2, PlacewiseModelContext.Listener {
	private final IWorkbenchPage page;
	private final Consumer<PlacewiseModelContext> show;
	private PlacewiseModelContext current;

	/**
	 * Starts tracking and tells {@code show} the current model at once.
	 *
	 * @param page the view's page
	 * @param show called on the UI thread with the model to show, or {@code null}
	 */
	public ActiveModelTracker(IWorkbenchPage page, Consumer<PlacewiseModelContext> show) {
		this.page = page;
		this.show = show;
		page.addPartListener(this);
		update(true);
	}

	/** @return the model shown, or {@code null} */
	public PlacewiseModelContext current() {
		return current;
	}

	/** @return the model of the page's active editor, or {@code null} */
	public static PlacewiseModelContext of(IWorkbenchPage page) {
		IEditorPart editor = page == null ? null : page.getActiveEditor();
		return editor == null ? null : editor.getAdapter(PlacewiseModelContext.class);
	}

	private void update(boolean always) {
		PlacewiseModelContext active = of(page);
		// a closed editor's model is disposed: forget it even if the page still names its editor
		if (active != current || always) {
			if (current != null) {
				current.removeListener(this);
			}
			current = active;
			if (current != null) {
				current.addListener(this);
			}
			show.accept(current);
		}
	}

	@Override
	public void modelReplaced(PlacewiseModelContext context) {
		show.accept(context);
	}

	private void partChanged(IWorkbenchPartReference reference) {
		IWorkbenchPart part = reference.getPart(false);
		if (part instanceof IEditorPart) {
			update(false);
		}
	}

	@Override
	public void partActivated(IWorkbenchPartReference reference) {
		partChanged(reference);
	}

	@Override
	public void partBroughtToTop(IWorkbenchPartReference reference) {
		partChanged(reference);
	}

	@Override
	public void partOpened(IWorkbenchPartReference reference) {
		partChanged(reference);
	}

	@Override
	public void partClosed(IWorkbenchPartReference reference) {
		partChanged(reference);
		if (current != null && of(page) == null) {
			update(false);
		}
	}

	@Override
	public void partInputChanged(IWorkbenchPartReference reference) {
		partChanged(reference);
	}

	/** Stops tracking. */
	public void dispose() {
		page.removePartListener(this);
		if (current != null) {
			current.removeListener(this);
		}
		current = null;
	}
}
