package org.placewise.checks.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;
import org.placewise.model.query.Amounts;
import org.placewise.checks.ObjectPaths;
import org.placewise.model.edit.label.PlacewiseLabels;

/**
 * How findings write figures, the same way everywhere and as English boards write them: money {@code £5,000,000} (pence
 * only when there are any), counts {@code 2,800,000}, dates {@code 26 Nov 2027} (dates, counts and plurals as
 * {@link PlacewiseLabels} words them everywhere).
 */
public final class Figures {

	private Figures() {
	}

	/** @return the amount in pounds sterling, e.g. {@code £5,000,000} or {@code £2.50} */
	public static String money(BigDecimal amount) {
		return Amounts.money(amount);
	}

	/** @return a whole number with thousands separators, e.g. {@code 2,800,000} */
	public static String count(long number) {
		return PlacewiseLabels.number(number);
	}

	/** @return a measured value as recorded, with thousands separators, e.g. {@code 10.0} or {@code 1,250} */
	public static String value(BigDecimal number) {
		return Amounts.number(number);
	}

	/** @return a percentage, e.g. {@code 95%} or {@code 33.5%} */
	public static String percent(BigDecimal number) {
		return value(number.stripTrailingZeros().scale() < 0 ? number.setScale(0) : number.stripTrailingZeros()) + "%";
	}

	/** @return the date in Placewise's one date format, e.g. {@code 26 Nov 2027} */
	public static String date(LocalDate date) {
		return PlacewiseLabels.date(date);
	}

	/** @return the object's name in single quotes, e.g. {@code 'Wigan Locality Board'} */
	public static String quoted(EObject object) {
		return object == null ? "(none)" : "'" + ObjectPaths.name(object) + "'";
	}

	/** @return {@code 1 member}, {@code 3 members}: the count and the noun, plural when needed */
	public static String many(long count, String noun) {
		return PlacewiseLabels.count(count, noun, noun + "s");
	}
}
