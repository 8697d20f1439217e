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
	void moneyIsReadInTheShortFormTheDiagramsShow() {
		assertEquals(0, new BigDecimal("2500000").compareTo(ValueText.money("£2.5m")));
		assertEquals(0, new BigDecimal("950000").compareTo(ValueText.money("£950k")));
		assertEquals(0, new BigDecimal("1250000000").compareTo(ValueText.money("£1.25bn")));
		assertEquals(0, new BigDecimal("-7500000").compareTo(ValueText.money("-£7.5M")));
		assertEquals(0, new BigDecimal("3000000").compareTo(ValueText.money("3m")));
	}

	@Test
	void aUnitWithoutAFigureIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> ValueText.money("£m"));
		assertThrows(IllegalArgumentException.class, () -> ValueText.money("£2.5 million"));
		assertThrows(IllegalArgumentException.class, () -> ValueText.money("2.5mm"));
	}

	@Test
	void numbersAreReadWithThousandsSeparators() {
		assertEquals(0, new BigDecimal("2800000").compareTo(ValueText.number("2,800,000")));
		assertNull(ValueText.number(" "));
		IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
				() -> ValueText.number("£5"));
		assertTrue(refused.getMessage().contains("not a number"), refused.getMessage());
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
