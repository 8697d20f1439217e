package org.placewise.diagram.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Text widths for DejaVu Sans from a built-in table of advance widths, so that the layout (and therefore every
 * coordinate in SVG and PNG) does not depend on which fonts the machine has. Widths were measured once from DejaVu Sans
 * Book and Bold in thousandths of an em; characters outside the table count as a wide glyph, which errs on the side of
 * boxes that are too large rather than text that is clipped. Kerning is ignored for the same reason.
 */
public final class TextMetrics {

	/** Font family list written into SVG and used for PNG: the measured font first. */
	public static final String FONT_FAMILY = "DejaVu Sans";

	/** Ascent of DejaVu Sans in ems. */
	public static final double ASCENT = 0.928;

	/** Descent of DejaVu Sans in ems. */
	public static final double DESCENT = 0.236;

	// Advance widths for U+0020..U+007E, in 1/1000 em.
	private static final short[] REGULAR = {
			318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337,
			636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531,
			1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787,
			603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500,
			500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612,
			635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838 };

	private static final short[] BOLD = {
			348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365,
			696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580,
			1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850,
			733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 500,
			500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687,
			716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838 };

	// Characters common in governance text beyond ASCII: £ – — ‘ ’ “ ” … · é → ≤ ≥ × € •
	private static final String EXTRA_CHARS = "\u00a3\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u00b7\u00e9\u2192\u2264\u2265\u00d7\u20ac\u2022";
	private static final short[] EXTRA_REGULAR = { 636, 500, 1000, 318, 318, 518, 518, 1000, 318, 615, 838, 838, 838,
			838, 636, 590 };
	private static final short[] EXTRA_BOLD = { 696, 500, 1000, 380, 380, 657, 657, 1000, 380, 678, 838, 838, 838, 838,
			696, 639 };

	private static final int UNKNOWN = 1000;

	private TextMetrics() {
	}

	/**
	 * @param text a single line
	 * @param size font size in pixels
	 * @param bold whether the bold face is used
	 * @return advance width of the line in pixels
	 */
	public static double width(String text, double size, boolean bold) {
		short[] table = bold ? BOLD : REGULAR;
		short[] extra = bold ? EXTRA_BOLD : EXTRA_REGULAR;
		long units = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 0x20 && c < 0x7f) {
				units += table[c - 0x20];
			} else {
				int k = EXTRA_CHARS.indexOf(c);
				units += k >= 0 ? extra[k] : UNKNOWN;
			}
		}
		return units * size / 1000.0;
	}

	/**
	 * @param size font size in pixels
	 * @return distance between baselines of consecutive lines
	 */
	public static double lineHeight(double size) {
		return Math.ceil(size * 1.25);
	}

	/**
	 * Breaks a line at spaces so that no piece is wider than {@code maxWidth}; a single word wider than that stays
	 * whole (the node grows instead of hiding text).
	 *
	 * @param text     the text
	 * @param size     font size
	 * @param bold     bold face
	 * @param maxWidth widest allowed piece in pixels
	 * @return the pieces, at least one
	 */
	public static List<String> wrap(String text, double size, boolean bold, double maxWidth) {
		var lines = new ArrayList<String>();
		var current = new StringBuilder();
		for (String word : text.trim().split("\\s+")) {
			if (current.isEmpty()) {
				current.append(word);
			} else if (width(current + " " + word, size, bold) <= maxWidth) {
				current.append(' ').append(word);
			} else {
				lines.add(current.toString());
				current.setLength(0);
				current.append(word);
			}
		}
		lines.add(current.toString());
		return lines;
	}
}
