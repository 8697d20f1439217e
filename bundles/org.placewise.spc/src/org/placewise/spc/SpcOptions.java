package org.placewise.spc;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * How to analyse a measure: its improvement direction and target, and the Making Data Count settings. Build with
 * {@link #builder()}; the defaults follow Making Data Count.
 *
 * @param direction          which way is better
 * @param target             the target, if the measure has one
 * @param baselinePoints     how many points at the start of each partition set its mean and limits; empty means all of
 *                           them
 * @param stepChanges        recorded step changes from which limits are recalculated
 * @param screenMovingRanges whether to leave out moving ranges above 3.267 × the mean moving range and recompute it
 *                           (off by default)
 * @param shiftLength        points in a run above or below the mean that make a shift (6–8)
 * @param trendLength        points in a run increasing or decreasing that make a trend (6–8)
 */
public record SpcOptions(ImprovementDirection direction, OptionalDouble target, OptionalInt baselinePoints,
		List<StepChange> stepChanges, boolean screenMovingRanges, int shiftLength, int trendLength) {

	/** Default length of a shift and of a trend. */
	public static final int DEFAULT_RUN_LENGTH = 7;
	/** Shortest run length Making Data Count allows for a shift or trend. */
	public static final int MIN_RUN_LENGTH = 6;
	/** Longest run length Making Data Count allows for a shift or trend. */
	public static final int MAX_RUN_LENGTH = 8;

	/** Validates the options; the messages name the offending setting. */
	public SpcOptions {
		Objects.requireNonNull(direction, "direction");
		Objects.requireNonNull(target, "target");
		Objects.requireNonNull(baselinePoints, "baselinePoints");
		stepChanges = List.copyOf(stepChanges);
		checkRunLength("Shift", shiftLength);
		checkRunLength("Trend", trendLength);
		if (target.isPresent() && !Double.isFinite(target.getAsDouble())) {
			throw new SpcInputException("The target must be a number, not " + target.getAsDouble());
		}
		if (baselinePoints.isPresent() && baselinePoints.getAsInt() < 2) {
			throw new SpcInputException("A baseline of " + baselinePoints.getAsInt()
					+ " point(s) is too short: at least 2 points are needed for a moving range");
		}
	}

	private static void checkRunLength(String rule, int length) {
		if (length < MIN_RUN_LENGTH || length > MAX_RUN_LENGTH) {
			throw new SpcInputException(rule + " length " + length + " is not allowed: Making Data Count uses "
					+ MIN_RUN_LENGTH + " to " + MAX_RUN_LENGTH + " points (default " + DEFAULT_RUN_LENGTH + ")");
		}
	}

	/** Default options: no direction, no target, all points as baseline, runs of 7, no screening. */
	public static SpcOptions defaults() {
		return builder().build();
	}

	/** A builder starting from the defaults. */
	public static Builder builder() {
		return new Builder();
	}

	/** Builds {@link SpcOptions}; every setting starts at its Making Data Count default. */
	public static final class Builder {
		private ImprovementDirection direction = ImprovementDirection.NEUTRAL;
		private OptionalDouble target = OptionalDouble.empty();
		private OptionalInt baselinePoints = OptionalInt.empty();
		private final List<StepChange> stepChanges = new ArrayList<>();
		private boolean screenMovingRanges;
		private int shiftLength = DEFAULT_RUN_LENGTH;
		private int trendLength = DEFAULT_RUN_LENGTH;

		private Builder() {
		}

		/** Sets which way is better. */
		public Builder direction(ImprovementDirection value) {
			this.direction = Objects.requireNonNull(value, "direction");
			return this;
		}

		/** Sets the target. */
		public Builder target(double value) {
			this.target = OptionalDouble.of(value);
			return this;
		}

		/** Sets how many points at the start of each partition set its limits. */
		public Builder baselinePoints(int value) {
			this.baselinePoints = OptionalInt.of(value);
			return this;
		}

		/** Adds a recorded step change. */
		public Builder stepChange(StepChange value) {
			this.stepChanges.add(Objects.requireNonNull(value, "stepChange"));
			return this;
		}

		/** Turns moving-range outlier screening on or off. */
		public Builder screenMovingRanges(boolean value) {
			this.screenMovingRanges = value;
			return this;
		}

		/** Sets the number of points that make a shift (6–8). */
		public Builder shiftLength(int value) {
			this.shiftLength = value;
			return this;
		}

		/** Sets the number of points that make a trend (6–8). */
		public Builder trendLength(int value) {
			this.trendLength = value;
			return this;
		}

		/** Builds and validates the options. */
		public SpcOptions build() {
			return new SpcOptions(direction, target, baselinePoints, stepChanges, screenMovingRanges, shiftLength,
					trendLength);
		}
	}
}
