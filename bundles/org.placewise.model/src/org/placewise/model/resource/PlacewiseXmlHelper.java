package org.placewise.model.resource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;
import org.placewise.model.core.CorePackage;

/**
 * XMI helper of {@link PlacewiseResource}: reads dates without the general date-time parser.
 * <p>
 * A national model holds well over 100,000 dates (one per weekly observation), all written by
 * {@code LocalDate.toString()} as {@code yyyy-MM-dd}. {@code LocalDate.parse} builds a parsed field map for each;
 * reading the ten characters directly gives the same date for a fraction of the cost. Anything not in exactly that
 * shape (whitespace, signs, years beyond 9999, blanks) still goes through the model's own conversion, so what is
 * accepted and refused is unchanged.
 * <p>
 * Decimals beyond what a calculation can hold ({@code 1e400}) are refused like any value that is not valid (see
 * {@link Numbers}): the error names the line and column.
 */
final class PlacewiseXmlHelper extends XMIHelperImpl {

	PlacewiseXmlHelper(XMLResource resource) {
		super(resource);
	}

	@Override
	protected Object createFromString(EFactory eFactory, EDataType eDataType, String value) {
		if (eDataType == CorePackage.Literals.LOCAL_DATE) {
			LocalDate date = isoDate(value);
			if (date != null) {
				return date;
			}
		}
		Object converted = super.createFromString(eFactory, eDataType, value);
		if (converted instanceof BigDecimal number) {
			Numbers.requireCalculable(number);
		} else if (converted instanceof String text) {
			// XML 1.1 files can hold control characters by reference (&#x1B;); a model cannot.
			int control = ControlCharacters.firstForbidden(text);
			if (control >= 0) {
				throw new IllegalArgumentException("the text holds the control character "
						+ ControlCharacters.escape(control) + ", which a model cannot hold");
			}
		}
		return converted;
	}

	/**
	 * @param text a value from the file
	 * @return the date when {@code text} is exactly {@code yyyy-MM-dd} and a real date; otherwise {@code null}, to let
	 *         the model's own conversion decide (and word any error)
	 */
	static LocalDate isoDate(String text) {
		if (text == null || text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 7);
		int day = digits(text, 8, 10);
		if (year < 0 || month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))) {
			return null;
		}
		return LocalDate.of(year, month, day);
	}

	/** @return the decimal number in {@code text[from, to)}, or -1 if any character is not a digit */
	private static int digits(String text, int from, int to) {
		int number = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			number = number * 10 + (c - '0');
		}
		return number;
	}
}
