package org.placewise.spc;

import java.util.Optional;

/**
 * A stretch of the series with its own mean and limits: the whole series, or the points from one recorded step change
 * to the next.
 *
 * @param number               1-based partition number
 * @param firstPoint           position of the first point in {@link SpcResult#points()}
 * @param lastPoint            position of the last point (inclusive)
 * @param baselinePoints       how many points at its start set the mean and limits
 * @param mean                 mean of the baseline points (the centre line)
 * @param limits               the process limits; empty with fewer than 2 baseline points
 * @param movingRangesExcluded moving ranges left out by screening (0 when screening is off)
 */
public record Partition(int number, int firstPoint, int lastPoint, int baselinePoints, double mean,
		Optional<ProcessLimits> limits, int movingRangesExcluded) {

	/** Number of points in the partition. */
	public int size() {
		return lastPoint - firstPoint + 1;
	}

	/** Whether the point at {@code position} belongs to this partition. */
	public boolean contains(int position) {
		return position >= firstPoint && position <= lastPoint;
	}
}
