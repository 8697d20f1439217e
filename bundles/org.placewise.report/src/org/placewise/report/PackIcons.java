package org.placewise.report;

import org.placewise.diagram.chart.SpcIcons;
import org.placewise.diagram.scene.StatusMark;
import org.placewise.spc.Assurance;
import org.placewise.spc.Variation;

/**
 * The Making Data Count variation and assurance icons in the pack: the icon drawn by {@link SpcIcons} (the charts'
 * colours and shapes, on the same canvas as the charts), always followed by a text label so no reader depends on
 * colour.
 */
final class PackIcons {

	private PackIcons() {
	}

	/** The icon and label of a variation type. */
	static void variation(Markup html, Variation variation) {
		icon(html, "variation", SpcIcons.variationSvg(variation), variationLabel(variation));
	}

	/** The icon and label of an assurance type; {@code reason} explains why there is none. */
	static void assurance(Markup html, Assurance assurance, String reason) {
		icon(html, "assurance", SpcIcons.assuranceSvg(assurance),
				assurance == Assurance.NONE ? "None: " + reason : assuranceLabel(assurance));
	}

	/** The icon and short label of an assurance type, as a column heading ("No assurance" for none). */
	static void assuranceHeading(Markup html, Assurance assurance) {
		icon(html, "assurance", SpcIcons.assuranceSvg(assurance),
				assurance == Assurance.NONE ? "No assurance" : assuranceLabel(assurance));
	}

	/** The icon and words of a status mark: an outcome's or programme's rolled-up trend or target status. */
	static void mark(Markup html, StatusMark mark) {
		String kind = "status mark-" + mark.symbol().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		icon(html, kind, SpcIcons.symbolSvg(mark.symbol()), mark.text());
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

	private static void icon(Markup html, String kind, String svg, String label) {
		html.open("span", "class", "icon " + kind);
		// The label next to the drawing says the same, so the drawing is hidden from screen readers.
		html.raw(svg);
		html.element("span", label, "class", "icon-label");
		html.close();
	}
}
