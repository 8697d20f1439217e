package org.placewise.report;

import org.placewise.spc.Assurance;
import org.placewise.spc.Variation;

/**
 * The Making Data Count variation and assurance icons as small inline SVG, always followed by a
 * text label so no reader depends on colour. Colours and shapes match the SPC charts (Okabe–Ito,
 * safe for colour-blind readers): improvement is a blue circle, concern an orange diamond, a
 * neutral special cause a purple square, common cause a grey circle; a letter inside (H/L for high
 * or low, P/F/? for pass, fail, hit and miss) keeps them apart in greyscale print too.
 */
final class PackIcons {

	static final String BLUE = "#0072b2";
	static final String ORANGE = "#e69f00";
	static final String PURPLE = "#7b3294";
	static final String GREY = "#6b6b6b";
	static final String LIGHT_GREY = "#e4e4e4";

	private PackIcons() {
	}

	/** The icon and label of a variation type. */
	static void variation(Markup html, Variation variation) {
		String letter = variation.name().endsWith("_HIGH") ? "H" : variation.name().endsWith("_LOW") ? "L" : "";
		String glyph;
		if (variation.isImprovement()) {
			glyph = circle(BLUE, BLUE) + letter(letter, "#ffffff");
		} else if (variation.isConcern()) {
			glyph = diamond(ORANGE, "#9a6a00") + letter(letter, "#000000");
		} else if (variation.isSpecialCause()) {
			glyph = square(PURPLE) + letter(letter, "#ffffff");
		} else if (variation == Variation.COMMON_CAUSE) {
			glyph = circle(LIGHT_GREY, GREY)
					+ "<polyline points=\"5,13 8,9 11,14 14,8 17,12\" fill=\"none\" stroke=\"#444444\" stroke-width=\"1.6\"/>";
		} else {
			glyph = "<circle cx=\"11\" cy=\"11\" r=\"9\" fill=\"#ffffff\" stroke=\"" + GREY
					+ "\" stroke-width=\"1.5\" stroke-dasharray=\"3 2\"/>";
		}
		icon(html, "variation", glyph, variationLabel(variation));
	}

	/** The icon and label of an assurance type; {@code reason} explains why there is none. */
	static void assurance(Markup html, Assurance assurance, String reason) {
		String glyph = switch (assurance) {
			case CONSISTENTLY_PASSES -> circle(BLUE, BLUE) + letter("P", "#ffffff");
			case CONSISTENTLY_FAILS -> diamond(ORANGE, "#9a6a00") + letter("F", "#000000");
			case HIT_AND_MISS -> circle(LIGHT_GREY, GREY) + letter("?", "#222222");
			case NONE -> "<circle cx=\"11\" cy=\"11\" r=\"9\" fill=\"#ffffff\" stroke=\"" + GREY
					+ "\" stroke-width=\"1.5\" stroke-dasharray=\"3 2\"/>";
		};
		icon(html, "assurance", glyph, assurance == Assurance.NONE ? "None: " + reason : assuranceLabel(assurance));
	}

	/** Short labels for table cells; the full Making Data Count wording is in the notes and alt text. */
	static String variationLabel(Variation variation) {
		return switch (variation) {
			case NOT_ASSESSED -> "Not assessed";
			case COMMON_CAUSE -> "Common cause";
			case SPECIAL_CAUSE_IMPROVEMENT_HIGH -> "Improvement (high)";
			case SPECIAL_CAUSE_IMPROVEMENT_LOW -> "Improvement (low)";
			case SPECIAL_CAUSE_CONCERN_HIGH -> "Concern (high)";
			case SPECIAL_CAUSE_CONCERN_LOW -> "Concern (low)";
			case SPECIAL_CAUSE_NEUTRAL_HIGH -> "Special cause (high)";
			case SPECIAL_CAUSE_NEUTRAL_LOW -> "Special cause (low)";
		};
	}

	static String assuranceLabel(Assurance assurance) {
		return switch (assurance) {
			case NONE -> "None";
			case CONSISTENTLY_PASSES -> "Consistently passes";
			case CONSISTENTLY_FAILS -> "Consistently fails";
			case HIT_AND_MISS -> "Hit and miss";
		};
	}

	private static void icon(Markup html, String kind, String glyph, String label) {
		html.open("span", "class", "icon " + kind);
		// The label next to the drawing says the same, so screen readers skip the drawing.
		html.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"22\" height=\"22\" viewBox=\"0 0 22 22\""
				+ " aria-hidden=\"true\" focusable=\"false\">" + glyph + "</svg>");
		html.element("span", label, "class", "icon-label");
		html.close();
	}

	private static String circle(String fill, String stroke) {
		return "<circle cx=\"11\" cy=\"11\" r=\"9.5\" fill=\"" + fill + "\" stroke=\"" + stroke + "\" stroke-width=\"1\"/>";
	}

	private static String diamond(String fill, String stroke) {
		return "<polygon points=\"11,0.8 21.2,11 11,21.2 0.8,11\" fill=\"" + fill + "\" stroke=\"" + stroke
				+ "\" stroke-width=\"1\"/>";
	}

	private static String square(String fill) {
		return "<rect x=\"2\" y=\"2\" width=\"18\" height=\"18\" rx=\"2\" fill=\"" + fill + "\"/>";
	}

	private static String letter(String letter, String colour) {
		return letter.isEmpty() ? ""
				: "<text x=\"11\" y=\"15.2\" text-anchor=\"middle\" font-family=\"Arial, Helvetica, sans-serif\""
						+ " font-size=\"11.5\" font-weight=\"bold\" fill=\"" + colour + "\">" + letter + "</text>";
	}
}
