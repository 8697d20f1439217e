package org.placewise.ui.tests;

import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;

/** A wizard dialog a test opens without blocking and finishes as the Finish button does. */
final class TestWizardDialog extends WizardDialog {

	TestWizardDialog(IWizard wizard) {
		super(Display.getCurrent().getActiveShell(), wizard);
		setBlockOnOpen(false);
	}

	/** Presses Finish: runs the wizard's finish and closes the dialog when it succeeds. */
	void pressFinish() {
		finishPressed();
	}

	boolean finishEnabled() {
		return getButton(org.eclipse.jface.dialogs.IDialogConstants.FINISH_ID).isEnabled();
	}
}
