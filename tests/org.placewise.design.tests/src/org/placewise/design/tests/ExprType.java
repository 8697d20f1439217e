package org.placewise.design.tests;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClassifier;

/**
 * The static type of an expression as the checker sees it: one or several possible metamodel classifiers (several when,
 * say, a tool's container may be a vision or an outcome), single or many-valued. A view type stands for Sirius's own
 * diagram objects ({@code containerView}), which the checker does not navigate.
 *
 * @param options the possible classifiers; empty only for a view
 * @param many    whether the value is a collection
 * @param view    whether this is a Sirius view object rather than a model value
 */
public record ExprType(Set<EClassifier> options, boolean many, boolean view) {

	/** A Sirius view object. */
	public static final ExprType VIEW = new ExprType(Set.of(), false, true);

	/** @return a single value of one classifier */
	public static ExprType one(EClassifier classifier) {
		return new ExprType(Set.of(classifier), false, false);
	}

	/** @return a single value of any of the classifiers */
	public static ExprType anyOf(Set<? extends EClassifier> classifiers) {
		return new ExprType(new LinkedHashSet<>(classifiers), false, false);
	}

	/** @return the same classifiers, many-valued */
	public ExprType asMany() {
		return new ExprType(options, true, view);
	}

	/** @return the same classifiers, single-valued */
	public ExprType asOne() {
		return new ExprType(options, false, view);
	}

	@Override
	public String toString() {
		if (view) {
			return "a Sirius view";
		}
		String names = options.stream().map(EClassifier::getName).collect(Collectors.joining(" | "));
		return many ? "collection of " + names : names;
	}
}
