package org.placewise.checks.rules.delegation;

import java.util.List;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Dependency;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.EscalationRule;
import org.placewise.model.governance.GovernancePackage;

/** An escalation threshold above the delegation's own financial limit. */
public final class EscalationThresholdAboveLimit extends CheckRule<Delegation> {

	public EscalationThresholdAboveLimit() {
		super(Delegation.class, GovernancePackage.Literals.DELEGATION, "delegation.escalation-threshold-above-limit",
				Severity.WARNING, "Escalation threshold above the financial limit",
				"Decisions between the financial limit and a higher escalation threshold can neither be taken by "
						+ "the delegate nor are they escalated: the threshold should be at or below the limit (general NHS "
						+ "governance practice: schemes of reservation and delegation).");
	}

	@Override
	public void check(Delegation delegation, CheckContext context) {
		EscalationRule rule = delegation.getEscalationRule();
		if (rule != null && rule.getThresholdAmount() != null && delegation.getFinancialLimit() != null
				&& rule.getThresholdAmount().compareTo(delegation.getFinancialLimit()) > 0) {
			context.report(delegation,
					String.format("Delegation %s escalates decisions above %s but may only decide up to %s",
							Figures.quoted(delegation), Figures.money(rule.getThresholdAmount()),
							Figures.money(delegation.getFinancialLimit())));
		}
	}

	@Override
	public List<Dependency> dependencies() {
		return List.of(Dependency.onOne(GovernancePackage.Literals.ESCALATION_RULE__THRESHOLD_AMOUNT,
				(EscalationRule r) -> r.eContainer() instanceof Delegation d ? d : null));
	}
}
