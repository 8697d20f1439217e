package org.placewise.diagram.chart;

import org.placewise.diagram.scene.Colour;
import org.placewise.diagram.scene.Hue;
import org.placewise.spc.Variation;

/**
 * The colours of SPC charts and of the variation and assurance icons, in one place and drawn from the diagrams'
 * {@link Hue Okabe–Ito hues} where Making Data Count's colours have one: improvement blue, concern orange. The neutral
 * purple, the target magenta and the greys complete it; text is the diagrams' {@link Colour#INK ink}. Every point reads
 * in greyscale too because its {@link MarkerShape shape} differs.
 */
public final class SpcPalette {

	/** Special cause improvement. */
	public static final Colour IMPROVEMENT = Hue.BLUE.colour();
	/** Special cause concern. */
	public static final Colour CONCERN = Hue.ORANGE.colour();
	/** Outline of a concern marker: the orange darkened so it holds on white. */
	public static final Colour CONCERN_OUTLINE = Colour.hex("#9a6a00");
	/** Special cause with no improvement direction. */
	public static final Colour NEUTRAL = Colour.hex("#7b3294");
	/** Common cause point. */
	public static final Colour COMMON = Colour.hex("#a6a6a6");
	/** Outline of a common cause point, and of icons with no special cause. */
	public static final Colour COMMON_OUTLINE = Colour.hex("#6b6b6b");
	/** Fill of the common cause and hit-and-miss icons. */
	public static final Colour ICON_GREY = Colour.hex("#e4e4e4");
	/** The wavy line inside the common cause icon. */
	public static final Colour ICON_LINE = Colour.hex("#444444");
	/** The target line and label. */
	public static final Colour TARGET = Colour.hex("#c2185b");
	/** The line joining the data points. */
	public static final Colour DATA_LINE = Hue.GREY.colour();
	/** Titles, the mean and legend text. */
	public static final Colour INK = Colour.INK;
	/** Subtitles, axis labels and process limits. */
	public static final Colour SOFT_INK = Colour.hex("#555555");
	/** Horizontal grid lines. */
	public static final Colour GRID = Colour.hex("#e6e6e6");
	/** Axes and their ticks. */
	public static final Colour AXIS = Colour.hex("#bbbbbb");
	/** The frame of an empty chart. */
	public static final Colour FRAME = Colour.hex("#cccccc");
	/** The line marking a step change. */
	public static final Colour STEP_CHANGE = Colour.hex("#888888");
	/** Shading behind the baseline period. */
	public static final Colour BASELINE = Colour.hex("#f2f2f2");
	/** Pure black, for letters on the orange concern icon. */
	public static final Colour BLACK = new Colour(0, 0, 0);

	private SpcPalette() {
	}

	/**
	 * @param variation a point's variation
	 * @return the fill of its marker
	 */
	public static Colour fill(Variation variation) {
		if (variation.isImprovement()) {
			return IMPROVEMENT;
		}
		if (variation.isConcern()) {
			return CONCERN;
		}
		return variation.isSpecialCause() ? NEUTRAL : COMMON;
	}

	/**
	 * @param variation a point's variation
	 * @return the outline of its marker on a chart
	 */
	public static Colour outline(Variation variation) {
		if (variation.isConcern()) {
			return CONCERN_OUTLINE;
		}
		return variation.isSpecialCause() ? Colour.WHITE : COMMON_OUTLINE;
	}
}
