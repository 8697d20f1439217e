package org.placewise.checks.rules.delegation;

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

/** A delegation by an NHS body under the Local Government Act's section 101. */
public final class Section101UsedByNhsBody extends CheckRule<Delegation> {

	public Section101UsedByNhsBody() {
		super(Delegation.class, GovernancePackage.Literals.DELEGATION, "delegation.section-101-used-by-nhs-body",
				Severity.ERROR, "Section 101 delegation made by an NHS body",
				"Section 101 of the Local Government Act 1972 lets a local authority arrange for its functions to be "
						+ "discharged by a committee, an officer or another local authority. It gives an NHS body no "
						+ "power: an ICB delegates under its constitution and the NHS Act 2006 (sections 65Z5 and 65Z6), "
						+ "an NHS trust under its own standing orders.");
	}

	@Override
	public void check(Delegation delegation, CheckContext context) {
		if (delegation.getLegalBasis() != LegalBasis.LOCAL_GOVERNMENT_ACT_SECTION_101
				|| delegation.getDelegator() == null) {
			return;
		}
		for (Organisation body : LegalBases.bodiesOf(delegation.getDelegator())) {
			if (LegalCapacity.isNhsBody(body.getKind())) {
				context.report(delegation,
						String.format("Delegation %s is made by %s under section 101 of the Local Government Act 1972, "
								+ "which only local authorities can use; %s is an NHS body",
								Figures.quoted(delegation), Figures.quoted(delegation.getDelegator()),
								Figures.quoted(body)),
						body);
			}
		}
	}

	@Override
	public List<Dependency> dependencies() {
		return LegalBases.anyPartyChanged();
	}
}
