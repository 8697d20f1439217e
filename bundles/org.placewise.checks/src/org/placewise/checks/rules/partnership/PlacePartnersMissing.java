package org.placewise.checks.rules.partnership;

import java.util.ArrayList;
import java.util.List;
import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Dependency;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.footprint.FootprintKind;
import org.placewise.model.footprint.FootprintPackage;
import org.placewise.model.governance.GovernancePackage;
import org.placewise.model.governance.Partnership;
import org.placewise.model.organisation.Organisation;
import org.placewise.model.organisation.OrganisationKind;
import org.placewise.model.organisation.OrganisationPackage;

/** A place partnership without the kinds of partner the guidance expects at place. */
public final class PlacePartnersMissing extends CheckRule<Partnership> {

	public PlacePartnersMissing() {
		super(Partnership.class, GovernancePackage.Literals.PARTNERSHIP, "partnership.place-partners-missing",
				Severity.WARNING, "Place partnership without the partners expected at place",
				"NHS England and the Local Government Association's guidance on place-based partnerships (Thriving "
						+ "places, 2021) expects a place partnership to bring together at least the local authority, "
						+ "NHS providers of acute, community and mental health services, primary care and the voluntary, "
						+ "community and social enterprise sector. A partnership without one of them decides without the "
						+ "people who deliver that part of care.");
	}

	@Override
	public void check(Partnership partnership, CheckContext context) {
		if (partnership.getFootprint() == null || partnership.getFootprint().getKind() != FootprintKind.PLACE
				|| partnership.getPartners().isEmpty()) {
			return;
		}
		List<String> missing = new ArrayList<>();
		if (partnership.getPartners().stream().noneMatch(o -> o.getKind() == OrganisationKind.LOCAL_AUTHORITY)) {
			missing.add("a local authority");
		}
		if (partnership.getPartners().stream().noneMatch(o -> o.getKind() == OrganisationKind.ACUTE_TRUST
				|| o.getKind() == OrganisationKind.COMMUNITY_TRUST
				|| o.getKind() == OrganisationKind.MENTAL_HEALTH_TRUST
				|| o.getKind() == OrganisationKind.PROVIDER_COLLABORATIVE)) {
			missing.add("an NHS provider");
		}
		if (partnership.getPartners().stream().noneMatch(o -> o.getKind() == OrganisationKind.PRIMARY_CARE_NETWORK
				|| o.getKind() == OrganisationKind.GP_PRACTICE)) {
			missing.add("primary care");
		}
		if (partnership.getPartners().stream().noneMatch(o -> o.getKind() == OrganisationKind.VCSE
				|| o.getKind() == OrganisationKind.HOSPICE)) {
			missing.add("the VCSE sector");
		}
		if (!missing.isEmpty()) {
			context.report(partnership, String.format("Place partnership %s has %s but none from %s",
					Figures.quoted(partnership), Figures.many(partnership.getPartners().size(), "partner"),
					String.join(", ", missing)));
		}
	}

	@Override
	public List<Dependency> dependencies() {
		return List.of(Dependency.on(OrganisationPackage.Literals.ORGANISATION__KIND,
				(Organisation o) -> o.getPartnerships()),
				// whether the partnership is at place depends on its footprint's kind
				Dependency.on(FootprintPackage.Literals.FOOTPRINT__KIND, (Footprint f) -> f.getPartnerships()));
	}
}
