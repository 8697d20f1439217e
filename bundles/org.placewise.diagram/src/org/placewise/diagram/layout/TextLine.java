package org.placewise.diagram.layout;

/**
 * One placed line of text.
 *
 * @param text     the characters
 * @param x        anchor x (start of the line, or its centre when {@code centred})
 * @param baseline baseline y
 * @param size     font size in pixels
 * @param bold     bold face
 * @param centred  whether {@code x} is the centre of the line
 */
public record TextLine(String text, double x, double baseline, double size, boolean bold, boolean centred) {

	/** @return the box the line's glyphs occupy, from the built-in metrics */
	public Bounds bounds() {
		double w = TextMetrics.width(text, size, bold);
		double left = centred ? x - w / 2 : x;
		double top = baseline - TextMetrics.ASCENT * size;
		return new Bounds(left, top, w, (TextMetrics.ASCENT + TextMetrics.DESCENT) * size);
	}
}
