package org.placewise.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.governance.Delegation;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.Observation;
import org.placewise.model.organisation.Organisation;
import org.placewise.model.outcomes.Outcome;
import org.placewise.model.outcomes.WorkProgramme;
import org.placewise.model.query.Delegations;
import org.placewise.model.query.Footprints;
import org.placewise.model.query.Measures;
import org.placewise.model.query.Organisations;
import org.placewise.model.query.Outcomes;

/** Derived values computed on the checked-in samples. */
class DerivedValuesTest {

	private static <T extends org.placewise.model.core.NamedElement> T named(java.util.List<T> list, String name) {
		return list.stream().filter(e -> name.equals(e.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no '" + name + "'"));
	}

	@Test
	void childrenPopulationAddsUpOnlyKnownPopulations() {
		PlacewiseModel exampleshire = Samples.load("exampleshire-scheme-of-delegation");
		Footprint town = exampleshire.getFootprints().get(0).getChildren().get(0);
		assertEquals(85_000L, Footprints.childrenPopulation(town));
		assertFalse(Footprints.childrenOutpopulate(town));

		Footprint gm = Samples.load("greater-manchester").getFootprints().get(0);
		assertEquals(0L, Footprints.childrenPopulation(gm));
		assertEquals(3, Footprints.childrenWithoutPopulation(gm).size());
	}

	@Test
	void childrenThatOutpopulateTheirParentAreDetected() {
		Footprint town = Samples.load("exampleshire-scheme-of-delegation").getFootprints().get(0).getChildren().get(0);
		town.setPopulation(80_000L);
		assertTrue(Footprints.childrenOutpopulate(town));
	}

	@Test
	void bradfordHasSixLocalitiesAndThirteenCommunityPartnershipsUnderThePlace() {
		Footprint place = Samples.load("bradford-district-and-craven").getFootprints().get(0).getChildren().get(0);
		assertEquals("West Yorkshire \u203a Bradford District and Craven", Footprints.path(place));
		assertEquals(19, Footprints.descendants(place).size());
	}

	@Test
	void effectiveLimitIsTheLowestAlongTheDelegationChain() {
		PlacewiseModel model = Samples.load("exampleshire-scheme-of-delegation");
		Delegation discharge = named(model.getDelegations(), "Discharge fund");
		Delegation pool = named(model.getDelegations(), "Intermediate care pool decisions");
		assertEquals(Optional.of(new BigDecimal("2000000")), Delegations.effectiveLimit(discharge));
		assertEquals(Optional.of(new BigDecimal("5000000")), Delegations.effectiveLimit(pool));
		assertTrue(Delegations.exceedsSourceLimit(pool));
		assertFalse(Delegations.exceedsSourceLimit(discharge));
		assertEquals(2, Delegations.chain(pool).size());
	}

	@Test
	void effectiveLimitIsEmptyWhenNoLimitIsStated() {
		PlacewiseModel model = Samples.load("exampleshire-scheme-of-delegation");
		Delegation top = named(model.getDelegations(), "Community services budget");
		Delegation discharge = named(model.getDelegations(), "Discharge fund");
		top.setFinancialLimit(null);
		assertEquals(Optional.empty(), Delegations.effectiveLimit(top));
		assertEquals(Optional.of(new BigDecimal("2000000")), Delegations.effectiveLimit(discharge),
				"a limit further down the chain still holds");
		discharge.setFinancialLimit(null);
		assertEquals(Optional.empty(), Delegations.effectiveLimit(discharge));
	}

	@Test
	void greaterManchesterRecordsNoDelegationItsSourcesDoNotGive() {
		assertEquals(0, Samples.load("greater-manchester").getDelegations().size());
	}

	@Test
	void circularDelegationChainsAreDetectedWithoutLoopingForever() {
		PlacewiseModel model = Samples.load("exampleshire-scheme-of-delegation");
		Delegation top = named(model.getDelegations(), "Community services budget");
		Delegation discharge = named(model.getDelegations(), "Discharge fund");
		assertFalse(Delegations.isCircular(discharge));
		top.setSourceDelegation(discharge);
		assertTrue(Delegations.isCircular(discharge));
		assertEquals(Optional.of(new BigDecimal("2000000")), Delegations.effectiveLimit(top));
	}

	@Test
	void latestObservationIsTheMostRecentlyDated() {
		Measure delays = Samples.load("exampleshire-scheme-of-delegation").getMeasures().get(0);
		Observation latest = Measures.latestObservation(delays).orElseThrow();
		assertEquals(LocalDate.of(2024, 5, 27), latest.getObservedOn());
		assertEquals(new BigDecimal("9.4"), latest.getObservedValue());
		Measure bedDays = named(Samples.load("northamptonshire-discharge-to-assess").getMeasures(), "Bed days saved");
		assertEquals(Optional.empty(), Measures.latestObservation(bedDays), "the 40,000 figure is undated");
	}

	@Test
	void essexTargetsImproveInTheDesiredDirectionAndBlanksStayUnknown() {
		PlacewiseModel essex = Samples.load("mid-and-south-essex-older-adults");
		assertEquals(Optional.of(true), Measures.targetImproves(
				named(essex.getMeasures(), "Average number of delay days per community hospital inpatient")));
		assertEquals(Optional.of(true), Measures.targetImproves(
				named(essex.getMeasures(), "Average weekly cost of care package following long-term decision")));
		assertEquals(Optional.empty(),
				Measures.targetImproves(named(essex.getMeasures(), "Frailty avoided admissions per week")));
		long withBaseline = essex.getMeasures().stream().filter(m -> m.getBaselineValue() != null).count();
		assertEquals(3, withBaseline);
	}

	@Test
	void programmesServingAnOutcomeIncludeThoseServingOutcomesBelowIt() {
		PlacewiseModel essex = Samples.load("mid-and-south-essex-older-adults");
		Outcome independence = essex.getVisions().get(0).getOutcomes().get(0);
		WorkProgramme programme = essex.getProgrammes().get(0);
		assertEquals(java.util.Set.of(programme), Outcomes.programmesServing(independence));
		assertEquals(8, Outcomes.outcomeMeasures(programme).size());
	}

	@Test
	void section151OfficerAndVotingMembersAreFound() {
		PlacewiseModel model = Samples.load("exampleshire-scheme-of-delegation");
		Organisation council = named(model.getOrganisations(), "Exampletown Council");
		assertTrue(Organisations.section151Officer(council).isPresent());
		var committee = named(model.getBoards(), "Exampletown Place Committee");
		assertEquals(3, Organisations.votingMembers(committee));
		assertTrue(Organisations.isRepresented(committee, council));
	}
}
