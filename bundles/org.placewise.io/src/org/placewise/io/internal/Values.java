package org.placewise.io.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Enumerator;
import org.placewise.model.resource.ControlCharacters;
import org.placewise.model.resource.Numbers;

/**
 * Turns cells into model values, or explains why a cell cannot be one.
 */
public final class Values {

	private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
	private static final Pattern GROUPED_NUMBER = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");
	private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
	private static final Pattern UK_DATE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");
	private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK)
			.withResolverStyle(ResolverStyle.STRICT);

	private Values() {
	}

	/** A cell that cannot be read as the value its column needs; the message says why. */
	public static final class BadValue extends Exception {
		private static final long serialVersionUID = 1L;

		/**
		 * @param message why the cell cannot be read, without the file, row or column
		 */
		public BadValue(String message) {
			super(message, null, false, false);
		}
	}

	/**
	 * @param cell a non-blank cell
	 * @return the number it holds: a spreadsheet number, or text such as {@code 12.5}, {@code -3} or {@code 1,250.75}
	 * @throws BadValue when it holds no number
	 */
	public static BigDecimal number(Cell cell) throws BadValue {
		BigDecimal number = switch (cell) {
		case Cell.Number spreadsheet -> spreadsheet.value();
		case Cell.Date date -> throw new BadValue("holds the date " + date.value() + " where a number is needed");
		case Cell.FormulaError error -> throw new BadValue("the formula in this cell gives the error " + error.code());
		default -> {
			String text = cell.display();
			String digits = GROUPED_NUMBER.matcher(text).matches() ? text.replace(",", "") : text;
			if (!PLAIN_NUMBER.matcher(digits).matches()) {
				throw new BadValue("'" + shorten(text) + "' is not a number (write it like 12.5 or -3)");
			}
			try {
				yield new BigDecimal(digits.startsWith("+") ? digits.substring(1) : digits);
			} catch (NumberFormatException | ArithmeticException e) {
				throw new BadValue("'" + shorten(text) + "' is not a number (write it like 12.5 or -3)");
			}
		}
		};
		if (!Numbers.isCalculable(number)) {
			throw new BadValue("'" + shorten(cell.display()) + "' is too large a number to calculate with (the largest"
					+ " is about 1.8E+308)");
		}
		return number;
	}

	/**
	 * @param cell a non-blank cell
	 * @return the date it holds: a spreadsheet date, or text in ISO form (2025-03-31) or UK form (31/03/2025)
	 * @throws BadValue when it holds no date
	 */
	public static LocalDate date(Cell cell) throws BadValue {
		return switch (cell) {
		case Cell.Date date -> date.value();
		case Cell.Number number -> throw new BadValue("holds the number " + number.value() + " where a date is"
				+ " needed (format the cell as a date, or write the date as 2025-03-31)");
		case Cell.FormulaError error -> throw new BadValue("the formula in this cell gives the error " + error.code());
		default -> {
			String text = cell.display();
			try {
				if (ISO_DATE.matcher(text).matches()) {
					yield LocalDate.parse(text);
				}
				if (UK_DATE.matcher(text).matches()) {
					yield LocalDate.parse(text, UK);
				}
			} catch (DateTimeException e) {
				throw new BadValue("'" + shorten(text) + "' is not a date that exists");
			}
			throw new BadValue("'" + shorten(text) + "' is not a date (write it as 2025-03-31 or 31/03/2025)");
		}
		};
	}

	/**
	 * @param cell a non-blank cell
	 * @return its text: text as typed (stripped), numbers in plain form, dates in ISO form
	 * @throws BadValue when a formula in the cell gives an error
	 */
	public static String text(Cell cell) throws BadValue {
		if (cell instanceof Cell.FormulaError error) {
			throw new BadValue("the formula in this cell gives the error " + error.code());
		}
		String text = cell.display();
		int control = ControlCharacters.firstForbidden(text);
		if (control >= 0) {
			// A model file cannot hold it (XML 1.0), so saving would fail after the import was checked.
			throw new BadValue(
					"'" + shorten(text) + "' holds the control character " + ControlCharacters.escape(control)
							+ ", which a model cannot hold; remove it");
		}
		return text;
	}

	/**
	 * Finds the literal of an enumeration a cell names: its literal ({@code higher-is-better}) or its name
	 * ({@code HIGHER_IS_BETTER}), ignoring case, spaces, hyphens and underscores.
	 *
	 * @param <E>      the enumeration
	 * @param cell     a non-blank cell
	 * @param literals the enumeration's values
	 * @param what     what the column holds, for the message ("desired direction")
	 * @return the literal
	 * @throws BadValue when the cell names none of them
	 */
	public static <E extends Enumerator> E literal(Cell cell, List<E> literals, String what) throws BadValue {
		String wanted = key(text(cell));
		for (E literal : literals) {
			if (key(literal.getLiteral()).equals(wanted) || key(literal.getName()).equals(wanted)) {
				return literal;
			}
		}
		StringJoiner allowed = new StringJoiner(", ");
		literals.forEach(l -> allowed.add(l.getLiteral()));
		throw new BadValue("'" + shorten(cell.display()) + "' is not a " + what + "; use one of: " + allowed);
	}

	/**
	 * @param header a column header or name as written
	 * @return the form used to compare headers: lower case letters and digits only
	 */
	public static String key(String header) {
		StringBuilder key = new StringBuilder(header.length());
		header.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
		return key.toString();
	}

	/**
	 * @param text any text from a file
	 * @return the text, cut short when it is too long to quote in a message, with control characters shown escaped
	 *         ({@code \\u001B}) so a terminal never acts on them
	 */
	public static String shorten(String text) {
		String shown = ControlCharacters.escape(text);
		return shown.length() <= 60 ? shown : shown.substring(0, 57) + "...";
	}
}
