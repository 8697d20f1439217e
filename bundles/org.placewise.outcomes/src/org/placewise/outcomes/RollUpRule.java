package org.placewise.outcomes;

/**
 * The parameters of the outcome roll-up.
 *
 * @param minimumPoints the fewest points a measure needs in its current partition (since its latest process change, or
 *                      in all when there is none) before its variation and assurance count; with fewer it is "not
 *                      enough data", never "no significant change". Making Data Count asks for 15 points before process
 *                      limits are relied on (the engine draws a full XmR chart from 15).
 */
public record RollUpRule(int minimumPoints) {

	/** The default number of points: 15, as Making Data Count recommends. */
	public static final int DEFAULT_MINIMUM_POINTS = 15;

	/** The default rule. */
	public static final RollUpRule DEFAULT = new RollUpRule(DEFAULT_MINIMUM_POINTS);

	/** Checks the parameters; the message names the offending one. */
	public RollUpRule {
		if (minimumPoints < 2) {
			throw new IllegalArgumentException("The minimum number of points for the outcome roll-up must be at least 2"
					+ " (a moving range needs two points), not " + minimumPoints);
		}
	}

	/**
	 * @param points the minimum number of points
	 * @return a rule with that minimum
	 */
	public static RollUpRule minimumPoints(int points) {
		return new RollUpRule(points);
	}
}
