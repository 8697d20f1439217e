package org.placewise.spc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.placewise.spc.Series.afterBaseline;
import static org.placewise.spc.Series.baseline12;
import static org.placewise.spc.Series.monthly;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SpcChartSvgTest {

	// A falling trend from above the upper limit (see RulePrecedenceTest): 7 concern points when higher is better.
	private static final SpcResult CONCERN = SpcAnalysis.analyse(afterBaseline(16, 15, 14, 13, 12, 11, 10.5),
			baseline12(ImprovementDirection.HIGHER_IS_BETTER).target(12).build());

	private static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	/** The markers of data points: shapes that carry a tooltip title. */
	private static List<Element> pointMarkers(Document document) {
		List<Element> markers = new ArrayList<>();
		NodeList titles = document.getElementsByTagName("title");
		for (int i = 0; i < titles.getLength(); i++) {
			if (titles.item(i).getParentNode() instanceof Element parent && !parent.getTagName().equals("svg")) {
				markers.add(parent);
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
		assertEquals("spc-title spc-desc", svg.getAttribute("aria-labelledby"));
		Element title = (Element) svg.getElementsByTagName("title").item(0);
		assertEquals("spc-title", title.getAttribute("id"));
		assertEquals("Discharges", title.getTextContent());
		String desc = svg.getElementsByTagName("desc").item(0).getTextContent();
		assertTrue(desc.startsWith("XmR chart of Discharges with 19 points from 2024-01-01 to 2025-07-01."), desc);
		assertTrue(desc.contains("Latest point: special cause concern (low)."), desc);
	}

	@Test
	void everyPointHasAMarkerColouredByItsVariation() throws Exception {
		List<Element> markers = pointMarkers(parse(SpcChartSvg.render("Discharges", CONCERN)));
		assertEquals(19, markers.size());
		assertEquals(SpcChartSvg.COMMON_FILL, markers.get(0).getAttribute("fill"));
		for (int position = 12; position < 19; position++) {
			assertEquals(SpcChartSvg.CONCERN_FILL, markers.get(position).getAttribute("fill"), "point " + position);
		}
	}

	@Test
	void improvementPointsAreBlueAndNeutralOnesPurple() throws Exception {
		SpcResult improving = SpcAnalysis.analyse(afterBaseline(16, 15, 14, 13, 12, 11, 10.5),
				baseline12(ImprovementDirection.LOWER_IS_BETTER).build());
		assertEquals(SpcChartSvg.IMPROVEMENT_FILL, pointMarkers(parse(SpcChartSvg.render("m", improving))).get(18).getAttribute("fill"));
		SpcResult neutral = SpcAnalysis.analyse(afterBaseline(16, 15, 14, 13, 12, 11, 10.5), baseline12(ImprovementDirection.NEUTRAL).build());
		assertEquals(SpcChartSvg.NEUTRAL_FILL, pointMarkers(parse(SpcChartSvg.render("m", neutral))).get(18).getAttribute("fill"));
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
	void runChartShowsTheNoteAndNoLimits() throws Exception {
		List<String> texts = texts(parse(SpcChartSvg.render("Referrals", SpcAnalysis.analyse(monthly(5, 6, 5.5, 7, 6.5), SpcOptions.defaults()))));
		assertTrue(texts.contains("Fewer than 15 points: shown as a run chart; process limits are not yet reliable."), texts.toString());
		assertTrue(texts.stream().noneMatch(text -> text.startsWith("Upper limit")), texts.toString());
		assertTrue(texts.stream().noneMatch(text -> text.equals("Process limits")), texts.toString());
	}

	@Test
	void stepChangesAreMarked() throws Exception {
		double[] values = Series.concat(Series.BASELINE_AROUND_10, 21, 19, 21, 19, 21, 19, 21, 19, 21, 19, 21, 19);
		SpcResult result = SpcAnalysis.analyse(monthly(values), SpcOptions.builder().stepChange(StepChange.atIndex(12)).build());
		assertTrue(texts(parse(SpcChartSvg.render("LOS", result))).contains("Step change"));
	}

	@Test
	void titlesWithMarkupCharactersAreEscaped() throws Exception {
		Document document = parse(SpcChartSvg.render("A&E <4h> \"waits\"", CONCERN));
		assertEquals("A&E <4h> \"waits\"", document.getDocumentElement().getElementsByTagName("title").item(0).getTextContent());
	}

	@Test
	void anEmptySeriesGivesAChartSayingSo() throws Exception {
		List<String> texts = texts(parse(SpcChartSvg.render("Nothing", SpcAnalysis.analyse(List.of(), SpcOptions.defaults()))));
		assertTrue(texts.contains("No observations to chart"), texts.toString());
	}

	@Test
	void aFlatSeriesStillDrawsAUsableScale() throws Exception {
		double[] flat = new double[15]; // all zero
		String svg = SpcChartSvg.render("Zero", SpcAnalysis.analyse(monthly(flat), SpcOptions.defaults()));
		parse(svg);
		assertTrue(!svg.contains("NaN") && !svg.contains("Infinity"), svg);
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
