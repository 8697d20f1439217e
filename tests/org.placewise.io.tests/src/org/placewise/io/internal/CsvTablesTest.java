package org.placewise.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placewise.io.ImportException;

class CsvTablesTest {

	@TempDir
	Path folder;

	private Table read(byte[] bytes) throws Exception {
		Path file = folder.resolve("table.csv");
		Files.write(file, bytes);
		return CsvTables.read(file, "table.csv");
	}

	private Table read(String text) throws Exception {
		return read(text.getBytes(StandardCharsets.UTF_8));
	}

	private static List<String> texts(Table.Row row) {
		return row.cells().stream().map(Cell::display).toList();
	}

	@Test
	void quotedValuesMayHoldCommasQuotesAndLineBreaks() throws Exception {
		Table table = read("name,note\r\n\"Delay, days\",\"said \"\"no\"\"\r\nthen yes\"\r\nplain,£5\r\n");

		assertEquals(List.of("name", "note"), table.headers());
		assertEquals(List.of("Delay, days", "said \"no\"\r\nthen yes"), texts(table.rows().get(0)));
		assertEquals(3, table.rows().get(1).number(), "a line break inside quotes does not start a new row");
		assertEquals(List.of("plain", "£5"), texts(table.rows().get(1)));
	}

	@Test
	void aByteOrderMarkIsSkipped() throws Exception {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] body = "name\nx\n".getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[bom.length + body.length];
		System.arraycopy(bom, 0, bytes, 0, bom.length);
		System.arraycopy(body, 0, bytes, bom.length, body.length);

		assertEquals(List.of("name"), read(bytes).headers());
	}

	@Test
	void blankLinesAreSkippedButRowNumbersStayThoseOfTheFile() throws Exception {
		Table table = read("name\n\na\n,\nb");

		assertEquals(2, table.rows().size());
		assertEquals(3, table.rows().get(0).number());
		assertEquals(5, table.rows().get(1).number());
	}

	@Test
	void textThatIsNotUtf8IsRefusedWithAHint() {
		byte[] latin1 = "name\nCaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

		ImportException failure = assertThrows(ImportException.class, () -> read(latin1));

		assertTrue(failure.getMessage().contains("table.csv: the file is not UTF-8 text"), failure.getMessage());
	}

	@Test
	void anUnclosedQuoteIsExplained() {
		ImportException failure = assertThrows(ImportException.class, () -> read("name,note\nx,\"never closed\n"));

		assertTrue(failure.getMessage().contains("a quoted value is never closed"), failure.getMessage());
	}

	@Test
	void aHugeCellIsRefusedWithItsRowAndColumn() {
		String huge = "x".repeat(Limits.MAX_CELL_CHARACTERS + 1);

		ImportException failure = assertThrows(ImportException.class, () -> read("name,note\na,b\nc," + huge + "\n"));

		assertTrue(failure.getMessage().contains("row 3, column B holds 32768 characters"), failure.getMessage());
	}

	@Test
	void anEmptyFileHasNoHeader() {
		ImportException failure = assertThrows(ImportException.class, () -> read(""));

		assertTrue(failure.getMessage().contains("the file is empty"), failure.getMessage());
	}

	@Test
	void writtenTablesReadBackCellForCell() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		CsvTables.write(out, List.of("name", "value"), List.of(
				List.of(new Cell.Text("a, \"b\"\nc"), new Cell.Number(new java.math.BigDecimal("10.50"))),
				List.of(Cell.BLANK, new Cell.Date(java.time.LocalDate.of(2025, 3, 31)))));

		Table table = read(out.toByteArray());

		assertEquals(List.of("a, \"b\"\nc", "10.50"), texts(table.rows().get(0)));
		assertEquals(List.of("", "2025-03-31"), texts(table.rows().get(1)));
	}
}
