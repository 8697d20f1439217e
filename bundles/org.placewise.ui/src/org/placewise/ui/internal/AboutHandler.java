package org.placewise.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.osgi.framework.FrameworkUtil;

/** Help > About Placewise: what this is and which version is running. */
public final class AboutHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "About Placewise", aboutText());
		return null;
	}

	/** @return the text of the About dialog, including the running version */
	public static String aboutText() {
		return "Placewise " + FrameworkUtil.getBundle(AboutHandler.class).getVersion() + "\n\n"
				+ "Place-based partnership governance and programme management for English health and care:\n"
				+ "footprints, partnerships, boards, delegations, outcomes, programmes and the measures that matter.";
	}
}
