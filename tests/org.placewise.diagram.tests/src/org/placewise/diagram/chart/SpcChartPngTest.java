package org.placewise.diagram.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.placewise.diagram.chart.SpcSeries.CONCERN;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.placewise.diagram.scene.Colour;
import org.placewise.spc.ImprovementDirection;

class SpcChartPngTest {

	private static int count(BufferedImage image, Colour colour) {
		int rgb = colour.red() << 16 | colour.green() << 8 | colour.blue();
		int n = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				if ((image.getRGB(x, y) & 0xffffff) == rgb) {
					n++;
				}
			}
		}
		return n;
	}

	@Test
	void theChartIsAPngOfTheAskedSizeScaled() throws Exception {
		byte[] png = new SpcChartPng(2).render("Discharges", "patients", CONCERN, 500, 300);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertEquals(1000, image.getWidth());
		assertEquals(600, image.getHeight());
	}

	@Test
	void concernPointsAreDrawnInTheConcernColourAndImprovementInBlue() {
		// Solid interiors of the markers keep the exact palette colour after antialiasing.
		BufferedImage concern = new SpcChartPng(2).renderImage("Discharges", null, CONCERN, 760, 400);
		assertTrue(count(concern, SpcPalette.CONCERN) > 7 * 20, "too few concern-coloured pixels");
		var improving = SpcSeries.afterBaseline(ImprovementDirection.LOWER_IS_BETTER, Double.NaN, 16, 15, 14, 13, 12,
				11, 10.5);
		int concernPixelsInLegendOnly = count(new SpcChartPng(2).renderImage("m", null, improving, 760, 400),
				SpcPalette.CONCERN);
		BufferedImage improvement = new SpcChartPng(2).renderImage("m", null, improving, 760, 400);
		assertTrue(count(improvement, SpcPalette.IMPROVEMENT) > 7 * 20, "too few improvement-coloured pixels");
		assertTrue(concernPixelsInLegendOnly < count(concern, SpcPalette.CONCERN) / 4,
				"an improving series should show orange only in the legend");
	}

	@Test
	void theSameResultAlwaysGivesTheSamePixels() {
		var a = new SpcChartPng().renderImage("m", null, CONCERN, 760, 400);
		var b = new SpcChartPng().renderImage("m", null, CONCERN, 760, 400);
		assertArrayEquals(a.getRGB(0, 0, 760, 400, null, 0, 760), b.getRGB(0, 0, 760, 400, null, 0, 760));
	}

	@Test
	void tooSmallAChartOrScaleIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> new SpcChartPng().renderImage("m", null, CONCERN, 300, 400));
		assertThrows(IllegalArgumentException.class, () -> new SpcChartPng(0));
	}
}
