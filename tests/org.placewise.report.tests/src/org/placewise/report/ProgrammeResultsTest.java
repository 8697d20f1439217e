package org.placewise.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placewise.store.ModelFiles;

/**
 * A programme page shows the results the programme reported, each with its figure, unit and source, as the samples
 * record them from the toolkit; a programme with none has no such section.
 */
class ProgrammeResultsTest {
	private static final Path SAMPLES = Path.of("../../samples");

	@TempDir
	Path temp;

	private String programmePage(String sample, String page) throws Exception {
		Path folder = temp.resolve(sample);
		LeadersPackTest.pack(new ModelFiles().load(SAMPLES.resolve(sample + ".placewise")), null,
				new GeneratedDiagrams()).write(folder);
		return Files.readString(folder.resolve(page));
	}

	@Test
	void midAndSouthEssexShowsItsFiveReportedResultsWithTheirSource() throws Exception {
		String html = programmePage("mid-and-south-essex-older-adults",
				"programme-older-adults-transformation-programme.html");

		assertTrue(html.contains("<h2 id=\"results\">Reported results</h2>"), html);
		assertTrue(html.contains("<strong>More people avoiding admission through urgent community teams</strong>: "
				+ "4,650 people a year"), html);
		assertTrue(html.contains("<strong>People going home from an intermediate care bed (was 25%)</strong>: 43%"),
				html);
		assertEquals(5, html.split("Source: Integration at place toolkit \\(2022\\), Mid and South Essex case study",
				-1).length - 1);
	}

	@Test
	void aResultWithAPeriodAndNoDateSaysSo() throws Exception {
		String html = programmePage("northamptonshire-discharge-to-assess", "programme-discharge-to-assess.html");

		assertTrue(html.contains("40,000 bed days; To date, approximate; the source gives no date"), html);
		assertFalse(html.contains("Source: Source:"), html);
	}

	@Test
	void aProgrammeWithNoResultsHasNoSection() throws Exception {
		String html = programmePage("bradford-district-and-craven", "programme-healthy-communities.html");

		assertFalse(html.contains("Reported results"), html);
	}
}
