package org.placewise.diagram.ui;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.placewise.diagram.layout.TextMetrics;
import org.placewise.diagram.scene.Colour;

/**
 * The SWT colours and fonts one diagram surface draws with, created on first use and kept until {@link #dispose()}: a
 * viewer owns one set for its lifetime, so painting creates no colour or font. Text is drawn with one font per face at
 * a large reference size and scaled by the transform to the size the layout asks for, so fractional sizes (11.5 px)
 * come out exactly and only two fonts ever exist.
 */
public final class SwtResources {

	/** Font height of the reference fonts in points. */
	private static final int REFERENCE_POINTS = 72;

	private final Device device;
	private final Map<Colour, Color> colours = new HashMap<>();
	private final Font[] fonts = new Font[2];
	private final int[] ascents = { -1, -1 };
	private boolean disposed;

	/**
	 * @param device the display or printer drawn on
	 */
	public SwtResources(Device device) {
		this.device = device;
	}

	/**
	 * @param colour a diagram colour
	 * @return the SWT colour, created once
	 */
	public Color colour(Colour colour) {
		checkNotDisposed();
		return colours.computeIfAbsent(colour, c -> new Color(device, c.red(), c.green(), c.blue()));
	}

	/**
	 * @param bold bold face
	 * @return DejaVu Sans (the font the layout measured) at the reference size
	 */
	public Font font(boolean bold) {
		checkNotDisposed();
		int i = bold ? 1 : 0;
		if (fonts[i] == null) {
			fonts[i] = new Font(device,
					new FontData(TextMetrics.FONT_FAMILY, REFERENCE_POINTS, bold ? SWT.BOLD : SWT.NORMAL));
		}
		return fonts[i];
	}

	/** @return pixel size of the reference fonts on this device */
	public double referencePixels() {
		return REFERENCE_POINTS * device.getDPI().y / 72.0;
	}

	/**
	 * @param gc   a GC on this device, to measure with
	 * @param bold bold face
	 * @return the ascent of the reference font in pixels: the distance from the top of a drawn string to its baseline
	 */
	int ascent(GC gc, boolean bold) {
		int i = bold ? 1 : 0;
		if (ascents[i] < 0) {
			Font saved = gc.getFont();
			gc.setFont(font(bold));
			ascents[i] = gc.getFontMetrics().getAscent();
			gc.setFont(saved);
		}
		return ascents[i];
	}

	/** @return how many SWT colours this set holds */
	public int colourCount() {
		return colours.size();
	}

	/** Disposes every colour and font; the set cannot be used afterwards. */
	public void dispose() {
		if (disposed) {
			return;
		}
		disposed = true;
		colours.values().forEach(Color::dispose);
		colours.clear();
		for (int i = 0; i < fonts.length; i++) {
			if (fonts[i] != null) {
				fonts[i].dispose();
				fonts[i] = null;
			}
		}
	}

	/** @return whether {@link #dispose()} was called */
	public boolean isDisposed() {
		return disposed;
	}

	private void checkNotDisposed() {
		if (disposed) {
			throw new IllegalStateException("The diagram's SWT resources are disposed");
		}
	}
}
