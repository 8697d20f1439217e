package org.placewise.diagram.scene;

/**
 * The style keys shared by Placewise diagrams and the palette that draws them. Diagram
 * descriptions use these keys so that a place looks the same in every diagram.
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
            .build();

    private Palettes() {
    }

    /** @return the palette used by Placewise diagrams unless a description chooses another */
    public static Palette standard() {
        return STANDARD;
    }
}
