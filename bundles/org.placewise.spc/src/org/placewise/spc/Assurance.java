package org.placewise.spc;

/** The Making Data Count assurance icon: can the process be relied on to meet its target? */
public enum Assurance {
	/** No assurance given: no target, no improvement direction, or no reliable process limits. */
	NONE("no assurance (needs a target, a direction and process limits)"),
	/** The target lies at or beyond the limit on the good side: the process meets it every time. */
	CONSISTENTLY_PASSES("consistently passes the target"),
	/** The target lies at or beyond the limit on the bad side: the process misses it every time. */
	CONSISTENTLY_FAILS("consistently fails the target"),
	/** The target lies between the limits: the process will sometimes meet it and sometimes not. */
	HIT_AND_MISS("hit and miss: the target lies between the process limits");

	private final String description;

	Assurance(String description) {
		this.description = description;
	}

	/** Plain-English description for reports. */
	public String description() {
		return description;
	}
}
