package org.placewise.diagram.render.png;

import java.awt.image.BufferedImage;

import org.placewise.diagram.layout.LaidOutScene;
import org.placewise.diagram.render.DiagramPainter;

/**
 * Renders a laid-out scene as a PNG image with Java2D; works headless ({@code java.awt.headless=true}). The scale
 * factor multiplies the pixel size (2 for screens with high pixel density or for print) without changing the layout.
 */
public final class PngRenderer {

	/** Largest image side in pixels; beyond this Java2D needs more memory than a diagram is worth. */
	public static final int MAX_SIDE = 16_384;

	private final double scale;

	/** Renders at one pixel per layout unit. */
	public PngRenderer() {
		this(1);
	}

	/**
	 * @param scale pixels per layout unit, e.g. 2 for screens with high pixel density
	 */
	public PngRenderer(double scale) {
		this.scale = PngImage.checkScale(scale);
	}

	/**
	 * @param scene the laid-out scene
	 * @return the image
	 * @throws IllegalArgumentException when the image would exceed {@link #MAX_SIDE} pixels on a side
	 */
	public BufferedImage renderImage(LaidOutScene scene) {
		int w = (int) Math.ceil(scene.width() * scale);
		int h = (int) Math.ceil(scene.height() * scale);
		if (w > MAX_SIDE || h > MAX_SIDE) {
			throw new IllegalArgumentException("Diagram '" + scene.scene().title() + "' would be " + w + " x " + h
					+ " pixels, more than " + MAX_SIDE + " on a side: draw a smaller part (root or depth) or use SVG");
		}
		return PngImage.draw(w, h, scale, canvas -> new DiagramPainter().paint(scene, canvas));
	}

	/**
	 * @param scene the laid-out scene
	 * @return the PNG file content
	 */
	public byte[] render(LaidOutScene scene) {
		return PngImage.encode(renderImage(scene), "diagram '" + scene.scene().title() + "'");
	}
}
