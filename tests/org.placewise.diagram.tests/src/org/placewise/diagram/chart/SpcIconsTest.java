package org.placewise.diagram.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.placewise.diagram.render.png.Graphics2DCanvas;
import org.placewise.spc.Assurance;
import org.placewise.spc.Variation;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SpcIconsTest {

	private static Element parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))
				.getDocumentElement();
	}

	private static List<String> fills(Element svg) {
		List<String> fills = new ArrayList<>();
		NodeList all = svg.getElementsByTagName("*");
		for (int i = 0; i < all.getLength(); i++) {
			String fill = ((Element) all.item(i)).getAttribute("fill");
			if (!fill.isEmpty()) {
				fills.add(fill);
			}
		}
		return fills;
	}

	@ParameterizedTest
	@EnumSource(Variation.class)
	void everyVariationIconIsADecorativeInlineSvgOnOneLine(Variation variation) throws Exception {
		String svg = SpcIcons.variationSvg(variation);
		assertFalse(svg.startsWith("<?xml"), svg);
		assertFalse(svg.contains("\n"), svg);
		Element root = parse(svg);
		assertEquals("true", root.getAttribute("aria-hidden"));
		assertEquals("22", root.getAttribute("width"));
		assertEquals(0, root.getElementsByTagName("title").getLength());
	}

	@ParameterizedTest
	@EnumSource(Assurance.class)
	void everyAssuranceIconIsADecorativeInlineSvg(Assurance assurance) throws Exception {
		Element root = parse(SpcIcons.assuranceSvg(assurance));
		assertEquals("true", root.getAttribute("aria-hidden"));
		assertTrue(root.getElementsByTagName("*").getLength() > 0);
	}

	@Test
	void iconsUseTheChartsColoursForTheSameVariation() throws Exception {
		for (Variation variation : List.of(Variation.SPECIAL_CAUSE_IMPROVEMENT_HIGH,
				Variation.SPECIAL_CAUSE_CONCERN_LOW,
				Variation.SPECIAL_CAUSE_NEUTRAL_HIGH)) {
			assertEquals(SpcPalette.fill(variation).toHex(), fills(parse(SpcIcons.variationSvg(variation))).get(0),
					variation.name());
		}
	}

	@Test
	void highAndLowAreToldApartByALetter() throws Exception {
		assertEquals("H",
				parse(SpcIcons.variationSvg(Variation.SPECIAL_CAUSE_CONCERN_HIGH)).getElementsByTagName("text")
						.item(0).getTextContent());
		assertEquals("L", parse(SpcIcons.variationSvg(Variation.SPECIAL_CAUSE_IMPROVEMENT_LOW))
				.getElementsByTagName("text").item(0).getTextContent());
		assertEquals("F",
				parse(SpcIcons.assuranceSvg(Assurance.CONSISTENTLY_FAILS)).getElementsByTagName("text").item(0)
						.getTextContent());
	}

	@Test
	void anIconDrawsOnThePngCanvasToo() {
		var image = new BufferedImage(SpcIcons.SIZE, SpcIcons.SIZE, BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		g.setColor(java.awt.Color.WHITE);
		g.fillRect(0, 0, SpcIcons.SIZE, SpcIcons.SIZE);
		SpcIcons.paintVariation(Variation.SPECIAL_CAUSE_CONCERN_HIGH, new Graphics2DCanvas(g));
		g.dispose();
		// Beside the letter, inside the diamond: the concern colour.
		assertEquals(SpcPalette.CONCERN.toHex(), String.format("#%06x", image.getRGB(6, 11) & 0xffffff));
	}
}
