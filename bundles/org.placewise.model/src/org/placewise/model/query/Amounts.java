package org.placewise.model.query;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Money and figures written the way British boards write them, for every place that shows exact figures (labels, check
 * messages): {@code £5,000,000}, {@code £2.50}, {@code 2,800,000}, {@code 10.0}.
 */
public final class Amounts {
	private static final Locale UK = Locale.UK;

	private Amounts() {
	}

	/** @return the amount in pounds sterling; whole pounds without pence, e.g. {@code £5,000,000} or {@code £2.50} */
	public static String money(BigDecimal amount) {
		NumberFormat format = NumberFormat.getCurrencyInstance(UK);
		int decimals = amount.stripTrailingZeros().scale() <= 0 ? 0 : 2;
		format.setMinimumFractionDigits(decimals);
		format.setMaximumFractionDigits(decimals);
		return format.format(amount);
	}

	/** @return the number with thousands separators and the decimals it was recorded with, e.g. {@code 10.0} */
	public static String number(BigDecimal number) {
		NumberFormat format = NumberFormat.getNumberInstance(UK);
		int decimals = Math.max(0, number.scale());
		format.setMinimumFractionDigits(decimals);
		format.setMaximumFractionDigits(decimals);
		return format.format(number);
	}
}
