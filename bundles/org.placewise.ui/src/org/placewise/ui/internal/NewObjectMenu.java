package org.placewise.ui.internal;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;

/**
 * Edit > New Child and Edit > New Sibling: the same child descriptors as the explorer's context menu, for the object
 * selected in the active part of the active model.
 */
public abstract class NewObjectMenu extends CompoundContributionItem {
	private final boolean sibling;

	NewObjectMenu(boolean sibling) {
		this.sibling = sibling;
	}

	@Override
	protected IContributionItem[] getContributionItems() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		PlacewiseModelContext context = window == null ? null : ActiveModelTracker.of(window.getActivePage());
		if (context == null) {
			return new IContributionItem[0];
		}
		ISelection selection = window.getSelectionService().getSelection();
		Object first = selection instanceof IStructuredSelection structured ? structured.getFirstElement() : null;
		if (!(first instanceof EObject owner) || owner.eResource() != context.model().eResource()) {
			return new IContributionItem[0];
		}
		List<IAction> actions = ModelEditing.newObjectActions(context, owner, sibling,
				created -> {
					var part = window.getActivePage().getActivePart();
					if (part != null && part.getSite().getSelectionProvider() != null) {
						part.getSite().getSelectionProvider().setSelection(new StructuredSelection(created));
					}
				});
		return actions.stream().map(ActionContributionItem::new).toArray(IContributionItem[]::new);
	}

	/** Edit > New Child. */
	public static final class Child extends NewObjectMenu {
		public Child() {
			super(false);
		}
	}

	/** Edit > New Sibling. */
	public static final class Sibling extends NewObjectMenu {
		public Sibling() {
			super(true);
		}
	}
}
