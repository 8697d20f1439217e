package org.placewise.diagram.chart;

import org.placewise.diagram.render.svg.SvgCanvas;
import org.placewise.spc.SpcResult;

/**
 * An SPC chart as a self-contained SVG document, drawn by {@link SpcChartPainter} on an {@link SvgCanvas}. The same
 * input always gives the same bytes.
 */
public final class SpcChartSvg {

	/** Default width in pixels. */
	public static final int DEFAULT_WIDTH = SpcChartPainter.DEFAULT_WIDTH;
	/** Default height in pixels. */
	public static final int DEFAULT_HEIGHT = SpcChartPainter.DEFAULT_HEIGHT;

	private SpcChartSvg() {
	}

	/**
	 * Renders at the default size with no axis label.
	 *
	 * @param title  chart title
	 * @param result the analysis to draw
	 * @return an SVG document
	 */
	public static String render(String title, SpcResult result) {
		return render(title, null, result, DEFAULT_WIDTH, DEFAULT_HEIGHT);
	}

	/**
	 * Renders a chart.
	 *
	 * @param title      chart title, usually the measure's name
	 * @param valueLabel label of the value axis (for example the unit), or {@code null}
	 * @param result     the analysis to draw
	 * @param width      width in pixels (at least 400)
	 * @param height     height in pixels (at least 260)
	 * @return an SVG document
	 * @throws IllegalArgumentException when the chart is smaller than 400 × 260 pixels
	 */
	public static String render(String title, String valueLabel, SpcResult result, int width, int height) {
		var canvas = SvgCanvas.document(SpcChartPainter.FONTS);
		new SpcChartPainter().paint(title, valueLabel, result, width, height, canvas);
		return canvas.result();
	}

	/**
	 * The text a screen reader gives for the chart, for the {@code alt} of an image showing it.
	 *
	 * @param title  chart title
	 * @param result the analysis
	 * @return see {@link SpcChartPainter#describe(String, SpcResult)}
	 */
	public static String describe(String title, SpcResult result) {
		return SpcChartPainter.describe(title, result);
	}
}
