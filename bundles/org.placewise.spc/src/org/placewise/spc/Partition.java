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
 * @param mean                 mean of the baseline points (the centre line of an XmR chart)
 * @param median               median of the baseline points (the centre line of a run chart)
 * @param limits               the process limits; empty with fewer than 2 baseline points
 * @param movingRangesExcluded moving ranges left out by screening (0 when screening is off)
 */
public record Partition(int number, int firstPoint, int lastPoint, int baselinePoints, double mean,
		double median, Optional<ProcessLimits> limits, int movingRangesExcluded) {

	/**
	 * The centre line the chart draws and the shift rule counts runs against: Making Data Count run charts use the
	 * median, XmR charts the mean.
	 *
	 * @param kind the chart kind of the analysis
	 * @return the median for a run chart, else the mean
	 */
	public double centre(ChartKind kind) {
		return kind == ChartKind.RUN_CHART ? median : mean;
	}

	/** Number of points in the partition. */
	public int size() {
		return lastPoint - firstPoint + 1;
	}

	/** Whether the point at {@code position} belongs to this partition. */
	public boolean contains(int position) {
		return position >= firstPoint && position <= lastPoint;
	}
}
