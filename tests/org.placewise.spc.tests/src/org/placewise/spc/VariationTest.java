package org.placewise.spc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.placewise.spc.Series.afterBaseline;
import static org.placewise.spc.Series.afterBaselineEndingHigh;
import static org.placewise.spc.Series.baseline12;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The variation icon of the latest point, from its winning rule's side and the direction. */
class VariationTest {

	@ParameterizedTest
	@EnumSource(ImprovementDirection.class)
	void anUnflaggedLatestPointIsCommonCause(ImprovementDirection direction) {
		// A shift of 7 above the mean (positions 12–18), then 9: the latest point is not flagged.
		SpcResult result = SpcAnalysis.analyse(afterBaseline(11, 12, 11, 12, 11, 12, 11, 9),
				baseline12(direction).build());
		assertEquals(Variation.COMMON_CAUSE, result.latestVariation());
		assertEquals(7, result.flaggedPoints().size());
	}

	@Test
	void aHighSpecialCauseWithoutDirectionIsNeutralHigh() {
		SpcResult result = SpcAnalysis.analyse(afterBaseline(11, 12, 11, 12, 11, 12, 11),
				baseline12(ImprovementDirection.NEUTRAL).build());
		assertEquals(Variation.SPECIAL_CAUSE_NEUTRAL_HIGH, result.latestVariation());
	}

	@Test
	void aLowSpecialCauseWithoutDirectionIsNeutralLow() {
		SpcResult result = SpcAnalysis.analyse(afterBaselineEndingHigh(9, 8, 9, 8, 9, 8, 9),
				baseline12(ImprovementDirection.NEUTRAL).build());
		assertEquals(Variation.SPECIAL_CAUSE_NEUTRAL_LOW, result.latestVariation());
	}

	@ParameterizedTest
	@CsvSource({
			"HIGH, HIGHER_IS_BETTER, SPECIAL_CAUSE_IMPROVEMENT_HIGH",
			"LOW,  HIGHER_IS_BETTER, SPECIAL_CAUSE_CONCERN_LOW",
			"HIGH, LOWER_IS_BETTER,  SPECIAL_CAUSE_CONCERN_HIGH",
			"LOW,  LOWER_IS_BETTER,  SPECIAL_CAUSE_IMPROVEMENT_LOW",
			"HIGH, NEUTRAL,          SPECIAL_CAUSE_NEUTRAL_HIGH",
			"LOW,  NEUTRAL,          SPECIAL_CAUSE_NEUTRAL_LOW" })
	void sideAndDirectionGiveTheVariation(Side side, ImprovementDirection direction, Variation expected) {
		assertEquals(expected, Variation.of(side, direction));
	}

	@Test
	void improvementAndConcernAreSpecialCausesButCommonCauseIsNot() {
		assertTrue(Variation.SPECIAL_CAUSE_IMPROVEMENT_LOW.isSpecialCause());
		assertTrue(Variation.SPECIAL_CAUSE_CONCERN_HIGH.isSpecialCause());
		assertTrue(Variation.SPECIAL_CAUSE_NEUTRAL_LOW.isSpecialCause());
		assertFalse(Variation.COMMON_CAUSE.isSpecialCause());
		assertFalse(Variation.NOT_ASSESSED.isSpecialCause());
	}

	@Test
	void everyPointCarriesItsOwnVariation() {
		// Shift above (positions 12–18) is an improvement when higher is better; the baseline is common cause.
		SpcResult result = SpcAnalysis.analyse(afterBaseline(11, 12, 11, 12, 11, 12, 11, 9),
				baseline12(ImprovementDirection.HIGHER_IS_BETTER).build());
		assertEquals(Variation.COMMON_CAUSE, result.points().get(11).variation());
		assertEquals(Variation.SPECIAL_CAUSE_IMPROVEMENT_HIGH, result.points().get(15).variation());
	}
}
