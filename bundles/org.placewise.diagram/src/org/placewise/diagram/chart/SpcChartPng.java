package org.placewise.diagram.chart;

import java.awt.image.BufferedImage;

import org.placewise.diagram.render.png.Graphics2DCanvas;
import org.placewise.diagram.render.png.PngImage;
import org.placewise.spc.SpcResult;

/**
 * An SPC chart as a PNG image, drawn by {@link SpcChartPainter} on a {@link Graphics2DCanvas}; works headless. The
 * scale multiplies the pixel size (2 for screens with high pixel density or for print) without changing the drawing.
 */
public final class SpcChartPng {

	private final double scale;

	/** Renders at one pixel per chart unit. */
	public SpcChartPng() {
		this(1);
	}

	/**
	 * @param scale pixels per chart unit, above 0 and at most 8
	 */
	public SpcChartPng(double scale) {
		this.scale = PngImage.checkScale(scale);
	}

	/**
	 * @param title      chart title
	 * @param valueLabel label of the value axis, or {@code null}
	 * @param result     the analysis to draw
	 * @param width      width in chart units (at least 400)
	 * @param height     height in chart units (at least 260)
	 * @return the image
	 */
	public BufferedImage renderImage(String title, String valueLabel, SpcResult result, int width, int height) {
		SpcChartPainter.checkSize(width, height);
		return PngImage.draw((int) Math.ceil(width * scale), (int) Math.ceil(height * scale), scale,
				canvas -> new SpcChartPainter().paint(title, valueLabel, result, width, height, canvas));
	}

	/**
	 * @param title      chart title
	 * @param valueLabel label of the value axis, or {@code null}
	 * @param result     the analysis to draw
	 * @param width      width in chart units (at least 400)
	 * @param height     height in chart units (at least 260)
	 * @return the PNG file content
	 */
	public byte[] render(String title, String valueLabel, SpcResult result, int width, int height) {
		return PngImage.encode(renderImage(title, valueLabel, result, width, height), "the SPC chart '" + title + "'");
	}
}
