package org.placewise.spc;

/**
 * The Making Data Count special-cause rules, declared in order of precedence: when several rules flag the same point,
 * the earliest constant here decides the point's variation type.
 */
public enum SpecialCauseRule {
	/** A run of consecutive points all increasing or all decreasing (a tie breaks the run). */
	TREND("trend"),
	/** A run of consecutive points all above or all below the mean (a point on the mean breaks it). */
	SHIFT("shift"),
	/**
	 * Two out of three consecutive points beyond the same 2-sigma line, with all three on that side of the mean.
	 */
	TWO_OF_THREE_BEYOND_TWO_SIGMA("two of three points beyond the 2-sigma line"),
	/** A single point above the upper or below the lower process limit. */
	OUTSIDE_PROCESS_LIMITS("a point outside the process limits");

	private final String description;

	SpecialCauseRule(String description) {
		this.description = description;
	}

	/** Plain-English description for reports. */
	public String description() {
		return description;
	}
}
