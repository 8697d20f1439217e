package org.placewise.repository.ui;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.placewise.model.edit.label.PlacewiseLabels;

/**
 * How the repository's moments and values read in the workbench, through {@link PlacewiseLabels}: "2 Dec 2026 13:15",
 * "£6,000,000", "Board: Place Board". References arrive as model ids (conflicts, commits) and are shown as the object
 * they name when it is known.
 */
final class Words {

	/** Features whose decimal values are sums of money. */
	private static final Pattern MONEY = Pattern.compile("(?i).*(amount|limit|budget|benefit|investment|cost|funding)"
			+ ".*");

	private Words() {
	}

	/** @return a commit moment in the workbench's time zone: "2 Dec 2026 13:15" */
	static String when(long time) {
		LocalDateTime local = LocalDateTime.ofInstant(Instant.ofEpochMilli(time), ZoneId.systemDefault());
		return PlacewiseLabels.date(local.toLocalDate()) + String.format(" %02d:%02d", local.getHour(),
				local.getMinute());
	}

	/**
	 * @param feature the feature the value is of, or {@code null}
	 * @param value   a value: plain, an enum literal, a date, a model object, a model id or a list of them
	 * @param byId    model objects by id, to show referenced objects by their label
	 * @return the value in words
	 */
	static String value(EStructuralFeature feature, Object value, Map<String, EObject> byId) {
		if (value == null) {
			return "(not recorded)";
		}
		if (value instanceof Collection<?> list) {
			return list.isEmpty() ? "(none)"
					: list.stream().map(element -> value(feature, element, byId)).collect(Collectors.joining(", "));
		}
		if (value instanceof EObject object) {
			return PlacewiseLabels.text(object);
		}
		if (value instanceof Enumerator literal) {
			return PlacewiseLabels.literal(literal);
		}
		if (value instanceof LocalDate date) {
			return PlacewiseLabels.date(date);
		}
		if (value instanceof BigDecimal amount && feature != null && MONEY.matcher(feature.getName()).matches()) {
			return PlacewiseLabels.money(amount);
		}
		if (value instanceof Number number) {
			return PlacewiseLabels.number(number);
		}
		if (value instanceof Boolean yes) {
			return yes ? "yes" : "no";
		}
		if (value instanceof String text && feature instanceof org.eclipse.emf.ecore.EReference && byId != null
				&& byId.get(text) != null) {
			return PlacewiseLabels.text(byId.get(text));
		}
		return "'" + value + "'";
	}

	/** @return the feature's name as Placewise words it ("Financial limit") */
	static String feature(EStructuralFeature feature) {
		return PlacewiseLabels.featureName(feature);
	}
}
