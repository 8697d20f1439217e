package org.placewise.checks.rules.delegation;

import java.util.List;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Dependency;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.GovernancePackage;
import org.placewise.model.query.Delegations;

/** A delegation whose chain goes round in a circle, or that hands authority back up its own chain. */
public final class Circular extends CheckRule<Delegation> {

	public Circular() {
		super(Delegation.class, GovernancePackage.Literals.DELEGATION, "delegation.circular", Severity.ERROR,
				"Circular delegation",
				"Authority flows down from a body that holds it in its own right (subsidiarity: decide at the lowest "
						+ "level that can; King's Fund, place-based systems of care). A chain that loops, or that "
						+ "delegates back to a body it came from, has no origin, so nobody can say who is accountable.");
	}

	@Override
	public void check(Delegation delegation, CheckContext context) {
		if (Delegations.isCircular(delegation)) {
			List<Delegation> chain = Delegations.chain(delegation);
			context.report(delegation,
					String.format("Delegation %s is made under a chain of %s that comes back to itself",
							Figures.quoted(delegation), Figures.many(chain.size(), "delegation")),
					chain.toArray(new Delegation[0]));
			return;
		}
		if (delegation.getDelegate() == null) {
			return;
		}
		for (Delegation link : Delegations.chain(delegation)) {
			if (link.getDelegator() == delegation.getDelegate()) {
				context.report(delegation,
						String.format("Delegation %s hands authority back to %s, which delegated it%s",
								Figures.quoted(delegation), Figures.quoted(delegation.getDelegate()),
								link == delegation ? " (it delegates to itself)" : " in " + Figures.quoted(link)),
						delegation.getDelegate(), link);
				return;
			}
		}
	}

	@Override
	public List<Dependency> dependencies() {
		return DelegationChains.anyLinkChanged();
	}
}
