package org.placewise.checks.rules.delegation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Dependency;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.GovernancePackage;

/** A delegation that gives more than its delegator holds. */
public final class ExceedsDelegatorLimit extends CheckRule<Delegation> {

	public ExceedsDelegatorLimit() {
		super(Delegation.class, GovernancePackage.Literals.DELEGATION, "delegation.exceeds-delegator-limit",
				Severity.ERROR,
				"Delegation above its delegator's limit",
				"Only what is formally delegated moves, and a delegate cannot hold more than its delegator had (King's "
						+ "Fund, place-based systems of care; HFMA roundtables on place-level finance): a limit above the "
						+ "delegator's own is authority nobody gave, and decisions taken under it are open to challenge.");
	}

	@Override
	public void check(Delegation delegation, CheckContext context) {
		BigDecimal limit = delegation.getFinancialLimit();
		if (limit == null) {
			return;
		}
		Optional<BigDecimal> held = DelegationChains.heldByDelegator(delegation);
		if (held.isPresent() && limit.compareTo(held.get()) > 0) {
			context.report(delegation, String.format("Delegation %s gives %s but its delegator %s holds only %s",
					Figures.quoted(delegation), Figures.money(limit), Figures.quoted(delegation.getDelegator()),
					Figures.money(held.get())), delegation.getDelegator(), delegation.getSourceDelegation());
		}
	}

	@Override
	public List<Dependency> dependencies() {
		return DelegationChains.anyLinkChanged();
	}
}
