package org.placewise.ui.internal.pages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.placewise.io.ValueText;
import org.placewise.io.internal.Cell;
import org.placewise.io.internal.Values;
import org.placewise.model.edit.label.PlacewiseLabels;

/**
 * Values typed into the pages' fields and cells, read by the rules the importer reads spreadsheet cells with
 * ({@link Values}, {@link ValueText}), so a value that imports also types, and a value shown can be typed back
 * unchanged. Each reader gives {@code null} for blank text (the value is cleared) and throws
 * {@link IllegalArgumentException} saying in plain English why the text cannot be used.
 */
public final class FieldText {

	private FieldText() {
	}

	/** What a field holds, and so how its text is read and shown. */
	public enum Kind {
		/** Free text. */
		TEXT,
		/** A number such as 12.5 or 1,250. */
		NUMBER,
		/** A whole number, 0 or more (a quorum). */
		WHOLE_NUMBER,
		/** A date: 2025-03-31, 31/03/2025 or 31 Mar 2025. */
		DATE;

		/**
		 * @param text what was typed
		 * @return the value, {@code null} when blank
		 * @throws IllegalArgumentException why the text is not such a value
		 */
		public Object read(String text) {
			return switch (this) {
			case TEXT -> text(text);
			case NUMBER -> number(text);
			case WHOLE_NUMBER -> wholeNumber(text);
			case DATE -> ValueText.date(text);
			};
		}

		/**
		 * @param value a value of this kind, may be {@code null}
		 * @return how it is shown in a field, to be typed back: empty when there is none
		 */
		public String editText(Object value) {
			if (value == null) {
				return "";
			}
			return switch (this) {
			case TEXT -> value.toString();
			case NUMBER, WHOLE_NUMBER -> PlacewiseLabels.number((Number) value);
			case DATE -> PlacewiseLabels.date((LocalDate) value);
			};
		}

		/**
		 * @param text what was typed
		 * @return {@code null} when the text can be used, else why not
		 */
		public String problem(String text) {
			try {
				read(text);
				return null;
			} catch (IllegalArgumentException e) {
				return e.getMessage();
			}
		}
	}

	/** @return the text, stripped; {@code null} when blank */
	public static String text(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Values.text(new Cell.Text(text));
		} catch (Values.BadValue e) {
			throw new IllegalArgumentException(e.getMessage(), e);
		}
	}

	/** @return the number, as the importer reads a number cell; {@code null} when blank */
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

	/** @return the whole number, 0 or more; {@code null} when blank */
	public static Integer wholeNumber(String text) {
		BigDecimal number = number(text);
		if (number == null) {
			return null;
		}
		try {
			int whole = number.intValueExact();
			if (whole < 0) {
				throw new ArithmeticException();
			}
			return whole;
		} catch (ArithmeticException e) {
			throw new IllegalArgumentException("'" + Values.shorten(text.strip())
					+ "' is not a whole number of 0 or more (write it like 3)", e);
		}
	}

	/**
	 * @return the command setting a feature to a value (unsetting it for {@code null}), or {@code null} when it holds
	 *         that value already; numbers are equal when they compare equal (2.0 and 2)
	 */
	public static Command set(EditingDomain domain, EObject owner, EStructuralFeature feature, Object value) {
		Object old = owner.eGet(feature);
		if (Objects.equals(old, value)
				|| old instanceof BigDecimal a && value instanceof BigDecimal b && a.compareTo(b) == 0) {
			return null;
		}
		if (value == null && !owner.eIsSet(feature)) {
			return null;
		}
		return SetCommand.create(domain, owner, feature, value == null ? SetCommand.UNSET_VALUE : value);
	}
}
