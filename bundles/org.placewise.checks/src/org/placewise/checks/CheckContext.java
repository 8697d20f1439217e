package org.placewise.checks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;

/**
 * What a rule sees while it checks one object: the "as of" date (so date-based rules give the same answer tomorrow),
 * the profile's parameters, and where to report findings.
 */
public final class CheckContext {
	private final LocalDate asOf;
	private final CheckProfile profile;
	private CheckRule<?> rule;
	private List<Finding> findings;

	/**
	 * @param asOf    the date date-based rules compare against
	 * @param profile which rules run, at which severity, with which parameters
	 */
	public CheckContext(LocalDate asOf, CheckProfile profile) {
		this.asOf = Objects.requireNonNull(asOf);
		this.profile = Objects.requireNonNull(profile);
	}

	/** @return the date date-based rules compare against (default: today) */
	public LocalDate asOf() {
		return asOf;
	}

	/** @return the profile in force */
	public CheckProfile profile() {
		return profile;
	}

	/**
	 * @return the value of a rule parameter (e.g. {@code max}), from the profile if it sets one, else the default
	 */
	public int parameter(String name, int defaultValue) {
		return profile.parameter(rule, name, defaultValue);
	}

	/**
	 * @return the value of a parameter the running rule declares in {@link CheckRule#parameters()}: the profile's value
	 *         if it sets one, else the declared default
	 * @throws IllegalArgumentException when the rule declares no such parameter
	 */
	public int parameter(String name) {
		RuleParameter declared = rule.parameter(name).orElseThrow(
				() -> new IllegalArgumentException("Rule " + rule.id() + " declares no parameter '" + name + "'"));
		return profile.parameter(rule, name, declared.defaultValue());
	}

	/**
	 * Reports a finding of the rule being run.
	 *
	 * @param target  the object the finding is about
	 * @param message what is wrong, naming the objects and figures involved
	 * @param related other objects involved
	 */
	public void report(EObject target, String message, EObject... related) {
		if (findings == null) {
			throw new IllegalStateException("report() is only valid while a rule runs");
		}
		findings.add(new Finding(rule, profile.severity(rule), target, message,
				Arrays.stream(related).filter(Objects::nonNull).toList()));
	}

	/** Runs one rule on one object and returns what it found; the profile must enable the rule. */
	List<Finding> run(CheckRule<?> checkRule, EObject target) {
		List<Finding> previous = findings;
		CheckRule<?> previousRule = rule;
		findings = new ArrayList<>(1);
		rule = checkRule;
		try {
			checkRule.checkObject(target, this);
			return findings.isEmpty() ? List.of() : findings;
		} finally {
			findings = previous;
			rule = previousRule;
		}
	}
}
