package org.placewise.spc;

/**
 * The process limits of a partition, from its baseline.
 *
 * @param meanMovingRange   mean of the baseline moving ranges (after screening, if on)
 * @param upperProcessLimit mean + 2.66 × mean moving range
 * @param lowerProcessLimit mean − 2.66 × mean moving range
 * @param upperTwoSigma     mean + ⅔ × 2.66 × mean moving range
 * @param lowerTwoSigma     mean − ⅔ × 2.66 × mean moving range
 */
public record ProcessLimits(double meanMovingRange, double upperProcessLimit, double lowerProcessLimit,
		double upperTwoSigma, double lowerTwoSigma) {

	/** Making Data Count's scaling of the mean moving range to the 3-sigma process limits. */
	public static final double LIMIT_FACTOR = 2.66;

	/** Computes the limits around {@code mean} from the mean moving range. */
	public static ProcessLimits around(double mean, double meanMovingRange) {
		double threeSigma = LIMIT_FACTOR * meanMovingRange;
		double twoSigma = threeSigma * 2.0 / 3.0;
		return new ProcessLimits(meanMovingRange, mean + threeSigma, mean - threeSigma, mean + twoSigma,
				mean - twoSigma);
	}
}
