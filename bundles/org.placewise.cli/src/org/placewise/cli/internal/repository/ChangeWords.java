package org.placewise.cli.internal.repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.placewise.model.core.NamedElement;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.store.repository.ModelDifference.Change;

/**
 * One {@link Change} in words, all through {@link PlacewiseLabels}: "Delegation 'D2' financial limit £5,000,000 →
 * £6,000,000", "Added board 'Place board'", "Removed delegation 'D3'".
 */
final class ChangeWords {

	private ChangeWords() {
	}

	/**
	 * @param change a difference between two versions of a model
	 * @return one line describing it
	 */
	static String of(Change change) {
		return switch (change.kind()) {
		case ADDED -> "Added " + lowerFirst(object(change.after()));
		case REMOVED -> "Removed " + lowerFirst(object(change.before()));
		case CHANGED -> object(change.after()) + " " + lowerFirst(PlacewiseLabels.featureName(change.feature())) + " "
				+ value(change.feature(), change.oldValue()) + " \u2192 " + value(change.feature(), change.newValue());
		};
	}

	/** @return "Delegation 'D2'", or the object's label when it has no name */
	static String object(EObject object) {
		if (object instanceof NamedElement named && named.getName() != null && !named.getName().isBlank()) {
			return PlacewiseLabels.typeName(object.eClass()) + " '" + named.getName() + "'";
		}
		return PlacewiseLabels.text(object);
	}

	static String value(EStructuralFeature feature, Object value) {
		if (value instanceof List<?> list) {
			if (list.isEmpty()) {
				return PlacewiseLabels.name(null);
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
