package org.placewise.ui.internal.approvals;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.placewise.model.governance.DecisionArea;
import org.placewise.model.governance.Delegation;

/**
 * Model > Who Can Approve... (Ctrl+Alt+A, and the Model Explorer's context menu): shows the Who Can Approve view and,
 * when a decision area is selected (or a delegation covering one), asks about it at once.
 */
public final class WhoCanApproveHandler extends AbstractHandler {

	/** The command id, as declared in plugin.xml. */
	public static final String COMMAND = "org.placewise.ui.commands.whoCanApprove";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		DecisionArea selected = decisionArea(HandlerUtil.getCurrentSelection(event));
		try {
			WhoCanApproveView view = (WhoCanApproveView) HandlerUtil.getActiveWorkbenchWindowChecked(event)
					.getActivePage().showView(WhoCanApproveView.ID);
			if (selected != null) {
				view.ask(selected);
			}
		} catch (PartInitException e) {
			throw new ExecutionException("The Who Can Approve view could not be shown", e);
		}
		return null;
	}

	private static DecisionArea decisionArea(ISelection selection) {
		if (selection instanceof IStructuredSelection structured) {
			Object first = structured.getFirstElement();
			if (first instanceof DecisionArea area) {
				return area;
			}
			if (first instanceof Delegation delegation && !delegation.getDecisionAreas().isEmpty()) {
				return delegation.getDecisionAreas().get(0);
			}
		}
		return null;
	}
}
