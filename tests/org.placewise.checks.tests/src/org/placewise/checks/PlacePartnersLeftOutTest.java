package org.placewise.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.footprint.FootprintKind;
import org.placewise.model.governance.Partnership;
import org.placewise.model.governance.PartnershipModel;
import org.placewise.model.organisation.Organisation;
import org.placewise.model.organisation.OrganisationKind;

/**
 * {@code partnership.place-partners-missing} also reports the organisations working in the place's footprint (the place
 * itself or a locality or neighbourhood inside it, as their footprint or a further one) that the partnership leaves
 * out; partners, former partners, abolished bodies and organisations working only across the wider system are not.
 */
class PlacePartnersLeftOutTest {
	private static final String RULE = "partnership.place-partners-missing";

	private final Fixture f = new Fixture();
	private final Footprint system = f.footprint("Exampleshire", FootprintKind.INTEGRATED_CARE_SYSTEM, null);
	private final Footprint place = f.child(system, "Exampletown", FootprintKind.PLACE, null);
	private final Footprint locality = f.child(place, "Exampletown North", FootprintKind.LOCALITY, null);
	private final Partnership partnership = f.partnership("Exampletown Partnership",
			PartnershipModel.COMMITTEE_OF_THE_ICB);

	PlacePartnersLeftOutTest() {
		partnership.setFootprint(place);
		partner("Exampletown Council", OrganisationKind.LOCAL_AUTHORITY, place);
		partner("Exampletown Community Health NHS Trust", OrganisationKind.COMMUNITY_TRUST, place);
		partner("Exampletown PCN", OrganisationKind.PRIMARY_CARE_NETWORK, locality);
		partner("Exampletown CVS", OrganisationKind.VCSE, place);
	}

	@Test
	void aPartnershipWithEveryOrganisationOfItsPlaceIsNotReported() {
		assertEquals(List.of(), findings());
	}

	@Test
	void anOrganisationWorkingInALocalityOfThePlaceLeftOutIsReported() {
		Organisation hospice = working("Exampletown Hospice", OrganisationKind.HOSPICE, locality);

		assertEquals(List.of("Place partnership 'Exampletown Partnership' leaves out 1 organisation working in "
				+ "'Exampletown': 'Exampletown Hospice'"), findings());
		assertEquals(List.of(hospice), check().get(0).related());
	}

	@Test
	void aFurtherFootprintInThePlaceCounts() {
		Footprint elsewhere = f.child(system, "Otherton", FootprintKind.PLACE, null);
		Organisation trust = working("Exampleshire Hospitals NHS Foundation Trust", OrganisationKind.ACUTE_TRUST,
				elsewhere);
		trust.getOtherFootprints().add(place);

		assertEquals(List.of("Place partnership 'Exampletown Partnership' leaves out 1 organisation working in "
				+ "'Exampletown': 'Exampleshire Hospitals NHS Foundation Trust'"), findings());
	}

	@Test
	void formerAbolishedSystemWideAndOtherPlacesOrganisationsAreNotLeftOut() {
		Organisation ccg = working("Exampletown CCG", OrganisationKind.CLINICAL_COMMISSIONING_GROUP, place);
		ccg.setAbolishedDate(LocalDate.of(2022, 7, 1));
		Organisation former = working("Exampletown Alliance Ltd", OrganisationKind.OTHER, place);
		partnership.getFormerPartners().add(former);
		working("Exampleshire Integrated Care Board", OrganisationKind.INTEGRATED_CARE_BOARD, system);
		working("Otherton Council", OrganisationKind.LOCAL_AUTHORITY,
				f.child(system, "Otherton", FootprintKind.PLACE, null));
		Organisation notYet = working("Exampletown Healthwatch", OrganisationKind.HEALTHWATCH, place);
		notYet.setEstablishedDate(Fixture.AS_OF.plusDays(1));

		assertEquals(List.of(), findings());
	}

	@Test
	void gpPracticesTakePartThroughTheirNetworkButALeftOutNetworkIsReported() {
		working("Church Street Surgery", OrganisationKind.GP_PRACTICE, locality);
		assertEquals(List.of(), findings());

		working("Exampletown South Primary Care Network", OrganisationKind.PRIMARY_CARE_NETWORK, locality);
		assertEquals(List.of("Place partnership 'Exampletown Partnership' leaves out 1 organisation working in "
				+ "'Exampletown': 'Exampletown South Primary Care Network'"), findings());
	}

	@Test
	void aLongListNamesFiveAndCountsTheRestButRelatesThemAll() {
		for (int i = 1; i <= 7; i++) {
			working("Exampletown charity " + i, OrganisationKind.VCSE, locality);
		}

		assertEquals(List.of("Place partnership 'Exampletown Partnership' leaves out 7 organisations working in "
				+ "'Exampletown': 'Exampletown charity 1', 'Exampletown charity 2', 'Exampletown charity 3', "
				+ "'Exampletown charity 4', 'Exampletown charity 5' and 2 more"), findings());
		assertEquals(7, check().get(0).related().size());
	}

	@Test
	void missingKindsAndLeftOutOrganisationsAreOneFinding() {
		partnership.getPartners().removeIf(o -> o.getKind() == OrganisationKind.VCSE);

		assertEquals(List.of("Place partnership 'Exampletown Partnership' has 3 partners but none from the VCSE "
				+ "sector; and it leaves out 1 organisation working in 'Exampletown': 'Exampletown CVS'"), findings());
	}

	@Test
	void incrementalCheckingFollowsAnOrganisationMovingIntoThePlace() {
		Organisation hospice = working("Exampletown Hospice", OrganisationKind.HOSPICE, system);
		f.check();
		Checker checker = new Checker(CheckCatalogue.placewise(), CheckProfile.DEFAULT, Fixture.AS_OF);
		try (IncrementalChecker incremental = new IncrementalChecker(checker, f.model.eResource())) {
			assertEquals(0, incremental.findings().stream().filter(x -> x.ruleId().equals(RULE)).count());

			hospice.setFootprint(locality);

			assertEquals(1, incremental.findings().stream().filter(x -> x.ruleId().equals(RULE)).count());
		}
	}

	private void partner(String name, OrganisationKind kind, Footprint footprint) {
		partnership.getPartners().add(working(name, kind, footprint));
	}

	private Organisation working(String name, OrganisationKind kind, Footprint footprint) {
		Organisation organisation = f.organisation(name, kind);
		organisation.setFootprint(footprint);
		return organisation;
	}

	private List<Finding> check() {
		return f.check().stream().filter(x -> x.ruleId().equals(RULE)).toList();
	}

	private List<String> findings() {
		return check().stream().map(Finding::message).toList();
	}
}
