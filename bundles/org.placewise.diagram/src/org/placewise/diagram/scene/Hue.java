package org.placewise.diagram.scene;

/**
 * The Okabe–Ito colour-blind-safe set (Okabe &amp; Ito 2008): eight hues that stay distinguishable under the common
 * colour-vision deficiencies. A {@link Palette} derives light fills and dark strokes from them, so the hue tells
 * element kinds apart while text stays dark on light. The SPC charts and icons take their improvement blue and concern
 * orange from here too ({@link org.placewise.diagram.chart.SpcPalette}).
 */
public enum Hue {
	/** #E69F00. */
	ORANGE("#e69f00"),
	/** #56B4E9. */
	SKY_BLUE("#56b4e9"),
	/** #009E73. */
	BLUISH_GREEN("#009e73"),
	/** #F0E442. */
	YELLOW("#f0e442"),
	/** #0072B2. */
	BLUE("#0072b2"),
	/** #D55E00. */
	VERMILLION("#d55e00"),
	/** #CC79A7. */
	REDDISH_PURPLE("#cc79a7"),
	/** Neutral grey for context elements (not part of Okabe–Ito's hues, but of its black). */
	GREY("#8c8c8c");

	private final Colour colour;

	Hue(String hex) {
		this.colour = Colour.hex(hex);
	}

	/** @return the pure hue */
	public Colour colour() {
		return colour;
	}
}
