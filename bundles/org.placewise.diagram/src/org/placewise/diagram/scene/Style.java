package org.placewise.diagram.scene;

import java.util.Objects;

/**
 * How one kind of diagram element looks. Nodes use all fields; edges use {@code stroke}, {@code strokeWidth},
 * {@code dashed} and {@code text} (for their labels).
 *
 * @param fill        background of a node (light)
 * @param stroke      border of a node or line of an edge (dark)
 * @param text        label colour; must contrast with {@code fill} at 4.5:1 or more
 * @param band        background of a container's title band
 * @param strokeWidth line width in pixels
 * @param dashed      whether the line is dashed (e.g. advisory or proposed relations)
 */
public record Style(Colour fill, Colour stroke, Colour text, Colour band, double strokeWidth, boolean dashed) {

	public Style {
		Objects.requireNonNull(fill, "fill");
		Objects.requireNonNull(stroke, "stroke");
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(band, "band");
		if (!(strokeWidth > 0)) {
			throw new IllegalArgumentException("strokeWidth must be positive, got " + strokeWidth);
		}
	}

	/** @return a copy of this style drawn with a dashed line */
	public Style withDash() {
		return new Style(fill, stroke, text, band, strokeWidth, true);
	}

	/**
	 * @param width the new line width
	 * @return a copy of this style with another line width
	 */
	public Style withStrokeWidth(double width) {
		return new Style(fill, stroke, text, band, width, dashed);
	}
}
