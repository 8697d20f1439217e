package org.placewise.checks.rules.delegation;

import java.util.List;
import java.util.Set;
import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Dependency;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.GovernancePackage;
import org.placewise.model.governance.LegalBasis;
import org.placewise.model.organisation.Organisation;
import org.placewise.model.query.LegalCapacity;

/** A delegation resting on an agreement its delegate is not party to. */
public final class DelegateNotPartyToAgreement extends CheckRule<Delegation> {

	public DelegateNotPartyToAgreement() {
		super(Delegation.class, GovernancePackage.Literals.DELEGATION, "delegation.delegate-not-party-to-agreement",
				Severity.ERROR, "Delegate not party to the agreement the delegation rests on",
				"An agreement binds only its parties: a delegation that rests on a section 75 or other agreement gives "
						+ "authority only to a body that signed it (or to that body's committee or officer). A delegate "
						+ "outside the agreement holds nothing under it.");
	}

	@Override
	public void check(Delegation delegation, CheckContext context) {
		if (delegation.getAgreement() == null || delegation.getAgreement().getParties().isEmpty()
				|| delegation.getDelegate() == null) {
			return;
		}
		Set<Organisation> bodies = LegalBases.bodiesOf(delegation.getDelegate());
		if (!bodies.isEmpty() && bodies.stream().noneMatch(delegation.getAgreement().getParties()::contains)) {
			context.report(delegation,
					String.format(
							"Delegation %s rests on agreement %s, but its delegate %s is not party to it (parties: %s)",
							Figures.quoted(delegation), Figures.quoted(delegation.getAgreement()),
							Figures.quoted(delegation.getDelegate()),
							String.join(", ",
									delegation.getAgreement().getParties().stream().map(Figures::quoted).toList())),
					delegation.getAgreement());
		}
	}

	@Override
	public List<Dependency> dependencies() {
		return LegalBases.anyPartyChanged();
	}
}
