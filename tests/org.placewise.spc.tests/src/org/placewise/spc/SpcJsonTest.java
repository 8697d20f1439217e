package org.placewise.spc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.placewise.spc.Series.afterBaseline;
import static org.placewise.spc.Series.baseline12;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SpcJsonTest {

	// Shift of 7 above the baseline mean 10 (positions 12–18); limits 4.68 to 15.32; target 12.
	private static final SpcResult SHIFT = SpcAnalysis.analyse(afterBaseline(11, 12, 11, 12, 11, 12, 11),
			baseline12(ImprovementDirection.HIGHER_IS_BETTER).target(12).build());

	@SuppressWarnings("unchecked")
	private static Map<String, Object> parse(String measure, SpcResult result) {
		return (Map<String, Object>) MiniJson.parse(SpcJson.toJson(measure, result));
	}

	@Test
	void theSummaryCarriesVariationAssuranceAndSettings() {
		Map<String, Object> json = parse("Admissions", SHIFT);
		assertEquals("Admissions", json.get("measure"));
		assertEquals("XMR", json.get("chartKind"));
		assertEquals("HIGHER_IS_BETTER", json.get("direction"));
		assertEquals(12.0, json.get("target"));
		assertEquals("SPECIAL_CAUSE_IMPROVEMENT_HIGH", json.get("variation"));
		assertEquals("HIT_AND_MISS", json.get("assurance"));
		assertEquals(7.0, json.get("shiftLength"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void partitionsCarryTheMeanAndLimits() {
		Map<String, Object> partition = ((List<Map<String, Object>>) parse("m", SHIFT).get("partitions")).get(0);
		assertEquals(10.0, partition.get("mean"));
		assertEquals(2.0, partition.get("meanMovingRange"));
		// Rounded as the text report shows them: the data has no decimals, so one.
		assertEquals(15.3, (Double) partition.get("upperProcessLimit"), 1e-9);
		assertEquals(4.7, (Double) partition.get("lowerProcessLimit"), 1e-9);
		assertEquals(12.0, partition.get("baselinePoints"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void everyPointIsWrittenWithItsRules() {
		List<Map<String, Object>> points = (List<Map<String, Object>>) parse("m", SHIFT).get("points");
		assertEquals(19, points.size());
		Map<String, Object> flagged = points.get(12);
		assertEquals("2025-01-01", flagged.get("date"));
		assertEquals(Map.of("rule", "SHIFT", "side", "HIGH"), flagged.get("winningRule"));
		assertEquals(List.of(Map.of("rule", "SHIFT", "side", "HIGH")), flagged.get("specialCauses"));
		assertNull(points.get(0).get("movingRange"));
		assertNull(points.get(0).get("winningRule"));
	}

	@Test
	void missingLimitsAndDatesAreNull() {
		Map<String, Object> json = parse(null,
				SpcAnalysis.analyse(List.of(Observation.undated(3)), SpcOptions.defaults()));
		@SuppressWarnings("unchecked")
		Map<String, Object> partition = ((List<Map<String, Object>>) json.get("partitions")).get(0);
		assertNull(partition.get("upperProcessLimit"));
		assertEquals(false, json.containsKey("measure"));
		assertNull(json.get("target"));
	}

	@Test
	void measureNamesWithQuotesBackslashesAndControlCharactersAreEscaped() {
		String awkward = "A \"quoted\" \\ name\nwith\ttabs and \u0001 and \u2028";
		assertEquals(awkward, parse(awkward, SHIFT).get("measure"));
	}

	@Test
	void stringsAreEscapedAsJsonOnlyNotForHtml() {
		String json = SpcJson.toJson("a\u0001b\"c\\ <A&E> 'x' =\u2028", SHIFT);
		assertTrue(json.contains("\n  \"measure\": \"a\\u0001b\\\"c\\\\ <A&E> 'x' =\\u2028\",\n"), json);
	}

	@Test
	void theLayoutIsTwoSpaceIndentedWithWholeNumbersWithoutADecimalPoint() {
		String json = SpcJson.toJson("m", SHIFT);
		assertTrue(json.startsWith("{\n  \"measure\": \"m\",\n  \"chartKind\": \"XMR\",\n"), json);
		assertTrue(json.contains("\n  \"target\": 12,\n"), json);
		assertTrue(json.contains("\n      \"mean\": 10,\n"), json);
		assertTrue(json.contains("\"movingRange\": null,"), json);
		assertTrue(json.contains("\"specialCauses\": []\n"), json);
		assertTrue(json.endsWith("\n  \"notes\": []\n}"), json);
	}

	@Test
	void statisticsAreRoundedToOneDecimalMoreThanTheData() {
		// Mean 4.8 / 7 = 0.6857142857142857..., median 0.7; the data carries one decimal, so statistics carry two.
		String json = SpcJson.toJson("m",
				SpcAnalysis.analyse(Series.monthly(0.6, 0.7, 0.8, 0.6, 0.7, 0.7, 0.7), SpcOptions.defaults()));
		assertTrue(json.contains("\n      \"mean\": 0.69,\n      \"median\": 0.7,\n      \"centreLine\": 0.7,\n"),
				json);
		assertTrue(json.contains("\"meanMovingRange\": 0.08,"), json);
		assertTrue(json.contains("\"movingRange\": 0.1,"), json);
		assertTrue(json.contains("\"value\": 0.6,"), json);
		assertTrue(!json.matches("(?s).*\\d\\.\\d{5,}.*"), json);
	}

	@Test
	void notesAreWritten() {
		Map<String, Object> json = parse("m", SpcAnalysis.analyse(List.of(), SpcOptions.defaults()));
		assertEquals(List.of("There are no observations, so there is nothing to chart."), json.get("notes"));
	}

	@Test
	void theSameResultAlwaysGivesTheSameJson() {
		assertEquals(SpcJson.toJson("m", SHIFT), SpcJson.toJson("m", SHIFT));
	}
}
