package org.placewise.io;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;

import org.placewise.io.internal.Cell;
import org.placewise.io.internal.Values;

/**
 * Amounts and dates typed by a person in the workbench, read as the import reads them from a spreadsheet cell, so a
 * value that imports also types: {@code 2,500,000}, {@code 12.5}, {@code 31/03/2027}, {@code 2027-03-31}. Amounts of
 * money may also start with {@code £} or be written short as the diagrams show them ({@code £2.5m}), and dates may also
 * be written as Placewise shows them ({@code 31 Mar 2027}), so a value shown can be typed back unchanged.
 */
public final class ValueText {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK)
			.withResolverStyle(ResolverStyle.STRICT);

	private ValueText() {
	}

	/**
	 * @param text what was typed: {@code £2,500,000}, {@code 2500000}, or the short form the diagrams show
	 *             ({@code £950k}, {@code £2.5m}, {@code £1.2bn})
	 * @return the amount in pounds, or {@code null} when the text is blank (the value is cleared)
	 * @throws IllegalArgumentException saying in plain English why the text is not an amount
	 */
	public static BigDecimal money(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String stripped = text.strip();
		String digits = stripped.startsWith("£") ? stripped.substring(1).strip()
				: stripped.startsWith("-£") ? "-" + stripped.substring(2).strip() : stripped;
		int power = 0;
		String lower = digits.toLowerCase(Locale.UK);
		for (String[] unit : UNITS) {
			if (lower.endsWith(unit[0]) && lower.length() > unit[0].length()
					&& Character.isDigit(lower.charAt(lower.length() - unit[0].length() - 1))) {
				digits = digits.substring(0, digits.length() - unit[0].length());
				power = Integer.parseInt(unit[1]);
				break;
			}
		}
		try {
			BigDecimal amount = Values.number(new Cell.Text(digits));
			return power == 0 ? amount
					: amount.scaleByPowerOfTen(power).stripTrailingZeros().setScale(0,
							java.math.RoundingMode.HALF_UP);
		} catch (Values.BadValue e) {
			throw new IllegalArgumentException("'" + Values.shorten(stripped)
					+ "' is not an amount of money (write it like £2,500,000, 2500000 or £2.5m)", e);
		}
	}

	/** Short forms of amounts as the diagrams write them, longest suffix first: thousands, millions, billions. */
	private static final String[][] UNITS = { { "bn", "9" }, { "k", "3" }, { "m", "6" } };

	/**
	 * @param text what was typed: {@code 12.5}, {@code -3}, {@code 2,800,000}
	 * @return the number, or {@code null} when the text is blank (the value is cleared)
	 * @throws IllegalArgumentException saying in plain English why the text is not a number
	 */
	public static BigDecimal number(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Values.number(new Cell.Text(text.strip()));
		} catch (Values.BadValue e) {
			throw new IllegalArgumentException(e.getMessage(), e);
		}
	}

	/**
	 * @param text what was typed
	 * @return the date, or {@code null} when the text is blank (the value is cleared)
	 * @throws IllegalArgumentException saying in plain English why the text is not a date
	 */
	public static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String stripped = text.strip();
		try {
			return Values.date(new Cell.Text(stripped));
		} catch (Values.BadValue e) {
			try {
				return LocalDate.parse(stripped, SHOWN);
			} catch (DateTimeException notShownForm) {
				throw new IllegalArgumentException(e.getMessage(), e);
			}
		}
	}
}
