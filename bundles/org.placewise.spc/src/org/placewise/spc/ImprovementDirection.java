package org.placewise.spc;

/** Which way a measure should move for things to be getting better. */
public enum ImprovementDirection {
	/** A rise is an improvement (for example, the share of people discharged home). */
	HIGHER_IS_BETTER("higher is better"),
	/** A fall is an improvement (for example, emergency admissions per 1,000 people). */
	LOWER_IS_BETTER("lower is better"),
	/** No direction is preferred, so special causes are reported as neutral. */
	NEUTRAL("no preferred direction");

	private final String description;

	ImprovementDirection(String description) {
		this.description = description;
	}

	/** Plain-English description for reports. */
	public String description() {
		return description;
	}
}
