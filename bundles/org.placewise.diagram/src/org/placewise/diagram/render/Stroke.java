package org.placewise.diagram.render;

import java.util.Arrays;
import java.util.Objects;

import org.placewise.diagram.scene.Colour;

/**
 * How a line or an outline is drawn: colour, width and an optional dash pattern (lengths of dash and gap, alternating,
 * in pixels), as SVG's {@code stroke-dasharray} and SWT's line dash.
 */
public final class Stroke {

	/** The dash pattern of dashed diagram lines. */
	public static final double[] DIAGRAM_DASH = { 6, 4 };

	private final Colour colour;
	private final double width;
	private final double[] dash;

	private Stroke(Colour colour, double width, double[] dash) {
		this.colour = Objects.requireNonNull(colour, "colour");
		if (!(width > 0)) {
			throw new IllegalArgumentException("Stroke width must be positive, got " + width);
		}
		for (double d : dash) {
			if (!(d > 0)) {
				throw new IllegalArgumentException("Dash lengths must be positive, got " + Arrays.toString(dash));
			}
		}
		this.width = width;
		this.dash = dash.clone();
	}

	/**
	 * @param colour line colour
	 * @param width  line width in pixels
	 * @return a solid line
	 */
	public static Stroke solid(Colour colour, double width) {
		return new Stroke(colour, width, new double[0]);
	}

	/**
	 * @param colour  line colour
	 * @param width   line width in pixels
	 * @param pattern dash and gap lengths, alternating; at least one
	 * @return a dashed line
	 */
	public static Stroke dashed(Colour colour, double width, double... pattern) {
		if (pattern.length == 0) {
			throw new IllegalArgumentException("A dashed stroke needs a dash pattern");
		}
		return new Stroke(colour, width, pattern);
	}

	/**
	 * The stroke of the original diagram operations, which know only dashed or not.
	 *
	 * @param colour line colour
	 * @param width  line width
	 * @param dashed whether the line has the {@link #DIAGRAM_DASH diagram dash}
	 * @return the stroke
	 */
	public static Stroke of(Colour colour, double width, boolean dashed) {
		return dashed ? dashed(colour, width, DIAGRAM_DASH) : solid(colour, width);
	}

	/** @return line colour */
	public Colour colour() {
		return colour;
	}

	/** @return line width in pixels */
	public double width() {
		return width;
	}

	/** @return dash and gap lengths (a copy); empty for a solid line */
	public double[] dash() {
		return dash.clone();
	}

	/** @return whether the line is dashed */
	public boolean isDashed() {
		return dash.length > 0;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Stroke s && colour.equals(s.colour) && width == s.width && Arrays.equals(dash, s.dash);
	}

	@Override
	public int hashCode() {
		return Objects.hash(colour, width, Arrays.hashCode(dash));
	}

	@Override
	public String toString() {
		return "Stroke[" + colour.toHex() + ", " + width + (isDashed() ? ", " + Arrays.toString(dash) : "") + "]";
	}
}
