package org.placewise.checks.rules.delegation;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.QuickFix;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.EscalationRule;
import org.placewise.model.governance.GovernanceFactory;
import org.placewise.model.governance.GovernancePackage;

/** A delegation that says nothing about what goes back up. */
public final class NoEscalationRule extends CheckRule<Delegation> {

	public NoEscalationRule() {
		super(Delegation.class, GovernancePackage.Literals.DELEGATION, "delegation.no-escalation-rule",
				Severity.WARNING,
				"Delegation with no escalation rule",
				"Decisions above a value or a level of risk go back to the delegator; without an escalation rule the "
						+ "delegate decides everything it can read its scope to cover (King's Fund, place-based systems of "
						+ "care; HFMA roundtables on place-level finance).");
	}

	@Override
	public void check(Delegation delegation, CheckContext context) {
		if (delegation.getEscalationRule() == null) {
			context.report(delegation,
					String.format("Delegation %s has no escalation rule", Figures.quoted(delegation)));
		}
	}

	@Override
	public Optional<QuickFix<Delegation>> quickFix() {
		return Optional.of(new QuickFix<>() {
			@Override
			public String label() {
				return "Add an escalation rule stub that escalates to the delegator";
			}

			@Override
			public Command createCommand(EditingDomain domain, Delegation delegation, CheckContext context) {
				EscalationRule stub = GovernanceFactory.eINSTANCE.createEscalationRule();
				stub.setEscalateTo(delegation.getDelegator());
				stub.setThresholdAmount(delegation.getFinancialLimit());
				stub.setCircumstances(
						"To be agreed: decisions above the financial limit or of high risk go back to the delegator.");
				return SetCommand.create(domain, delegation, GovernancePackage.Literals.DELEGATION__ESCALATION_RULE,
						stub);
			}
		});
	}
}
