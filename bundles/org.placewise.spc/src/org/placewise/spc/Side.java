package org.placewise.spc;

/** The side of the process a special cause points to: unusually high or unusually low. */
public enum Side {
	/** Above the mean, above a limit, or an increasing trend. */
	HIGH,
	/** Below the mean, below a limit, or a decreasing trend. */
	LOW;

	/** Lower-case word for reports ("high", "low"). */
	public String word() {
		return this == HIGH ? "high" : "low";
	}
}
