package org.placewise.checks.rules.partnership;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Dependency;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.core.CorePackage;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.footprint.FootprintKind;
import org.placewise.model.footprint.FootprintPackage;
import org.placewise.model.governance.GovernancePackage;
import org.placewise.model.governance.Partnership;
import org.placewise.model.organisation.Organisation;
import org.placewise.model.organisation.OrganisationKind;
import org.placewise.model.organisation.OrganisationPackage;
import org.placewise.model.query.Footprints;

/**
 * A place partnership without the kinds of partner the guidance expects at place, or with organisations working in its
 * footprint (the place or a locality or neighbourhood inside it, as their footprint or one of their further footprints)
 * left out: neither partners nor former partners, and neither abolished nor not yet established on the as-of date. GP
 * practices are not listed one by one: they take part at place through their primary care network.
 */
public final class PlacePartnersMissing extends CheckRule<Partnership> {
	/** How many left-out organisations the message names; the finding's related objects hold them all. */
	private static final int NAMES_SHOWN = 5;

	public PlacePartnersMissing() {
		super(Partnership.class, GovernancePackage.Literals.PARTNERSHIP, "partnership.place-partners-missing",
				Severity.WARNING, "Place partnership without the partners expected at place",
				"NHS England and the Local Government Association's guidance on place-based partnerships (Thriving "
						+ "places, 2021) expects a place partnership to bring together at least the local authority, "
						+ "NHS providers of acute, community and mental health services, primary care and the voluntary, "
						+ "community and social enterprise sector. A partnership without one of them decides without the "
						+ "people who deliver that part of care; an organisation that works in the place's footprint but "
						+ "is not a partner is left out of the decisions about its own population (GP practices take part "
						+ "through their primary care network, so only the network is expected).");
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
		List<Organisation> leftOut = leftOut(partnership, context);
		List<String> parts = new ArrayList<>();
		if (!missing.isEmpty()) {
			parts.add(String.format("has %s but none from %s",
					Figures.many(partnership.getPartners().size(), "partner"), String.join(", ", missing)));
		}
		if (!leftOut.isEmpty()) {
			parts.add(String.format("leaves out %s working in %s: %s", Figures.many(leftOut.size(), "organisation"),
					Figures.quoted(partnership.getFootprint()),
					names(leftOut)));
		}
		if (!parts.isEmpty()) {
			context.report(partnership,
					String.format("Place partnership %s %s", Figures.quoted(partnership),
							String.join("; and it ", parts)),
					leftOut.toArray(new Organisation[0]));
		}
	}

	/** @return the first names, quoted, and how many more */
	private static String names(List<Organisation> organisations) {
		List<String> shown = organisations.stream().limit(NAMES_SHOWN).map(Figures::quoted).toList();
		int more = organisations.size() - shown.size();
		return String.join(", ", shown) + (more > 0 ? " and " + Figures.count(more) + " more" : "");
	}

	/**
	 * @return the organisations working in the partnership's footprint, or in a footprint inside it, that are current
	 *         on the as-of date and neither partners nor former partners, in model order
	 */
	private static List<Organisation> leftOut(Partnership partnership, CheckContext context) {
		Set<Footprint> area = new HashSet<>(Footprints.descendants(partnership.getFootprint()));
		area.add(partnership.getFootprint());
		List<Organisation> result = new ArrayList<>();
		if (!(EcoreUtil.getRootContainer(partnership) instanceof PlacewiseModel model)) {
			return result;
		}
		for (Organisation organisation : model.getOrganisations()) {
			boolean works = area.contains(organisation.getFootprint())
					|| organisation.getOtherFootprints().stream().anyMatch(area::contains);
			boolean current = (organisation.getAbolishedDate() == null
					|| organisation.getAbolishedDate().isAfter(context.asOf()))
					&& (organisation.getEstablishedDate() == null
							|| !organisation.getEstablishedDate().isAfter(context.asOf()));
			if (works && current && organisation.getKind() != OrganisationKind.GP_PRACTICE
					&& !partnership.getPartners().contains(organisation)
					&& !partnership.getFormerPartners().contains(organisation)) {
				result.add(organisation);
			}
		}
		return result;
	}

	@Override
	public List<Dependency> dependencies() {
		return List.of(
				Dependency.on(OrganisationPackage.Literals.ORGANISATION__KIND, (Organisation o) -> o.getPartnerships()),
				Dependency.everywhere(OrganisationPackage.Literals.ORGANISATION__FOOTPRINT,
						GovernancePackage.Literals.PARTNERSHIP),
				Dependency.everywhere(OrganisationPackage.Literals.ORGANISATION__OTHER_FOOTPRINTS,
						GovernancePackage.Literals.PARTNERSHIP),
				Dependency.everywhere(OrganisationPackage.Literals.ORGANISATION__ABOLISHED_DATE,
						GovernancePackage.Literals.PARTNERSHIP),
				Dependency.everywhere(OrganisationPackage.Literals.ORGANISATION__ESTABLISHED_DATE,
						GovernancePackage.Literals.PARTNERSHIP),
				Dependency.everywhere(CorePackage.Literals.PLACEWISE_MODEL__ORGANISATIONS,
						GovernancePackage.Literals.PARTNERSHIP),
				Dependency.everywhere(FootprintPackage.Literals.FOOTPRINT__CHILDREN,
						GovernancePackage.Literals.PARTNERSHIP),
				// whether the partnership is at place depends on its footprint's kind
				Dependency.on(FootprintPackage.Literals.FOOTPRINT__KIND, (Footprint f) -> f.getPartnerships()));
	}
}
