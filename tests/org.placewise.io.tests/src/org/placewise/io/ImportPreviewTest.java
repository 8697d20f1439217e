package org.placewise.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportPreviewTest {

	@TempDir
	Path folder;

	@Test
	void previewGivesTheRowsWithTheRowNumbersProblemsName() throws Exception {
		Path data = Fixtures.csv(folder, "observations.csv", "measure,date,value\n"
				+ "A,2024-04-14,44\n"
				+ "\n"
				+ "B,30/04/2024,9.5\n");

		ImportPreview preview = ImportPreview.read(data, ModelImport.Kind.OBSERVATIONS);

		assertEquals(List.of("measure", "date", "value"), preview.headers());
		assertEquals(2, preview.rows().size());
		assertEquals(2, preview.rows().get(0).number());
		assertEquals(4, preview.rows().get(1).number(), "the blank row 3 is skipped but keeps its number");
		assertEquals(List.of("B", "30/04/2024", "9.5"), preview.rows().get(1).cells());
		assertEquals("C", ImportPreview.columnLetter(2));
	}
}
