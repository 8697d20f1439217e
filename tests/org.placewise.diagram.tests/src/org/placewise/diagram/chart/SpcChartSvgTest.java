package org.placewise.diagram.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.placewise.diagram.chart.SpcSeries.CONCERN;
import static org.placewise.diagram.chart.SpcSeries.monthly;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.placewise.spc.ImprovementDirection;
import org.placewise.spc.SpcAnalysis;
import org.placewise.spc.SpcOptions;
import org.placewise.spc.SpcResult;
import org.placewise.spc.StepChange;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class SpcChartSvgTest {

	private static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	/** The shapes of the data points, in order: the one shape in each group of class "point". */
	private static List<Element> pointMarkers(Document document) {
		List<Element> markers = new ArrayList<>();
		NodeList groups = document.getElementsByTagName("g");
		for (int i = 0; i < groups.getLength(); i++) {
			Element group = (Element) groups.item(i);
			if (group.getAttribute("class").equals("point")) {
				for (Node child = group.getFirstChild(); child != null; child = child.getNextSibling()) {
					if (child instanceof Element shape && !shape.getTagName().equals("title")) {
						markers.add(shape);
					}
				}
			}
		}
		return markers;
	}

	private static List<String> texts(Document document) {
		List<String> texts = new ArrayList<>();
		NodeList nodes = document.getElementsByTagName("text");
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(nodes.item(i).getTextContent());
		}
		return texts;
	}

	@Test
	void chartIsWellFormedSvgWithATitleAndDescriptionForScreenReaders() throws Exception {
		Document document = parse(SpcChartSvg.render("Discharges", CONCERN));
		Element svg = document.getDocumentElement();
		assertEquals("http://www.w3.org/2000/svg", svg.getNamespaceURI());
		assertEquals("img", svg.getAttribute("role"));
		Element title = (Element) svg.getElementsByTagName("title").item(0);
		assertEquals(svg, title.getParentNode());
		assertEquals("Discharges", title.getTextContent());
		String desc = svg.getElementsByTagName("desc").item(0).getTextContent();
		assertTrue(desc.startsWith("XmR chart of Discharges with 19 points from 2024-01-01 to 2025-07-01."), desc);
		assertTrue(desc.contains("Latest point: special cause concern (low)."), desc);
		assertEquals(SpcChartSvg.describe("Discharges", CONCERN), desc);
	}

	@Test
	void everyPointHasAMarkerColouredAndShapedByItsVariation() throws Exception {
		List<Element> markers = pointMarkers(parse(SpcChartSvg.render("Discharges", CONCERN)));
		assertEquals(19, markers.size());
		assertEquals(SpcPalette.COMMON.toHex(), markers.get(0).getAttribute("fill"));
		assertEquals("circle", markers.get(0).getTagName());
		for (int position = 12; position < 19; position++) {
			assertEquals(SpcPalette.CONCERN.toHex(), markers.get(position).getAttribute("fill"), "point " + position);
			assertEquals("polygon", markers.get(position).getTagName(), "point " + position);
		}
	}

	@Test
	void everyPointHasATooltipWithItsValueAndVariation() throws Exception {
		NodeList groups = parse(SpcChartSvg.render("Discharges", CONCERN)).getElementsByTagName("g");
		List<String> tooltips = new ArrayList<>();
		for (int i = 0; i < groups.getLength(); i++) {
			Element group = (Element) groups.item(i);
			if (group.getAttribute("class").equals("point")) {
				tooltips.add(group.getElementsByTagName("title").item(0).getTextContent());
			}
		}
		assertEquals(19, tooltips.size());
		assertEquals("2024-01-01: 11", tooltips.get(0));
		assertTrue(tooltips.get(18).contains("10.5, special cause concern (low)"), tooltips.get(18));
	}

	@Test
	void improvementPointsAreBlueCirclesAndNeutralOnesPurpleSquares() throws Exception {
		SpcResult improving = SpcSeries.afterBaseline(ImprovementDirection.LOWER_IS_BETTER, Double.NaN, 16, 15, 14, 13,
				12, 11, 10.5);
		Element last = pointMarkers(parse(SpcChartSvg.render("m", improving))).get(18);
		assertEquals(SpcPalette.IMPROVEMENT.toHex(), last.getAttribute("fill"));
		assertEquals("circle", last.getTagName());
		SpcResult neutral = SpcSeries.afterBaseline(ImprovementDirection.NEUTRAL, Double.NaN, 16, 15, 14, 13, 12, 11,
				10.5);
		last = pointMarkers(parse(SpcChartSvg.render("m", neutral))).get(18);
		assertEquals(SpcPalette.NEUTRAL.toHex(), last.getAttribute("fill"));
		assertEquals("rect", last.getTagName());
	}

	@Test
	void xmrChartLabelsItsLimitsMeanAndTarget() throws Exception {
		List<String> texts = texts(parse(SpcChartSvg.render("Discharges", CONCERN)));
		assertTrue(texts.contains("Upper limit 15.32"), texts.toString());
		assertTrue(texts.contains("Lower limit 4.68"), texts.toString());
		assertTrue(texts.contains("Mean 10.00"), texts.toString());
		assertTrue(texts.contains("Target 12"), texts.toString());
	}

	@Test
	void theValueAxisLabelReadsBottomToTop() throws Exception {
		Document document = parse(SpcChartSvg.render("Discharges", "patients", CONCERN, 760, 400));
		NodeList nodes = document.getElementsByTagName("text");
		Element label = null;
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i).getTextContent().equals("patients")) {
				label = (Element) nodes.item(i);
			}
		}
		assertTrue(label != null, "no value axis label");
		assertEquals("rotate(-90 14 194)", label.getAttribute("transform"));
		assertEquals("middle", label.getAttribute("text-anchor"));
	}

	@Test
	void runChartShowsTheNoteAndNoLimits() throws Exception {
		List<String> texts = texts(parse(
				SpcChartSvg.render("Referrals",
						SpcAnalysis.analyse(monthly(5, 6, 5.5, 7, 6.5), SpcOptions.defaults()))));
		assertTrue(texts.contains("Fewer than 15 points: shown as a run chart; process limits are not yet reliable."),
				texts.toString());
		assertTrue(texts.stream().noneMatch(text -> text.startsWith("Upper limit")), texts.toString());
		assertTrue(texts.stream().noneMatch(text -> text.equals("Process limits")), texts.toString());
	}

	@Test
	void stepChangesAreMarked() throws Exception {
		double[] values = SpcSeries.concat(SpcSeries.BASELINE_AROUND_10, 21, 19, 21, 19, 21, 19, 21, 19, 21, 19, 21,
				19);
		SpcResult result = SpcAnalysis.analyse(monthly(values),
				SpcOptions.builder().stepChange(StepChange.atIndex(12)).build());
		assertTrue(texts(parse(SpcChartSvg.render("LOS", result))).contains("Step change"));
	}

	@Test
	void titlesWithMarkupAndControlCharactersAreEscaped() throws Exception {
		String hostile = "A&E <4h> \"waits\" 'today'\u0001\uffff";
		Document document = parse(SpcChartSvg.render(hostile, CONCERN));
		assertEquals("A&E <4h> \"waits\" 'today'",
				document.getDocumentElement().getElementsByTagName("title").item(0).getTextContent());
	}

	@Test
	void anEmptySeriesGivesAChartSayingSo() throws Exception {
		List<String> texts = texts(
				parse(SpcChartSvg.render("Nothing", SpcAnalysis.analyse(List.of(), SpcOptions.defaults()))));
		assertTrue(texts.contains("No observations to chart"), texts.toString());
	}

	@Test
	void aFlatSeriesStillDrawsAUsableScale() throws Exception {
		double[] flat = new double[15]; // all zero
		String svg = SpcChartSvg.render("Zero", SpcAnalysis.analyse(monthly(flat), SpcOptions.defaults()));
		parse(svg);
		assertFalse(svg.contains("NaN") || svg.contains("Infinity"), svg);
	}

	@Test
	void theSameResultAlwaysGivesTheSameSvg() {
		assertEquals(SpcChartSvg.render("m", CONCERN), SpcChartSvg.render("m", CONCERN));
	}

	@Test
	void tooSmallAChartIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> SpcChartSvg.render("m", null, CONCERN, 200, 100));
	}
}
