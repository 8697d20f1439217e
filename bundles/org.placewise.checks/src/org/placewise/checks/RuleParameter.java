package org.placewise.checks;

import java.util.Objects;

/**
 * A threshold a rule reads through {@link CheckContext#parameter(String)} and a profile can change
 * ({@code board.too-many-members.max = 25}).
 *
 * @param name         the parameter name, e.g. {@code max}
 * @param defaultValue the value unless a profile sets another
 * @param description  what it means, for the catalogue reference
 */
public record RuleParameter(String name, int defaultValue, String description) {

	public RuleParameter {
		Objects.requireNonNull(name);
		Objects.requireNonNull(description);
		if (!name.matches("[a-z][a-z0-9-]*")) {
			throw new IllegalArgumentException("Parameter name '" + name + "' must be lower-case words joined by '-'");
		}
	}
}
