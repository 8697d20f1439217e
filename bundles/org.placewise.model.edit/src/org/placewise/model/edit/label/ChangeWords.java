package org.placewise.model.edit.label;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.placewise.model.core.NamedElement;

/**
 * A difference between two versions of a model in words, all through {@link PlacewiseLabels}: "Delegation 'D2'
 * financial limit £5,000,000 → £6,000,000", "Added board 'Place board'", "Removed delegation 'D3'". The one wording of
 * model differences: {@code placewise repository diff} and the workbench's History compare both use it, and
 * {@link ChangeList} words its values with it.
 */
public final class ChangeWords {

	private ChangeWords() {
	}

	/**
	 * @param object an object only the later version has
	 * @return "Added board 'Place board'"
	 */
	public static String added(EObject object) {
		return "Added " + lowerFirst(object(object));
	}

	/**
	 * @param object an object only the earlier version has
	 * @return "Removed delegation 'D3'"
	 */
	public static String removed(EObject object) {
		return "Removed " + lowerFirst(object(object));
	}

	/**
	 * @param object   the object (as the later version has it)
	 * @param feature  the feature whose value differs
	 * @param oldValue the earlier value
	 * @param newValue the later value
	 * @return "Delegation 'D2' financial limit £5,000,000 → £6,000,000"
	 */
	public static String changed(EObject object, EStructuralFeature feature, Object oldValue, Object newValue) {
		return object(object) + " " + lowerFirst(PlacewiseLabels.featureName(feature)) + " " + value(feature, oldValue)
				+ " \u2192 " + value(feature, newValue);
	}

	/**
	 * @param object a model object
	 * @return "Delegation 'D2'", or the object's label when it has no name
	 */
	public static String object(EObject object) {
		if (object instanceof NamedElement named && named.getName() != null && !named.getName().isBlank()) {
			return PlacewiseLabels.typeName(object.eClass()) + " '" + named.getName() + "'";
		}
		return PlacewiseLabels.text(object);
	}

	/**
	 * @param feature the feature the value is of
	 * @param value   a value: plain, a date, an enum literal, a yes/no, a model object, or a list of them
	 * @return the value in words ("£5,000,000", "1 Apr 2025", "yes", "'Place Board'", "none" for an empty list)
	 */
	public static String value(EStructuralFeature feature, Object value) {
		if (value instanceof List<?> list) {
			if (list.isEmpty()) {
				return "none";
			}
			return String.join(", ", list.stream().map(element -> value(feature, element)).toList());
		}
		if (value == null) {
			return PlacewiseLabels.name(null);
		}
		if (value instanceof BigDecimal amount) {
			return isMoney(feature) ? PlacewiseLabels.money(amount) : PlacewiseLabels.number(amount);
		}
		if (value instanceof Number number) {
			return PlacewiseLabels.number(number);
		}
		if (value instanceof LocalDate date) {
			return PlacewiseLabels.date(date);
		}
		if (value instanceof Enumerator literal) {
			return PlacewiseLabels.literal(literal);
		}
		if (value instanceof Boolean yes) {
			return yes ? "yes" : "no";
		}
		if (value instanceof NamedElement named) {
			return "'" + PlacewiseLabels.name(named) + "'";
		}
		if (value instanceof String text) {
			return "'" + text + "'";
		}
		return PlacewiseLabels.text(value);
	}

	/** Amounts in pounds: the metamodel documents them as such. */
	private static boolean isMoney(EStructuralFeature feature) {
		String documentation = EcoreUtil.getDocumentation(feature);
		if (documentation != null) {
			return documentation.contains("pounds") || documentation.contains("sterling");
		}
		// Generated packages may not carry their documentation: the money features are named so.
		return feature.getName().matches("(?i).*(amount|limit|budget|benefit)");
	}

	private static String lowerFirst(String text) {
		if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && !Character.isUpperCase(text.charAt(1))) {
			return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
		}
		return text;
	}
}
