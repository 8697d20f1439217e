package org.placewise.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placewise.io.ImportException;

/**
 * Issue 19, defect 15: a workbook that expands to far more than it holds, at a ratio too low for POI's zip-bomb check
 * (33 MB holding a 2.1 GB sheet), ran the importer out of memory. The sheet now streams from the file and reading stops
 * at the first row, cell or text limit passed, with a message saying which.
 */
class XlsxLimitsTest {

	@TempDir
	Path folder;

	/** Writes the body of a sheet's {@code <sheetData>}. */
	private interface SheetBody {
		void write(Writer out) throws IOException;
	}

	/** @return a workbook made by POI whose first sheet's rows are replaced by {@code body} */
	private Path workbook(String name, SheetBody body) throws IOException {
		ByteArrayOutputStream plain = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.createSheet("Measures").createRow(0).createCell(0).setCellValue("name");
			workbook.write(plain);
		}
		Path file = folder.resolve(name);
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(plain.toByteArray()));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					String xml = new String(content, StandardCharsets.UTF_8);
					int start = xml.indexOf("<sheetData");
					int end = xml.indexOf("</sheetData>") + "</sheetData>".length();
					out.write(xml.substring(0, start).getBytes(StandardCharsets.UTF_8));
					Writer writer = new java.io.OutputStreamWriter(new NonClosing(out), StandardCharsets.UTF_8);
					writer.write("<sheetData>");
					body.write(writer);
					writer.write("</sheetData>");
					writer.flush();
					out.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
				} else {
					out.write(content);
				}
				out.closeEntry();
			}
		}
		return file;
	}

	private static final class NonClosing extends java.io.FilterOutputStream {
		NonClosing(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			out.write(bytes, offset, length);
		}

		@Override
		public void close() throws IOException {
			flush();
		}
	}

	private static String row(int number, String... cells) {
		StringBuilder row = new StringBuilder("<row r=\"" + number + "\">");
		for (String cell : cells) {
			row.append(cell);
		}
		return row.append("</row>").toString();
	}

	private static String text(String reference, String text) {
		return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
	}

	@Test
	void aCellBeyondTheLastColumnASheetCanHaveIsRefusedNamingTheRowAndColumn() throws Exception {
		Path file = workbook("wide.xlsx", out -> {
			out.write(row(1, text("A1", "name")));
			out.write(row(2, text("A2", "Falls"), "<c r=\"XFE2\"><v>1</v></c>"));
		});

		ImportException failure = assertThrows(ImportException.class,
				() -> XlsxTables.read(file, "wide.xlsx", "Measures"));

		assertTrue(failure.getMessage().contains("row 2 has a cell in column XFE, beyond the 16,384 columns"),
				failure.getMessage());
	}

	@Test
	void aSheetWithMoreRowsThanTheLimitStopsThereWithAMessage() throws Exception {
		Path file = workbook("rows.xlsx", out -> {
			out.write(row(1, text("A1", "name")));
			for (int r = 2; r <= 5_000; r++) {
				out.write(row(r, text("A" + r, "m" + r)));
			}
		});

		ImportException failure = assertThrows(ImportException.class,
				() -> XlsxTables.read(file, "rows.xlsx", "Measures", new Limits.Sheet(1_000, 1_000_000, 1_000_000)));

		assertTrue(failure.getMessage().contains("more than 1,000 rows, more than an import reads (stopped at row"
				+ " 1001)"), failure.getMessage());
	}

	@Test
	void aSheetExpandingAtALowRatioStopsAtTheCellLimit() throws Exception {
		// What a low-ratio bomb is made of: many cells of numbers that compress only a few times, so POI's ratio
		// check lets them through, and reading them all as a workbook fills memory.
		java.util.Random random = new java.util.Random(15);
		Path file = workbook("numbers.xlsx", out -> {
			out.write(row(1, text("A1", "name")));
			for (int r = 2; r <= 200; r++) {
				StringBuilder cells = new StringBuilder();
				for (int c = 0; c < 1_000; c++) {
					cells.append("<c><v>").append(random.nextInt(1_000_000)).append("</v></c>");
				}
				out.write(row(r, cells.toString()));
			}
		});

		ImportException failure = assertThrows(ImportException.class, () -> XlsxTables.read(file, "numbers.xlsx",
				"Measures", new Limits.Sheet(1_000, 50_000, 1_000_000)));

		assertTrue(failure.getMessage().contains("more than 50,000 cells, more than an import reads (stopped at row"
				+ " 51)"), failure.getMessage());
	}

	@Test
	void blankCellsCountToo() throws Exception {
		Path file = workbook("blank.xlsx", out -> {
			out.write(row(1, text("A1", "name")));
			for (int r = 2; r <= 20; r++) {
				out.write(row(r, "<c r=\"A" + r + "\" s=\"0\"/><c r=\"B" + r + "\" s=\"0\"/>"));
			}
		});

		ImportException failure = assertThrows(ImportException.class,
				() -> XlsxTables.read(file, "blank.xlsx", "Measures", new Limits.Sheet(1_000, 10, 1_000_000)));

		assertTrue(failure.getMessage().contains("more than 10 cells"), failure.getMessage());
	}

	@Test
	void controlCharactersEscapedTheWayWorkbooksDoAreDecoded() throws Exception {
		Path file = workbook("escaped.xlsx", out -> {
			out.write(row(1, text("A1", "name")));
			out.write(row(2, text("A2", "bell_x0007_here_x005F_x0041_")));
		});

		Table table = XlsxTables.read(file, "escaped.xlsx", "Measures");

		assertEquals(new Cell.Text("bell\u0007here_x0041_"), table.rows().get(0).cell(0));
	}

	@Test
	void moreTextThanTheLimitStopsEvenInCellsOfAllowedLength() throws Exception {
		String long1000 = "x".repeat(1_000);
		Path file = workbook("text.xlsx", out -> {
			out.write(row(1, text("A1", "name")));
			for (int r = 2; r <= 200; r++) {
				out.write(row(r, text("A" + r, long1000)));
			}
		});

		ImportException failure = assertThrows(ImportException.class,
				() -> XlsxTables.read(file, "text.xlsx", "Measures", new Limits.Sheet(1_000, 1_000, 100_000)));

		assertTrue(failure.getMessage().contains("more than 100,000 characters of text"), failure.getMessage());
	}

	@Test
	void aCellLongerThanACellMayBeIsRefusedBeforeItIsReadWhole() throws Exception {
		Path file = workbook("long.xlsx", out -> {
			out.write(row(1, text("A1", "name")));
			out.write("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>");
			for (int i = 0; i < 1_000; i++) {
				out.write("y".repeat(1_000));
			}
			out.write("</t></is></c></row>");
		});

		ImportException failure = assertThrows(ImportException.class,
				() -> XlsxTables.read(file, "long.xlsx", "Measures"));

		assertTrue(
				failure.getMessage().contains("row 2, column A holds more than the 32767 characters a cell may hold"),
				failure.getMessage());
	}

	@Test
	void cellsWithoutNamesRowsWithGapsAndEveryKindOfValueAreRead() throws Exception {
		Path file = workbook("kinds.xlsx", out -> {
			out.write(row(1, text("A1", "name"), text("B1", "value"), text("C1", "flag"), text("D1", "error")));
			out.write("<row r=\"4\"><c t=\"inlineStr\"><is><t>Falls</t></is></c><c><v>12.5</v></c>"
					+ "<c t=\"b\"><v>1</v></c><c t=\"e\"><v>#N/A</v></c></row>");
			out.write(row(6, text("A6", "Delays"), "<c r=\"C6\" t=\"str\"><f>A6</f><v>Delays</v></c>"));
		});

		Table table = XlsxTables.read(file, "kinds.xlsx", "Measures");

		assertEquals(List.of("name", "value", "flag", "error"), table.headers());
		assertEquals(2, table.rows().size());
		Table.Row first = table.rows().get(0);
		assertEquals(4, first.number());
		assertEquals(new Cell.Text("Falls"), first.cell(0));
		assertEquals(new Cell.Number(new BigDecimal("12.5")), first.cell(1));
		assertEquals(new Cell.Text("TRUE"), first.cell(2));
		assertEquals(new Cell.FormulaError("#N/A"), first.cell(3));
		Table.Row second = table.rows().get(1);
		assertEquals(6, second.number());
		assertEquals(Cell.BLANK, second.cell(1));
		assertEquals(new Cell.Text("Delays"), second.cell(2));
	}

	@Test
	void sharedTextsAndDatesWrittenByPoiAreRead() throws Exception {
		Path file = folder.resolve("poi.xlsx");
		try (OutputStream out = Files.newOutputStream(file)) {
			XlsxTables.write(out, "Measures", List.of("name", "day"),
					List.of(List.of(new Cell.Text("Falls"), new Cell.Date(LocalDate.of(2025, 4, 1)))));
		}

		Table table = XlsxTables.read(file, "poi.xlsx", "Measures");

		assertEquals(new Cell.Text("Falls"), table.rows().get(0).cell(0));
		assertEquals(new Cell.Date(LocalDate.of(2025, 4, 1)), table.rows().get(0).cell(1));
	}
}
