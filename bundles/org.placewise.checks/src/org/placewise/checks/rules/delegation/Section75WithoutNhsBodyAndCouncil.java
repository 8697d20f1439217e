package org.placewise.checks.rules.delegation;

import java.util.Collection;
import java.util.List;
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

/** A section 75 arrangement whose parties are not an NHS body and a council. */
public final class Section75WithoutNhsBodyAndCouncil extends CheckRule<Delegation> {

	public Section75WithoutNhsBodyAndCouncil() {
		super(Delegation.class, GovernancePackage.Literals.DELEGATION, "delegation.section-75-parties",
				Severity.ERROR, "Section 75 arrangement without an NHS body and a local authority",
				"Section 75 of the NHS Act 2006 lets NHS bodies and local authorities make arrangements with each "
						+ "other (the NHS Bodies and Local Authorities Partnership Arrangements Regulations 2000): an "
						+ "arrangement under it needs at least one NHS body and one local authority among its parties. "
						+ "Without both it rests on a power that does not apply.");
	}

	@Override
	public void check(Delegation delegation, CheckContext context) {
		if (delegation.getLegalBasis() != LegalBasis.NHS_ACT_SECTION_75) {
			return;
		}
		Collection<Organisation> parties = delegation.getAgreement() != null
				&& !delegation.getAgreement().getParties().isEmpty() ? delegation.getAgreement().getParties()
						: LegalBases.parties(delegation);
		if (parties.isEmpty()) {
			return;
		}
		boolean nhs = parties.stream().anyMatch(o -> LegalCapacity.isNhsBody(o.getKind()));
		boolean council = parties.stream().anyMatch(o -> LegalCapacity.isCouncil(o.getKind()));
		if (!nhs || !council) {
			context.report(delegation,
					String.format("Delegation %s rests on section 75 of the NHS Act 2006, but its parties (%s) include "
							+ "no %s", Figures.quoted(delegation),
							String.join(", ", parties.stream().map(Figures::quoted).toList()),
							!nhs && !council ? "NHS body and no local authority"
									: !nhs ? "NHS body" : "local authority"),
					parties.toArray(new Organisation[0]));
		}
	}

	@Override
	public List<Dependency> dependencies() {
		return LegalBases.anyPartyChanged();
	}
}
