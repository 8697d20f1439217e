package org.placewise.spc;

/** The Making Data Count variation icon of a point. */
public enum Variation {
	/** Fewer than two points: there is nothing to judge variation against. */
	NOT_ASSESSED("not assessed (fewer than 2 points)"),
	/** No special-cause rule flags the point. */
	COMMON_CAUSE("common cause variation"),
	/** Special cause, unusually high, and higher is better. */
	SPECIAL_CAUSE_IMPROVEMENT_HIGH("special cause improvement (high)"),
	/** Special cause, unusually low, and lower is better. */
	SPECIAL_CAUSE_IMPROVEMENT_LOW("special cause improvement (low)"),
	/** Special cause, unusually high, and lower is better. */
	SPECIAL_CAUSE_CONCERN_HIGH("special cause concern (high)"),
	/** Special cause, unusually low, and higher is better. */
	SPECIAL_CAUSE_CONCERN_LOW("special cause concern (low)"),
	/** Special cause, unusually high, for a measure with no preferred direction. */
	SPECIAL_CAUSE_NEUTRAL_HIGH("special cause, neutral (high)"),
	/** Special cause, unusually low, for a measure with no preferred direction. */
	SPECIAL_CAUSE_NEUTRAL_LOW("special cause, neutral (low)");

	private final String description;

	Variation(String description) {
		this.description = description;
	}

	/** Plain-English description for reports. */
	public String description() {
		return description;
	}

	/** Whether this is a special cause of any kind. */
	public boolean isSpecialCause() {
		return ordinal() >= SPECIAL_CAUSE_IMPROVEMENT_HIGH.ordinal();
	}

	/** Whether this special cause is an improvement. */
	public boolean isImprovement() {
		return this == SPECIAL_CAUSE_IMPROVEMENT_HIGH || this == SPECIAL_CAUSE_IMPROVEMENT_LOW;
	}

	/** Whether this special cause is a concern. */
	public boolean isConcern() {
		return this == SPECIAL_CAUSE_CONCERN_HIGH || this == SPECIAL_CAUSE_CONCERN_LOW;
	}

	/** The variation of a point flagged on {@code side} for a measure with {@code direction}. */
	static Variation of(Side side, ImprovementDirection direction) {
		return switch (direction) {
		case HIGHER_IS_BETTER -> side == Side.HIGH ? SPECIAL_CAUSE_IMPROVEMENT_HIGH : SPECIAL_CAUSE_CONCERN_LOW;
		case LOWER_IS_BETTER -> side == Side.HIGH ? SPECIAL_CAUSE_CONCERN_HIGH : SPECIAL_CAUSE_IMPROVEMENT_LOW;
		case NEUTRAL -> side == Side.HIGH ? SPECIAL_CAUSE_NEUTRAL_HIGH : SPECIAL_CAUSE_NEUTRAL_LOW;
		};
	}
}
