package org.placewise.checks.rules;

import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.placewise.checks.CheckContext;
import org.placewise.checks.QuickFix;

/**
 * The quick fix of every "review date missing or past" rule: set the review date a year after the as-of date, so the
 * item is back on the forward plan rather than forgotten.
 *
 * @param <T> the rule's target type
 */
public final class ReviewDateFix<T extends EObject> implements QuickFix<T> {
	private final Function<T, EObject> owner;
	private final EStructuralFeature reviewDate;

	/**
	 * @param owner      from the finding's target to the object holding the review date
	 * @param reviewDate the review-date attribute
	 */
	public ReviewDateFix(Function<T, EObject> owner, EStructuralFeature reviewDate) {
		this.owner = owner;
		this.reviewDate = reviewDate;
	}

	@Override
	public String label() {
		return "Set the review date to one year after the as-of date";
	}

	@Override
	public Command createCommand(EditingDomain domain, T target, CheckContext context) {
		CompoundCommand fix = new CompoundCommand(
				"Set the review date to " + Figures.date(context.asOf().plusYears(1)));
		fix.append(SetCommand.create(domain, owner.apply(target), reviewDate, context.asOf().plusYears(1)));
		return fix;
	}
}
