package org.placewise.diagram.render.png;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

import org.placewise.diagram.render.Canvas;

/**
 * The raster side shared by every PNG output (diagrams, SPC charts): an RGB image of a drawing at a scale, drawn by a
 * painter on a {@link Graphics2DCanvas}, and its PNG encoding. Works headless ({@code java.awt.headless=true}).
 */
public final class PngImage {

	/** Largest scale: pixels per drawing unit. */
	public static final double MAX_SCALE = 8;

	private PngImage() {
	}

	/**
	 * @param scale pixels per drawing unit
	 * @return the scale
	 * @throws IllegalArgumentException unless {@code 0 < scale <= }{@value #MAX_SCALE}
	 */
	public static double checkScale(double scale) {
		if (!(scale > 0) || scale > MAX_SCALE) {
			throw new IllegalArgumentException("PNG scale must be above 0 and at most 8, got " + scale);
		}
		return scale;
	}

	/**
	 * @param width   image width in pixels
	 * @param height  image height in pixels
	 * @param scale   pixels per drawing unit
	 * @param painter draws on the canvas in drawing units
	 * @return the image
	 */
	public static BufferedImage draw(int width, int height, double scale, Consumer<Canvas> painter) {
		var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		try {
			g.scale(scale, scale);
			painter.accept(new Graphics2DCanvas(g));
		} finally {
			g.dispose();
		}
		return image;
	}

	/**
	 * @param image the image
	 * @param what  what it shows, for the error message
	 * @return the PNG file content
	 */
	public static byte[] encode(BufferedImage image, String what) {
		var out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		} catch (IOException e) {
			throw new UncheckedIOException("Could not encode " + what + " as PNG", e);
		}
		return out.toByteArray();
	}
}
