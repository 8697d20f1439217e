package org.placewise.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ValueTextTest {

	@Test
	void moneyIsReadWithPoundSignAndThousandsSeparators() {
		assertEquals(0, new BigDecimal("2500000").compareTo(ValueText.money("£2,500,000")));
		assertEquals(0, new BigDecimal("2500000").compareTo(ValueText.money(" 2500000 ")));
		assertEquals(0, new BigDecimal("12.5").compareTo(ValueText.money("£ 12.50")));
		assertEquals(0, new BigDecimal("-300").compareTo(ValueText.money("-£300")));
	}

	@Test
	void blankMoneyClearsTheValue() {
		assertNull(ValueText.money("  "));
	}

	@Test
	void textThatIsNoAmountIsRefusedInPlainWords() {
		IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
				() -> ValueText.money("two million"));
		assertTrue(refused.getMessage().contains("'two million' is not an amount of money"), refused.getMessage());
	}

	@Test
	void datesAreReadInUkIsoAndShownForms() {
		LocalDate end = LocalDate.of(2027, 3, 31);
		assertEquals(end, ValueText.date("31/03/2027"));
		assertEquals(end, ValueText.date("2027-03-31"));
		assertEquals(end, ValueText.date("31 Mar 2027"));
		assertNull(ValueText.date(""));
	}

	@Test
	void aDateThatDoesNotExistIsRefused() {
		IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
				() -> ValueText.date("31/02/2027"));
		assertTrue(refused.getMessage().contains("not a date"), refused.getMessage());
	}
}
