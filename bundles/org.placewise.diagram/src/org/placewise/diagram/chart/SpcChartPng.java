package org.placewise.diagram.chart;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.placewise.diagram.render.png.Graphics2DCanvas;
import org.placewise.spc.SpcResult;

/**
 * An SPC chart as a PNG image, drawn by {@link SpcChartPainter} on a {@link Graphics2DCanvas};
 * works headless. The scale multiplies the pixel size (2 for screens with high pixel density or
 * for print) without changing the drawing.
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
        if (!(scale > 0) || scale > 8) {
            throw new IllegalArgumentException("PNG scale must be above 0 and at most 8, got " + scale);
        }
        this.scale = scale;
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
        var image = new BufferedImage((int) Math.ceil(width * scale), (int) Math.ceil(height * scale),
                BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        try {
            g.scale(scale, scale);
            new SpcChartPainter().paint(title, valueLabel, result, width, height, new Graphics2DCanvas(g));
        } finally {
            g.dispose();
        }
        return image;
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
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(renderImage(title, valueLabel, result, width, height), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not encode the SPC chart '" + title + "' as PNG", e);
        }
        return out.toByteArray();
    }
}
