package org.placewise.diagram.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.placewise.diagram.chart.SpcChartPainter;
import org.placewise.diagram.chart.SpcChartPng;
import org.placewise.diagram.chart.SpcPalette;
import org.placewise.diagram.scene.Colour;
import org.placewise.spc.ImprovementDirection;
import org.placewise.spc.Observation;
import org.placewise.spc.SpcAnalysis;
import org.placewise.spc.SpcOptions;
import org.placewise.spc.SpcResult;

/** The SPC chart painter draws on the SWT canvas as it draws the PNG. */
class SwtSpcChartTest {

	/** A 12-point baseline around 10, then a falling run from above the upper limit: concern when higher is better. */
	private static SpcResult concern() {
		double[] values = { 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 16, 15, 14, 13, 12, 11, 10.5 };
		List<Observation> observations = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			observations.add(new Observation(LocalDate.of(2024, 1, 1).plusMonths(i), values[i]));
		}
		return SpcAnalysis.analyse(observations, SpcOptions.builder().baselinePoints(12)
				.direction(ImprovementDirection.HIGHER_IS_BETTER).target(12).build());
	}

	@Test
	void concernMarkersCoverAboutAsManyPixelsAsInThePng() throws Exception {
		Display display = Fixtures.display();
		SpcResult result = concern();
		int before = display.getDeviceData().objects.length;
		var image = new Image(display, 760, 400);
		var gc = new GC(image);
		try (var canvas = new SwtCanvas(gc)) {
			new SpcChartPainter().paint("Discharges", "patients", result, 760, 400, canvas);
		} finally {
			gc.dispose();
		}
		ImageData swt = image.getImageData();
		image.dispose();
		// Kept for a look at text anchoring and rotation, which pixel counts do not judge.
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
		var loader = new org.eclipse.swt.graphics.ImageLoader();
		loader.data = new ImageData[] { swt };
		loader.save(java.nio.file.Path.of("target", "screenshots", "spc-chart-swt.png").toString(),
				org.eclipse.swt.SWT.IMAGE_PNG);
		assertEquals(before, display.getDeviceData().objects.length, "SWT objects left after drawing the chart");

		BufferedImage png = new SpcChartPng().renderImage("Discharges", "patients", result, 760, 400);
		int swtConcern = count(swt, SpcPalette.CONCERN);
		int pngConcern = 0;
		for (int y = 0; y < png.getHeight(); y++) {
			for (int x = 0; x < png.getWidth(); x++) {
				Colour c = SpcPalette.CONCERN;
				if ((png.getRGB(x, y) & 0xffffff) == (c.red() << 16 | c.green() << 8 | c.blue())) {
					pngConcern++;
				}
			}
		}
		assertTrue(pngConcern > 7 * 10, "the PNG shows too few concern points: " + pngConcern);
		assertTrue(swtConcern > pngConcern * 0.7 && swtConcern < pngConcern * 1.3,
				swtConcern + " concern-coloured pixels in SWT, " + pngConcern + " in the PNG");
	}

	private static int count(ImageData data, Colour colour) {
		var rgb = new RGB(colour.red(), colour.green(), colour.blue());
		int n = 0;
		for (int y = 0; y < data.height; y++) {
			for (int x = 0; x < data.width; x++) {
				if (data.palette.getRGB(data.getPixel(x, y)).equals(rgb)) {
					n++;
				}
			}
		}
		return n;
	}
}
