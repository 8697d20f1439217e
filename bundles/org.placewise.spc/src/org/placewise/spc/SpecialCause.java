package org.placewise.spc;

import java.util.Comparator;
import java.util.Objects;

/**
 * A special-cause rule that flagged a point, and the side it points to.
 *
 * @param rule the rule that fired
 * @param side whether the rule found the point unusually high or unusually low
 */
public record SpecialCause(SpecialCauseRule rule, Side side) {

	/** Orders causes by rule precedence (trend first), then high before low. */
	public static final Comparator<SpecialCause> BY_PRECEDENCE = Comparator
			.comparing(SpecialCause::rule).thenComparing(SpecialCause::side);

	/** Creates a cause; both parts are required. */
	public SpecialCause {
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(side, "side");
	}

	/** Plain-English description, for example "shift (high)". */
	public String describe() {
		return rule.description() + " (" + side.word() + ")";
	}
}
