package org.placewise.diagram.chart;

import static org.placewise.diagram.chart.SpcPalette.BLACK;
import static org.placewise.diagram.chart.SpcPalette.COMMON_OUTLINE;
import static org.placewise.diagram.chart.SpcPalette.CONCERN;
import static org.placewise.diagram.chart.SpcPalette.CONCERN_OUTLINE;
import static org.placewise.diagram.chart.SpcPalette.ICON_GREY;
import static org.placewise.diagram.chart.SpcPalette.ICON_LINE;
import static org.placewise.diagram.chart.SpcPalette.IMPROVEMENT;
import static org.placewise.diagram.chart.SpcPalette.INK;
import static org.placewise.diagram.chart.SpcPalette.NEUTRAL;

import java.util.List;

import org.placewise.diagram.layout.Bounds;
import org.placewise.diagram.layout.Point;
import org.placewise.diagram.render.Canvas;
import org.placewise.diagram.render.PlacedCanvas;
import org.placewise.diagram.render.Stroke;
import org.placewise.diagram.render.TextAnchor;
import org.placewise.diagram.render.TextRun;
import org.placewise.diagram.render.svg.SvgCanvas;
import org.placewise.diagram.scene.Colour;
import org.placewise.diagram.scene.StatusMark;
import org.placewise.spc.Assurance;
import org.placewise.spc.Variation;

/**
 * The Making Data Count variation and assurance icons, {@value #SIZE} pixels square, drawn on a {@link Canvas} in the
 * colours and shapes of the chart's markers: improvement a blue circle, concern an orange diamond, a neutral special
 * cause a purple square, common cause a grey circle with a wavy line, nothing to say a dashed circle. A letter inside
 * (H/L for high or low, P/F/? for pass, fail, hit and miss) keeps them apart in greyscale print. The icons are
 * decorative: a text label beside them always says the same.
 */
public final class SpcIcons {

	/** Width and height of an icon in pixels. */
	public static final int SIZE = 22;

	private static final Point CENTRE = new Point(11, 11);

	private SpcIcons() {
	}

	/**
	 * @param variation a variation type
	 * @return its icon as an inline {@code <svg>} element, hidden from assistive technology
	 */
	public static String variationSvg(Variation variation) {
		var canvas = SvgCanvas.inline(SpcChartPainter.FONTS);
		paintVariation(variation, canvas);
		return canvas.result();
	}

	/**
	 * @param assurance an assurance type
	 * @return its icon as an inline {@code <svg>} element, hidden from assistive technology
	 */
	public static String assuranceSvg(Assurance assurance) {
		var canvas = SvgCanvas.inline(SpcChartPainter.FONTS);
		paintAssurance(assurance, canvas);
		return canvas.result();
	}

	/**
	 * @param symbol a status mark's icon
	 * @return the icon as an inline {@code <svg>} element, hidden from assistive technology
	 */
	public static String symbolSvg(StatusMark.Symbol symbol) {
		var canvas = SvgCanvas.inline(SpcChartPainter.FONTS);
		paintSymbol(symbol, canvas);
		return canvas.result();
	}

	/**
	 * Draws the icon of a status mark (an outcome's or programme's rolled-up trend or target status) as a page of its
	 * own: the variation and assurance icons' shapes, without the H and L of a single measure's side.
	 *
	 * @param symbol the icon
	 * @param canvas where to draw
	 */
	public static void paintSymbol(StatusMark.Symbol symbol, Canvas canvas) {
		canvas.begin(SIZE, SIZE, null, null, null);
		switch (symbol) {
		case IMPROVEMENT -> disc(canvas, IMPROVEMENT, IMPROVEMENT);
		case CONCERN -> diamond(canvas);
		case COMMON_CAUSE -> commonCause(canvas);
		case NOT_ASSESSED, NO_TARGET -> nothing(canvas);
		case PASSES -> {
			disc(canvas, IMPROVEMENT, IMPROVEMENT);
			letter(canvas, "P", Colour.WHITE);
		}
		case FAILS -> {
			diamond(canvas);
			letter(canvas, "F", BLACK);
		}
		case HIT_AND_MISS -> {
			disc(canvas, ICON_GREY, COMMON_OUTLINE);
			letter(canvas, "?", INK);
		}
		}
		canvas.end();
	}

	/**
	 * Draws the icon of a status mark into a box of another drawing, scaled to the box's height.
	 *
	 * @param symbol the icon
	 * @param canvas the drawing
	 * @param box    where the icon goes
	 */
	public static void paintSymbol(StatusMark.Symbol symbol, Canvas canvas, Bounds box) {
		paintSymbol(symbol, PlacedCanvas.into(canvas, SIZE, box));
	}

	/**
	 * Draws a variation icon as a page of its own.
	 *
	 * @param variation the variation type
	 * @param canvas    where to draw
	 */
	public static void paintVariation(Variation variation, Canvas canvas) {
		canvas.begin(SIZE, SIZE, null, null, null);
		String letter = variation.name().endsWith("_HIGH") ? "H" : variation.name().endsWith("_LOW") ? "L" : "";
		if (variation.isImprovement()) {
			disc(canvas, IMPROVEMENT, IMPROVEMENT);
			letter(canvas, letter, Colour.WHITE);
		} else if (variation.isConcern()) {
			diamond(canvas);
			letter(canvas, letter, BLACK);
		} else if (variation.isSpecialCause()) {
			canvas.rect(new Bounds(2, 2, 18, 18), 2, NEUTRAL, null);
			letter(canvas, letter, Colour.WHITE);
		} else if (variation == Variation.COMMON_CAUSE) {
			commonCause(canvas);
		} else {
			nothing(canvas);
		}
		canvas.end();
	}

	/**
	 * Draws an assurance icon as a page of its own.
	 *
	 * @param assurance the assurance type
	 * @param canvas    where to draw
	 */
	public static void paintAssurance(Assurance assurance, Canvas canvas) {
		// The roll-up's target statuses are drawn as the assurance they come from.
		paintSymbol(switch (assurance) {
		case CONSISTENTLY_PASSES -> StatusMark.Symbol.PASSES;
		case CONSISTENTLY_FAILS -> StatusMark.Symbol.FAILS;
		case HIT_AND_MISS -> StatusMark.Symbol.HIT_AND_MISS;
		case NONE -> StatusMark.Symbol.NO_TARGET;
		}, canvas);
	}

	private static void commonCause(Canvas canvas) {
		disc(canvas, ICON_GREY, COMMON_OUTLINE);
		canvas.line(List.of(new Point(5, 13), new Point(8, 9), new Point(11, 14), new Point(14, 8), new Point(17, 12)),
				Stroke.solid(ICON_LINE, 1.6));
	}

	private static void disc(Canvas canvas, Colour fill, Colour outline) {
		canvas.circle(CENTRE, 9.5, fill, Stroke.solid(outline, 1));
	}

	private static void diamond(Canvas canvas) {
		canvas.polygon(List.of(new Point(11, 0.8), new Point(21.2, 11), new Point(11, 21.2), new Point(0.8, 11)),
				CONCERN,
				Stroke.solid(CONCERN_OUTLINE, 1));
	}

	/** No variation or assurance to show: an empty dashed circle. */
	private static void nothing(Canvas canvas) {
		canvas.circle(CENTRE, 9, Colour.WHITE, Stroke.dashed(COMMON_OUTLINE, 1.5, 3, 2));
	}

	private static void letter(Canvas canvas, String letter, Colour colour) {
		if (!letter.isEmpty()) {
			canvas.text(TextRun.of(letter, 11, 15.2, 11.5, TextAnchor.MIDDLE).bolded(), colour);
		}
	}
}
