package org.placewise.ui.internal.wizards;

import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.wizard.Wizard;
import org.placewise.checks.Checker;
import org.placewise.model.core.PlacewiseModel;

/**
 * New delegation: delegator and delegate chosen from the model's decision makers, limit, scope, legal basis, reserved
 * matters and escalation, with the check catalogue's findings on the draft shown while typing (for example a limit
 * above the delegator's own). Finish executes one compound command on the editing domain, so one Undo removes the
 * delegation.
 */
public final class NewDelegationWizard extends Wizard {

	private final EditingDomain domain;
	private final PlacewiseModel model;
	private final Checker checker;
	private NewDelegationPage page;
	private Command executed;

	/**
	 * @param domain the model's editing domain
	 * @param model  the model the delegation is added to
	 */
	public NewDelegationWizard(EditingDomain domain, PlacewiseModel model) {
		this(domain, model, Checker.placewise());
	}

	/**
	 * @param domain  the model's editing domain
	 * @param model   the model the delegation is added to
	 * @param checker the catalogue and profile whose findings are shown (the editor's own)
	 */
	public NewDelegationWizard(EditingDomain domain, PlacewiseModel model, Checker checker) {
		this.domain = Objects.requireNonNull(domain);
		this.model = Objects.requireNonNull(model);
		this.checker = Objects.requireNonNull(checker);
		setWindowTitle("New Delegation");
	}

	@Override
	public void addPages() {
		page = new NewDelegationPage(model, new DelegationDraft.Check(model, checker));
		addPage(page);
	}

	/** @return the page */
	public NewDelegationPage page() {
		return page;
	}

	/** @return the command Finish executed, or {@code null} before */
	public Command executedCommand() {
		return executed;
	}

	@Override
	public boolean performFinish() {
		DelegationDraft draft = page.draft();
		if (draft == null) {
			return false;
		}
		Command add = draft.command(domain, model);
		if (!add.canExecute()) {
			page.setErrorMessage("The delegation cannot be added to this model.");
			return false;
		}
		domain.getCommandStack().execute(add);
		executed = add;
		return true;
	}
}
