package org.placewise.diagram.render;

import java.util.Objects;

import org.placewise.diagram.layout.TextLine;

/**
 * One line of text to draw, as charts and icons place it: anchored at a point, optionally turned about that point.
 * Diagram text, laid out by the layout, is the special case {@link #of(TextLine)}.
 *
 * @param text     the characters, one line
 * @param x        anchor x, see {@code anchor}
 * @param baseline baseline y
 * @param size     font size in pixels
 * @param bold     bold face
 * @param anchor   which point of the line {@code x} gives
 * @param rotation degrees clockwise about ({@code x}, {@code baseline}); -90 reads bottom to top
 */
public record TextRun(String text, double x, double baseline, double size, boolean bold, TextAnchor anchor,
		double rotation) {

	public TextRun {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(anchor, "anchor");
	}

	/**
	 * @param text     the characters
	 * @param x        anchor x
	 * @param baseline baseline y
	 * @param size     font size in pixels
	 * @param anchor   which point of the line {@code x} gives
	 * @return an upright line in the regular face
	 */
	public static TextRun of(String text, double x, double baseline, double size, TextAnchor anchor) {
		return new TextRun(text, x, baseline, size, false, anchor, 0);
	}

	/**
	 * @param line a laid-out diagram line
	 * @return the same line as a run
	 */
	public static TextRun of(TextLine line) {
		return new TextRun(line.text(), line.x(), line.baseline(), line.size(), line.bold(),
				line.centred() ? TextAnchor.MIDDLE : TextAnchor.START, 0);
	}

	/** @return this run in the bold face */
	public TextRun bolded() {
		return new TextRun(text, x, baseline, size, true, anchor, rotation);
	}

	/**
	 * @param degrees clockwise rotation about the anchor point
	 * @return this run turned
	 */
	public TextRun rotated(double degrees) {
		return new TextRun(text, x, baseline, size, bold, anchor, degrees);
	}
}
