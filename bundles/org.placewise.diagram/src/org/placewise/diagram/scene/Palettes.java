package org.placewise.diagram.scene;

/**
 * The style keys shared by Placewise diagrams and the palette that draws them. Diagram descriptions use these keys so
 * that a place looks the same in every diagram.
 */
public final class Palettes {

	/** Integrated care system footprint. */
	public static final String SYSTEM = "system";
	/** Place footprint (usually a local-authority area). */
	public static final String PLACE = "place";
	/** Locality footprint. */
	public static final String LOCALITY = "locality";
	/** Neighbourhood footprint. */
	public static final String NEIGHBOURHOOD = "neighbourhood";
	/** Partnership, board or committee. */
	public static final String BOARD = "board";
	/** Organisation (ICB, trust, council, VCSE ...). */
	public static final String ORGANISATION = "organisation";
	/** Role held by a person (place lead, SRO). */
	public static final String ROLE = "role";
	/** Outcome in the outcome tree. */
	public static final String OUTCOME = "outcome";
	/** Work programme. */
	public static final String PROGRAMME = "programme";
	/** Measure (KPI). */
	public static final String MEASURE = "measure";
	/** Pooled budget or money flow. */
	public static final String MONEY = "money";
	/** Delegation edge. */
	public static final String DELEGATION = "delegation";
	/** Reporting line edge. */
	public static final String REPORTS_TO = "reports-to";
	/** Contribution or investment flow edge. */
	public static final String FLOW = "flow";
	/** Contribution edge (outcome tree, membership). */
	public static final String CONTRIBUTES = "contributes";
	/** Partnership: the collaboration drawn around its board and partners (dashed: not a statutory body). */
	public static final String PARTNERSHIP = "partnership";
	/** An element outside the chosen scope, drawn for context (e.g. the delegator above a place). */
	public static final String CONTEXT = "context";
	/** Vision at the top of an outcome tree. */
	public static final String VISION = "vision";
	/** Measure whose latest value meets its target. */
	public static final String MEASURE_MET = "measure-met";
	/** Measure whose latest value does not yet meet its target. */
	public static final String MEASURE_NOT_MET = "measure-not-met";
	/** Measure with no target or no observation to compare with it. */
	public static final String MEASURE_UNKNOWN = "measure-unknown";
	/** Edge from a measure to the outcome or programme it evidences. */
	public static final String EVIDENCES = "evidences";
	/** Expected benefit of an investment, landing in another organisation (dashed: not yet realised). */
	public static final String BENEFIT = "benefit";
	/** Edge from a partnership to a partner organisation outside its footprint. */
	public static final String PARTNER = "partner";

	private static final Palette STANDARD = Palette.builder()
			.tone(SYSTEM, Hue.BLUE)
			.tone(PLACE, Hue.SKY_BLUE)
			.tone(LOCALITY, Hue.BLUISH_GREEN)
			.tone(NEIGHBOURHOOD, Hue.YELLOW)
			.tone(BOARD, Hue.REDDISH_PURPLE)
			.tone(ORGANISATION, Hue.GREY)
			.tone(ROLE, Hue.ORANGE)
			.tone(OUTCOME, Hue.BLUISH_GREEN)
			.tone(PROGRAMME, Hue.BLUE)
			.tone(MEASURE, Hue.ORANGE)
			.tone(MONEY, Hue.YELLOW)
			.style(DELEGATION, Palette.toned(Hue.VERMILLION.colour()).withStrokeWidth(1.8))
			.style(REPORTS_TO, Palette.toned(Hue.BLUE.colour()).withDash())
			.style(FLOW, Palette.toned(Hue.BLUISH_GREEN.colour()).withStrokeWidth(1.8))
			.tone(CONTRIBUTES, Hue.GREY)
			.style(PARTNERSHIP, light(Hue.REDDISH_PURPLE).withDash())
			.style(CONTEXT, light(Hue.GREY).withDash())
			.style(VISION, Palette.toned(Hue.BLUISH_GREEN.colour()).withStrokeWidth(2.2))
			.tone(MEASURE_MET, Hue.SKY_BLUE)
			.style(MEASURE_NOT_MET, Palette.toned(Hue.VERMILLION.colour()).withStrokeWidth(2.0))
			.style(MEASURE_UNKNOWN, light(Hue.GREY).withDash())
			.style(EVIDENCES, Palette.toned(Hue.ORANGE.colour()).withDash())
			.style(BENEFIT, Palette.toned(Hue.BLUISH_GREEN.colour()).withDash().withStrokeWidth(1.8))
			.style(PARTNER, Palette.toned(Hue.REDDISH_PURPLE.colour()).withDash().withStrokeWidth(1.0))
			.build();

	/** A paler version of the standard treatment, for enclosing or secondary elements. */
	private static Style light(Hue hue) {
		Style s = Palette.toned(hue.colour());
		return new Style(hue.colour().mix(Colour.WHITE, 0.93), s.stroke(), s.text(),
				hue.colour().mix(Colour.WHITE, 0.8),
				s.strokeWidth(), s.dashed());
	}

	private Palettes() {
	}

	/** @return the palette used by Placewise diagrams unless a description chooses another */
	public static Palette standard() {
		return STANDARD;
	}
}
