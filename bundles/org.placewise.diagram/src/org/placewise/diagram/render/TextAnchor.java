package org.placewise.diagram.render;

/** Which point of a line of text its x coordinate gives, as SVG's {@code text-anchor}. */
public enum TextAnchor {
	/** x is where the text starts. */
	START,
	/** x is the middle of the text. */
	MIDDLE,
	/** x is where the text ends (right-aligned numbers). */
	END
}
