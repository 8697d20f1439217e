package org.placewise.checks.rules;

import java.util.List;

import org.placewise.checks.CheckRule;
import org.placewise.checks.rules.programme.NoOutcomeKpi;

/** Every rule Placewise ships, in the order the catalogue lists them. */
public final class PlacewiseRules {

	private PlacewiseRules() {
	}

	/** @return new instances of every rule */
	public static List<CheckRule<?>> all() {
		return List.of(new NoOutcomeKpi());
	}
}
