package org.placewise.diagram.chart;

import org.placewise.spc.Variation;

/**
 * The shape of a point's marker, so that variation reads without colour: improvement a circle, concern a diamond, a
 * special cause without direction a square, common cause a small circle.
 */
public enum MarkerShape {
	/** Common cause. */
	SMALL_CIRCLE,
	/** Special cause improvement. */
	CIRCLE,
	/** Special cause concern. */
	DIAMOND,
	/** Special cause with no improvement direction. */
	SQUARE;

	/**
	 * @param variation a point's variation
	 * @return the shape of its marker
	 */
	public static MarkerShape of(Variation variation) {
		if (variation.isImprovement()) {
			return CIRCLE;
		}
		if (variation.isConcern()) {
			return DIAMOND;
		}
		return variation.isSpecialCause() ? SQUARE : SMALL_CIRCLE;
	}
}
