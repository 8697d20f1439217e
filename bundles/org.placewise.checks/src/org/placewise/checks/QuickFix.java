package org.placewise.checks;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * A fix the user can apply to a finding with one click; it is an ordinary EMF command, so it can be undone.
 *
 * @param <T> the rule's target type
 */
public interface QuickFix<T extends EObject> {

	/** @return what the fix does, e.g. "Set the review date to 26/11/2027" */
	String label();

	/** @return the command that fixes the finding on {@code target}; execute it on the domain's command stack */
	Command createCommand(EditingDomain domain, T target, CheckContext context);
}
