package org.placewise.checks.rules.partnership;

import java.util.ArrayList;
import java.util.List;
import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Dependency;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.governance.GovernancePackage;
import org.placewise.model.governance.Partnership;
import org.placewise.model.organisation.Organisation;
import org.placewise.model.organisation.OrganisationPackage;
import org.placewise.model.query.Footprints;

/** A partner that serves no footprint overlapping the partnership's. */
public final class PartnerOutsideFootprint extends CheckRule<Partnership> {

	public PartnerOutsideFootprint() {
		super(Partnership.class, GovernancePackage.Literals.PARTNERSHIP, "partnership.partner-outside-footprint",
				Severity.WARNING, "Partner that serves none of the partnership's footprint",
				"A place-based partnership brings together the organisations that serve its footprint (King's Fund, "
						+ "place-based systems of care: systems within systems). A partner whose recorded footprints all "
						+ "lie outside it, neither containing it nor inside it, is either recorded against the wrong "
						+ "footprint or does not belong in this partnership.");
	}

	@Override
	public void check(Partnership partnership, CheckContext context) {
		Footprint area = partnership.getFootprint();
		if (area == null) {
			return;
		}
		for (Organisation partner : partnership.getPartners()) {
			List<Footprint> served = new ArrayList<>();
			if (partner.getFootprint() != null) {
				served.add(partner.getFootprint());
			}
			served.addAll(partner.getOtherFootprints());
			if (!served.isEmpty() && served.stream().noneMatch(f -> overlaps(f, area))) {
				context.report(partnership, String.format("Partner %s of partnership %s serves %s, outside %s",
						Figures.quoted(partner), Figures.quoted(partnership),
						String.join(", ", served.stream().map(Figures::quoted).toList()), Figures.quoted(area)),
						partner);
			}
		}
	}

	private static boolean overlaps(Footprint a, Footprint b) {
		return a == b || Footprints.ancestors(a).contains(b) || Footprints.ancestors(b).contains(a);
	}

	@Override
	public List<Dependency> dependencies() {
		return List.of(
				Dependency.on(OrganisationPackage.Literals.ORGANISATION__FOOTPRINT,
						(Organisation o) -> o.getPartnerships()),
				Dependency.on(OrganisationPackage.Literals.ORGANISATION__OTHER_FOOTPRINTS,
						(Organisation o) -> o.getPartnerships()),
				Dependency.everywhere(org.placewise.model.footprint.FootprintPackage.Literals.FOOTPRINT__CHILDREN,
						GovernancePackage.Literals.PARTNERSHIP));
	}
}
