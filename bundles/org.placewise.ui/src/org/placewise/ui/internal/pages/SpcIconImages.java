package org.placewise.ui.internal.pages;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.placewise.diagram.chart.SpcIcons;
import org.placewise.diagram.render.Canvas;
import org.placewise.diagram.scene.StatusMark;
import org.placewise.diagram.ui.SwtCanvas;
import org.placewise.spc.Assurance;
import org.placewise.spc.Variation;

/**
 * The Making Data Count icons as SWT images, drawn once per kind of icon by the same painter the leaders' pack and the
 * SPC chart use ({@link SpcIcons} on an {@link SwtCanvas}), and disposed with their owner.
 */
public final class SpcIconImages implements AutoCloseable {

	private final Device device;
	private final Map<Variation, Image> variations = new EnumMap<>(Variation.class);
	private final Map<Assurance, Image> assurances = new EnumMap<>(Assurance.class);
	private final Map<StatusMark.Symbol, Image> symbols = new EnumMap<>(StatusMark.Symbol.class);

	/** @param device the display the images are for */
	public SpcIconImages(Device device) {
		this.device = device;
	}

	/** @return the icon of a variation, drawn the first time it is asked for */
	public Image variation(Variation variation) {
		return variations.computeIfAbsent(variation, v -> draw(canvas -> SpcIcons.paintVariation(v, canvas)));
	}

	/** @return the icon of an assurance, drawn the first time it is asked for */
	public Image assurance(Assurance assurance) {
		return assurances.computeIfAbsent(assurance, a -> draw(canvas -> SpcIcons.paintAssurance(a, canvas)));
	}

	/** @return the icon of a rolled-up status (an outcome's trend or target status), drawn the first time */
	public Image symbol(StatusMark.Symbol symbol) {
		return symbols.computeIfAbsent(symbol, s -> draw(canvas -> SpcIcons.paintSymbol(s, canvas)));
	}

	/** @return how many images have been drawn (one per kind of icon shown) */
	public int drawnCount() {
		return variations.size() + assurances.size() + symbols.size();
	}

	private Image draw(Consumer<Canvas> painter) {
		Image image = new Image(device, SpcIcons.SIZE, SpcIcons.SIZE);
		GC gc = new GC(image);
		try {
			gc.setBackground(device.getSystemColor(org.eclipse.swt.SWT.COLOR_LIST_BACKGROUND));
			gc.fillRectangle(0, 0, SpcIcons.SIZE, SpcIcons.SIZE);
			try (SwtCanvas canvas = new SwtCanvas(gc)) {
				painter.accept(canvas);
			}
		} finally {
			gc.dispose();
		}
		return image;
	}

	@Override
	public void close() {
		variations.values().forEach(Image::dispose);
		assurances.values().forEach(Image::dispose);
		symbols.values().forEach(Image::dispose);
		variations.clear();
		assurances.clear();
		symbols.clear();
	}
}
