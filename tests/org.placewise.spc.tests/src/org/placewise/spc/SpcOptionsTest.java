package org.placewise.spc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpcOptionsTest {

	@Test
	void defaultsFollowMakingDataCount() {
		SpcOptions options = SpcOptions.defaults();
		assertEquals(7, options.shiftLength());
		assertEquals(7, options.trendLength());
		assertFalse(options.screenMovingRanges());
		assertTrue(options.baselinePoints().isEmpty());
		assertTrue(options.target().isEmpty());
		assertEquals(ImprovementDirection.NEUTRAL, options.direction());
	}

	@ParameterizedTest
	@ValueSource(ints = { 6, 7, 8 })
	void runLengthsFromSixToEightAreAccepted(int length) {
		SpcOptions options = SpcOptions.builder().shiftLength(length).trendLength(length).build();
		assertEquals(length, options.shiftLength());
		assertEquals(length, options.trendLength());
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 5, 9 })
	void shiftLengthsOutsideSixToEightAreRefused(int length) {
		SpcInputException error = assertThrows(SpcInputException.class,
				() -> SpcOptions.builder().shiftLength(length).build());
		assertEquals("Shift length " + length + " is not allowed: Making Data Count uses 6 to 8 points (default 7)",
				error.getMessage());
	}

	@ParameterizedTest
	@ValueSource(ints = { 5, 9 })
	void trendLengthsOutsideSixToEightAreRefused(int length) {
		SpcInputException error = assertThrows(SpcInputException.class,
				() -> SpcOptions.builder().trendLength(length).build());
		assertTrue(error.getMessage().startsWith("Trend length " + length), error.getMessage());
	}

	@Test
	void aTargetThatIsNotANumberIsRefused() {
		assertThrows(SpcInputException.class, () -> SpcOptions.builder().target(Double.NaN).build());
	}

	@Test
	void aStepChangeNeedsAnIndexOrADateButNotBoth() {
		assertThrows(IllegalArgumentException.class, () -> new StepChange(-1, null));
		assertThrows(IllegalArgumentException.class, () -> new StepChange(3, LocalDate.of(2024, 1, 1)));
		assertThrows(IllegalArgumentException.class, () -> StepChange.atIndex(-2));
	}
}
