package org.placewise.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.placewise.checks.CheckCatalogue;
import org.placewise.checks.CheckProfile;
import org.placewise.checks.Checker;
import org.placewise.checks.Finding;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.footprint.FootprintKind;
import org.placewise.model.governance.Delegation;
import org.placewise.model.measures.Measure;
import org.placewise.model.query.Approvals;
import org.placewise.model.query.LegalCapacity;

/**
 * The generated schemes look like real ones: every delegation goes to a body or officer that can lawfully receive it,
 * each place is delegated decision areas of its own (so that who can approve has answers on a generated model), and
 * most trajectories reach their targets by the target date, with a realistic minority planning short.
 */
class GeneratedSchemesAreRealisticTest {
	private static final LocalDate AS_OF = EnglandModelGenerator.REFERENCE_DATE.plusDays(1);

	private final PlacewiseModel model = new EnglandModelGenerator(Scale.REGION, 1, 0.0).generate().model();

	@Test
	void everyDelegationGoesToABodyThatCanReceiveIt() {
		assertTrue(model.getDelegations().size() > 100, model.getDelegations().size() + " delegations");
		assertEquals(List.of(), model.getDelegations().stream()
				.filter(d -> LegalCapacity.whyCannotReceive(d.getDelegate()).isPresent()).map(d -> d.getName())
				.toList());
		assertEquals(0, count("delegation.delegate-lacks-legal-capacity"));
	}

	@Test
	void mostTrajectoriesReachTheirTargetAndAMinorityDoNot() {
		long withTargets = model.getMeasures().stream().filter(m -> m.getTargetValue() != null)
				.filter(m -> !m.getTrajectory().isEmpty()).count();
		long missing = count("measure.trajectory-misses-target");

		assertTrue(withTargets > 100, withTargets + " measures with a target and a trajectory");
		assertTrue(missing > 0, "some plans fall short");
		assertTrue(missing * 100 < withTargets * 20, missing + " of " + withTargets + " plans fall short");
		for (Measure measure : model.getMeasures()) {
			assertTrue(measure.getTrajectory().stream().anyMatch(p -> p.getDueDate().equals(measure.getTargetDate()))
					|| measure.getTargetDate() == null, "a trajectory point on the target date: " + measure.getName());
		}
	}

	@Test
	void eachPlaceIsDelegatedItsOwnDecisionAreasAndEachSystemBoardKeepsItsAnnualPlan() {
		List<Footprint> places = model.getFootprints().stream().flatMap(GeneratedSchemesAreRealisticTest::andBelow)
				.filter(f -> f.getKind() == FootprintKind.PLACE).toList();
		long systems = model.getFootprints().stream().flatMap(GeneratedSchemesAreRealisticTest::andBelow)
				.filter(f -> f.getKind() == FootprintKind.INTEGRATED_CARE_SYSTEM).count();
		assertTrue(places.size() > 10, places.size() + " places");
		assertEquals(2 * places.size() + systems, model.getDecisionAreas().size());
		assertEquals(systems, model.getDecisionAreas().stream().filter(a -> a.getRetainedBy() != null).count());
		assertEquals(0, count("delegation.decision-area-delegated-twice"));
		assertEquals(0, count("delegation.decision-area-held-by-no-one"));
		assertEquals(0, count("delegation.covers-reserved-matter"));
	}

	@Test
	void whoCanApproveAtAPlaceNamesThePlaceDelegateByItsChainAndSendsLargerSumsUp() {
		Delegation place = model.getDelegations().stream().filter(d -> d.getName().endsWith(" place delegation"))
				.findFirst().orElseThrow();
		String town = place.getName().substring(0, place.getName().length() - " place delegation".length());
		Footprint footprint = model.getFootprints().stream().flatMap(GeneratedSchemesAreRealisticTest::andBelow)
				.filter(f -> f.getName().equals(town)).findFirst().orElseThrow();
		String area = "Discharge fund allocation in " + town;

		Approvals.Answer small = Approvals.whoCanApprove(model, BigDecimal.valueOf(10_000), area, footprint, AS_OF);
		assertEquals(1, small.areas().size());
		assertTrue(small.approvers().stream().anyMatch(a -> a.maker() == place.getDelegate()
				&& a.basis() == Approvals.Basis.DELEGATED && a.chain().equals(List.of(place))), small.toString());
		assertTrue(small.approvers().stream()
				.anyMatch(a -> a.maker() == place.getDelegator() && a.basis() == Approvals.Basis.OWN_RIGHT),
				small.toString());

		BigDecimal aboveEscalation = place.getEscalationRule().getThresholdAmount().add(BigDecimal.ONE);
		Approvals.Answer large = Approvals.whoCanApprove(model, aboveEscalation, area, footprint, AS_OF);
		assertTrue(large.approvers().stream().noneMatch(a -> a.maker() == place.getDelegate()), large.toString());
		assertTrue(large.refused().stream().anyMatch(
				r -> r.maker() == place.getDelegate() && r.reason() == Approvals.Refusal.MUST_ESCALATE),
				large.toString());
	}

	private static Stream<Footprint> andBelow(Footprint footprint) {
		return Stream.concat(Stream.of(footprint),
				footprint.getChildren().stream().flatMap(GeneratedSchemesAreRealisticTest::andBelow));
	}

	/**
	 * Checks the model here, not when the test is made: the check bundle, once started, validates every model that
	 * other tests of this fragment hand to EMF's Diagnostician.
	 */
	private long count(String ruleId) {
		List<Finding> findings = new Checker(CheckCatalogue.placewise(), CheckProfile.DEFAULT, AS_OF).check(model);
		return findings.stream().filter(f -> f.ruleId().equals(ruleId)).count();
	}
}
