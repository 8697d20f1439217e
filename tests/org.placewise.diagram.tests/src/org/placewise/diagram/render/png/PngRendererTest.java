package org.placewise.diagram.render.png;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.placewise.diagram.SampleScenesAccess;
import org.placewise.diagram.layout.LaidOutScene;
import org.placewise.diagram.layout.PlacedNode;
import org.placewise.diagram.layout.SceneLayout;

class PngRendererTest {

	private final LaidOutScene laid = new SceneLayout().layout(SampleScenesAccess.nestedSystem());

	@Test
	void pngDecodesAtTheLaidOutSize() throws Exception {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(new PngRenderer().render(laid)));
		assertEquals((int) Math.ceil(laid.width()), image.getWidth());
		assertEquals((int) Math.ceil(laid.height()), image.getHeight());
	}

	@Test
	void scaleMultipliesThePixelSize() throws Exception {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(new PngRenderer(2).render(laid)));
		assertEquals((int) Math.ceil(laid.width() * 2), image.getWidth());
		assertEquals((int) Math.ceil(laid.height() * 2), image.getHeight());
	}

	@Test
	void renderingTwiceGivesIdenticalBytes() {
		LaidOutScene again = new SceneLayout().layout(SampleScenesAccess.nestedSystem());
		assertArrayEquals(new PngRenderer().render(laid), new PngRenderer().render(again));
	}

	@Test
	void nodesAreFilledWithTheirStyle() {
		BufferedImage image = new PngRenderer().renderImage(laid);
		PlacedNode leigh = laid.nodesById().get("nb-leigh");
		// A point inside the node, below its text: the fill colour of the neighbourhood style.
		int x = (int) (leigh.bounds().x() + 4);
		int y = (int) (leigh.bounds().bottom() - 4);
		var fill = leigh.style().fill();
		assertEquals((fill.red() << 16) | (fill.green() << 8) | fill.blue(), image.getRGB(x, y) & 0xffffff);
		assertNotEquals(image.getRGB(x, y), image.getRGB(1, 1), "node must differ from the page");
	}

	@Test
	void absurdScaleIsRejected() {
		assertThrows(IllegalArgumentException.class, () -> new PngRenderer(0));
		assertThrows(IllegalArgumentException.class, () -> new PngRenderer(Double.NaN));
	}
}
