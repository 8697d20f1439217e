package org.placewise.checks.rules.partnership;

import java.util.List;
import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Dependency;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.governance.GovernancePackage;
import org.placewise.model.governance.Partnership;
import org.placewise.model.organisation.Organisation;
import org.placewise.model.organisation.OrganisationPackage;

/** An organisation that no longer exists, listed as a current partner. */
public final class AbolishedPartner extends CheckRule<Partnership> {

	public AbolishedPartner() {
		super(Partnership.class, GovernancePackage.Literals.PARTNERSHIP, "partnership.abolished-partner",
				Severity.WARNING, "Abolished organisation listed as a current partner",
				"An organisation that has been abolished cannot be a partner: clinical commissioning groups, for "
						+ "example, were abolished on 1 July 2022 by the Health and Care Act 2022 and their functions "
						+ "passed to integrated care boards. Record it as a former partner and name its successor.");
	}

	@Override
	public void check(Partnership partnership, CheckContext context) {
		for (Organisation partner : partnership.getPartners()) {
			if (partner.getAbolishedDate() != null && !partner.getAbolishedDate().isAfter(context.asOf())) {
				context.report(partnership,
						String.format("Partnership %s lists %s as a partner, but it was abolished on %s",
								Figures.quoted(partnership), Figures.quoted(partner),
								Figures.date(partner.getAbolishedDate())),
						partner);
			}
		}
	}

	@Override
	public List<Dependency> dependencies() {
		return List.of(Dependency.on(OrganisationPackage.Literals.ORGANISATION__ABOLISHED_DATE,
				(Organisation o) -> o.getPartnerships()));
	}
}
