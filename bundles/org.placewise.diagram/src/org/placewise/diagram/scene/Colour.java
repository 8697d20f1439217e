package org.placewise.diagram.scene;

import java.util.Locale;

/**
 * An opaque sRGB colour. Knows its relative luminance so that palettes can prove their text contrast (WCAG 2.x) instead
 * of assuming it.
 *
 * @param red   0..255
 * @param green 0..255
 * @param blue  0..255
 */
public record Colour(int red, int green, int blue) {

	/** Pure white, the page background. */
	public static final Colour WHITE = new Colour(255, 255, 255);

	/** Near-black used for text: softer than pure black on screen, still 18:1 on white. */
	public static final Colour INK = new Colour(0x1f, 0x23, 0x28);

	public Colour {
		if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255) {
			throw new IllegalArgumentException("Colour channels must be 0..255, got " + red + "," + green + "," + blue);
		}
	}

	/**
	 * Parses {@code #rrggbb}.
	 *
	 * @param hex the colour as six hex digits after a hash
	 * @return the colour
	 */
	public static Colour hex(String hex) {
		if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
			throw new IllegalArgumentException("Not a #rrggbb colour: '" + hex + "'");
		}
		int v = Integer.parseInt(hex.substring(1), 16);
		return new Colour(v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff);
	}

	/** @return {@code #rrggbb} in lower case, as written into SVG */
	public String toHex() {
		return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
	}

	/**
	 * Mixes this colour towards another.
	 *
	 * @param other  the colour to mix in
	 * @param amount 0 keeps this colour, 1 gives {@code other}
	 * @return the mixture
	 */
	public Colour mix(Colour other, double amount) {
		return new Colour(channel(red, other.red, amount), channel(green, other.green, amount),
				channel(blue, other.blue, amount));
	}

	private static int channel(int a, int b, double t) {
		return (int) Math.round(a + (b - a) * t);
	}

	/** @return WCAG relative luminance, 0 (black) .. 1 (white) */
	public double luminance() {
		return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
	}

	private static double linear(int channel) {
		double c = channel / 255.0;
		return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

	/**
	 * @param other the other colour
	 * @return WCAG contrast ratio between the two colours, 1..21
	 */
	public double contrastWith(Colour other) {
		double a = luminance() + 0.05;
		double b = other.luminance() + 0.05;
		return Math.max(a, b) / Math.min(a, b);
	}
}
