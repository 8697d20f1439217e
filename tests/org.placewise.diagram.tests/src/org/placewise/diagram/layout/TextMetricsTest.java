package org.placewise.diagram.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextMetricsTest {

	@Test
	void widthAddsAdvanceWidthsOfDejaVuSans() {
		// W 989 + i 278 + g 635 + a 613 + n 634 = 3149 thousandths of an em
		assertEquals(3149 * 12 / 1000.0, TextMetrics.width("Wigan", 12, false), 1e-9);
	}

	@Test
	void boldIsWiderThanRegular() {
		assertTrue(TextMetrics.width("Bradford", 12, true) > TextMetrics.width("Bradford", 12, false));
	}

	@Test
	void poundSignHasItsOwnWidth() {
		assertEquals(TextMetrics.width("0", 10, false), TextMetrics.width("\u00a3", 10, false), 1e-9);
	}

	@Test
	void wrapBreaksAtSpacesWithinWidth() {
		List<String> lines = TextMetrics.wrap("Greater Manchester integrated care system", 12, false, 120);
		assertTrue(lines.size() > 1);
		for (String l : lines) {
			assertTrue(TextMetrics.width(l, 12, false) <= 120, l);
		}
		assertEquals("Greater Manchester integrated care system", String.join(" ", lines));
	}

	@Test
	void wrapKeepsAnOverlongWordWhole() {
		assertEquals(List.of("Supercalifragilistic"), TextMetrics.wrap("Supercalifragilistic", 12, false, 20));
	}
}
