package org.placewise.checks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EClass;
import org.placewise.checks.internal.ContributedRules;

/**
 * An ordered set of rules with unique ids, looked up by id or by the type they check.
 * <p>
 * {@link #placewise()} is the catalogue every tool uses: the rules bundles contribute through the extension point
 * {@code org.placewise.checks.rules}. The constructor makes a catalogue of explicit rules, for plain-Java use and
 * tests.
 */
public final class CheckCatalogue {
	private final Map<String, CheckRule<?>> rules;
	private final Map<EClass, List<CheckRule<?>>> rulesByType = new ConcurrentHashMap<>();

	/** @param rules the rules, in the order reports list them; ids must be unique */
	public CheckCatalogue(List<? extends CheckRule<?>> rules) {
		Map<String, CheckRule<?>> byId = new LinkedHashMap<>();
		for (CheckRule<?> rule : rules) {
			if (byId.putIfAbsent(rule.id(), rule) != null) {
				throw new IllegalArgumentException("Two rules have the id " + rule.id());
			}
		}
		this.rules = Collections.unmodifiableMap(byId);
	}

	/**
	 * @return the Placewise catalogue: every rule contributed to the extension point {@code org.placewise.checks.rules}
	 *         (by this bundle and any other), by category, then by id; read once, when first asked for
	 */
	public static CheckCatalogue placewise() {
		return Holder.PLACEWISE;
	}

	/** @return every rule, in catalogue order */
	public List<CheckRule<?>> rules() {
		return List.copyOf(rules.values());
	}

	/** @return the rule with this id, if there is one */
	public Optional<CheckRule<?>> find(String id) {
		return Optional.ofNullable(rules.get(id));
	}

	/** @return the rules that look at objects of this type (including rules on its supertypes) */
	public List<CheckRule<?>> rulesFor(EClass type) {
		return rulesByType.computeIfAbsent(type, t -> {
			List<CheckRule<?>> applicable = new ArrayList<>();
			for (CheckRule<?> rule : rules.values()) {
				if (rule.targetType().isSuperTypeOf(t)) {
					applicable.add(rule);
				}
			}
			return List.copyOf(applicable);
		});
	}

	private static final class Holder {
		static final CheckCatalogue PLACEWISE = new CheckCatalogue(ContributedRules.ofPlatform());
	}
}
