package org.placewise.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.placewise.checks.CheckCatalogue;
import org.placewise.checks.CheckProfile;
import org.placewise.checks.Checker;
import org.placewise.checks.Finding;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.measures.Measure;
import org.placewise.model.query.LegalCapacity;

/**
 * The generated schemes look like real ones: every delegation goes to a body or officer that can lawfully receive it,
 * and most trajectories reach their targets by the target date, with a realistic minority planning short.
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

	/**
	 * Checks the model here, not when the test is made: the check bundle, once started, validates every model that
	 * other tests of this fragment hand to EMF's Diagnostician.
	 */
	private long count(String ruleId) {
		List<Finding> findings = new Checker(CheckCatalogue.placewise(), CheckProfile.DEFAULT, AS_OF).check(model);
		return findings.stream().filter(f -> f.ruleId().equals(ruleId)).count();
	}
}
