package org.placewise.spc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.placewise.spc.Series.monthly;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/*
 * Sixteen points alternating 9, 11: mean 160 / 16 = 10, MR̄ = 30 / 15 = 2,
 * limits 10 ± 2.66 × 2 = 4.68 and 15.32. Targets exactly on a limit use the computed limit itself,
 * so the comparison is exact.
 */
class AssuranceTest {

	private static final double[] STABLE = { 9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11 };

	private static Assurance assurance(ImprovementDirection direction, double target) {
		return SpcAnalysis.analyse(monthly(STABLE), SpcOptions.builder().direction(direction).target(target).build())
				.assurance();
	}

	private static ProcessLimits limits() {
		return SpcAnalysis.analyse(monthly(STABLE), SpcOptions.defaults()).currentLimits().orElseThrow();
	}

	@Test
	void higherIsBetterTargetBelowTheLowerLimitConsistentlyPasses() {
		assertEquals(Assurance.CONSISTENTLY_PASSES, assurance(ImprovementDirection.HIGHER_IS_BETTER, 4));
	}

	@Test
	void higherIsBetterTargetExactlyOnTheLowerLimitConsistentlyPasses() {
		assertEquals(4.68, limits().lowerProcessLimit(), 1e-9);
		assertEquals(Assurance.CONSISTENTLY_PASSES,
				assurance(ImprovementDirection.HIGHER_IS_BETTER, limits().lowerProcessLimit()));
	}

	@Test
	void higherIsBetterTargetAboveTheUpperLimitConsistentlyFails() {
		assertEquals(Assurance.CONSISTENTLY_FAILS, assurance(ImprovementDirection.HIGHER_IS_BETTER, 16));
	}

	@Test
	void higherIsBetterTargetExactlyOnTheUpperLimitConsistentlyFails() {
		assertEquals(Assurance.CONSISTENTLY_FAILS,
				assurance(ImprovementDirection.HIGHER_IS_BETTER, limits().upperProcessLimit()));
	}

	@Test
	void higherIsBetterTargetBetweenTheLimitsIsHitAndMiss() {
		assertEquals(Assurance.HIT_AND_MISS, assurance(ImprovementDirection.HIGHER_IS_BETTER, 12));
	}

	@Test
	void lowerIsBetterTargetAboveTheUpperLimitConsistentlyPasses() {
		assertEquals(Assurance.CONSISTENTLY_PASSES, assurance(ImprovementDirection.LOWER_IS_BETTER, 16));
	}

	@Test
	void lowerIsBetterTargetExactlyOnTheUpperLimitConsistentlyPasses() {
		assertEquals(Assurance.CONSISTENTLY_PASSES,
				assurance(ImprovementDirection.LOWER_IS_BETTER, limits().upperProcessLimit()));
	}

	@Test
	void lowerIsBetterTargetBelowTheLowerLimitConsistentlyFails() {
		assertEquals(Assurance.CONSISTENTLY_FAILS, assurance(ImprovementDirection.LOWER_IS_BETTER, 4));
	}

	@Test
	void lowerIsBetterTargetExactlyOnTheLowerLimitConsistentlyFails() {
		assertEquals(Assurance.CONSISTENTLY_FAILS,
				assurance(ImprovementDirection.LOWER_IS_BETTER, limits().lowerProcessLimit()));
	}

	@Test
	void lowerIsBetterTargetBetweenTheLimitsIsHitAndMiss() {
		assertEquals(Assurance.HIT_AND_MISS, assurance(ImprovementDirection.LOWER_IS_BETTER, 8));
	}

	@Test
	void noTargetGivesNoAssurance() {
		SpcResult result = SpcAnalysis.analyse(monthly(STABLE),
				SpcOptions.builder().direction(ImprovementDirection.HIGHER_IS_BETTER).build());
		assertEquals(Assurance.NONE, result.assurance());
	}

	@Test
	void aTargetWithoutADirectionGivesNoAssuranceAndSaysWhy() {
		SpcResult result = SpcAnalysis.analyse(monthly(STABLE), SpcOptions.builder().target(4).build());
		assertEquals(Assurance.NONE, result.assurance());
		assertTrue(result.notes()
				.contains("A target is set but the measure has no improvement direction, so no assurance is given."));
	}

	@Test
	void aRunChartGivesNoAssuranceAndSaysWhy() {
		SpcResult result = SpcAnalysis.analyse(monthly(Arrays.copyOf(STABLE, 14)),
				SpcOptions.builder().direction(ImprovementDirection.HIGHER_IS_BETTER).target(4).build());
		assertEquals(Assurance.NONE, result.assurance());
		assertTrue(
				result.notes().stream().anyMatch(note -> note.contains("no reliable process limits and no assurance")),
				result.notes().toString());
	}

	@Test
	void assuranceUsesTheLimitsOfTheLatestPartition() {
		// After a step change to 21, 19, … (limits 14.68 to 25.32), a target of 12 is always passed
		// when higher is better, though it sat inside the first partition's limits.
		double[] values = Series.concat(STABLE, 21, 19, 21, 19, 21, 19, 21, 19, 21, 19, 21, 19);
		SpcResult result = SpcAnalysis.analyse(monthly(values), SpcOptions.builder()
				.direction(ImprovementDirection.HIGHER_IS_BETTER).target(12).stepChange(StepChange.atIndex(16))
				.build());
		assertEquals(Assurance.CONSISTENTLY_PASSES, result.assurance());
	}

	@Test
	void aTargetEqualToAFlatProcessConsistentlyPassesInEitherDirection() {
		double[] flat = new double[15];
		Arrays.fill(flat, 5);
		for (ImprovementDirection direction : new ImprovementDirection[] { ImprovementDirection.HIGHER_IS_BETTER,
				ImprovementDirection.LOWER_IS_BETTER }) {
			SpcResult result = SpcAnalysis.analyse(monthly(flat),
					SpcOptions.builder().direction(direction).target(5).build());
			assertEquals(Assurance.CONSISTENTLY_PASSES, result.assurance(), direction.name());
		}
	}
}
