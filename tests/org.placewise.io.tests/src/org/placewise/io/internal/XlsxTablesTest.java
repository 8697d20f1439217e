package org.placewise.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placewise.io.ImportException;

class XlsxTablesTest {

	@TempDir
	Path folder;

	private Path save(XSSFWorkbook workbook, String name) throws IOException {
		Path file = folder.resolve(name);
		try (workbook; OutputStream out = Files.newOutputStream(file)) {
			workbook.write(out);
		}
		return file;
	}

	@Test
	void numbersAndDatesComeBackAsTheyWereWritten() throws Exception {
		Path file = folder.resolve("table.xlsx");
		try (OutputStream out = Files.newOutputStream(file)) {
			XlsxTables.write(out, "Measures", List.of("name", "value", "day"), List.of(List.of(new Cell.Text("a"),
					new Cell.Number(new BigDecimal("10.0")), new Cell.Date(LocalDate.of(2025, 3, 31))),
					List.of(new Cell.Text("b"), new Cell.Number(new BigDecimal("74")), Cell.BLANK),
					List.of(new Cell.Text("c"), new Cell.Number(new BigDecimal("12345678901234567.25")), Cell.BLANK)));
		}

		Table table = XlsxTables.read(file, "table.xlsx", "Measures");

		assertEquals(new Cell.Number(new BigDecimal("10.0")), table.rows().get(0).cell(1));
		assertEquals(new Cell.Date(LocalDate.of(2025, 3, 31)), table.rows().get(0).cell(2));
		assertEquals(new Cell.Number(new BigDecimal("74")), table.rows().get(1).cell(1));
		assertEquals("12345678901234567.25", table.rows().get(2).cell(1).display(),
				"a number a spreadsheet cannot hold exactly is written as text");
	}

	@Test
	void formulasGiveTheirCachedResultAndAreNeverEvaluated() throws Exception {
		XSSFWorkbook workbook = new XSSFWorkbook();
		Sheet sheet = workbook.createSheet("Observations");
		sheet.createRow(0).createCell(0).setCellValue("value");
		Row row = sheet.createRow(1);
		// A link to another workbook: evaluating it would mean opening that file.
		row.createCell(0).setCellFormula("[1]Sheet1!A1*2");
		row.getCell(0).setCellValue(42);
		Row error = sheet.createRow(2);
		error.createCell(0).setCellFormula("1/0");
		error.getCell(0).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.DIV0.getCode());
		Path file = save(workbook, "formulas.xlsx");

		Table table = XlsxTables.read(file, "formulas.xlsx", "Observations");

		assertEquals(new Cell.Number(new BigDecimal("42")), table.rows().get(0).cell(0));
		assertEquals(new Cell.FormulaError("#DIV/0!"), table.rows().get(1).cell(0));
		Values.BadValue bad = assertThrows(Values.BadValue.class, () -> Values.number(table.rows().get(1).cell(0)));
		assertTrue(bad.getMessage().contains("#DIV/0!"), bad.getMessage());
	}

	@Test
	void thePreferredSheetIsReadWhenPresentElseTheFirst() throws Exception {
		XSSFWorkbook workbook = new XSSFWorkbook();
		workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("notes");
		workbook.createSheet("measures").createRow(0).createCell(0).setCellValue("name");
		Path file = save(workbook, "two-sheets.xlsx");

		assertEquals(List.of("name"), XlsxTables.read(file, "two-sheets.xlsx", "Measures").headers());
		assertEquals(List.of("notes"), XlsxTables.read(file, "two-sheets.xlsx", "Observations").headers());
	}

	@Test
	void aFileThatIsNotAWorkbookIsRefusedPlainly() throws Exception {
		Path file = folder.resolve("fake.xlsx");
		Files.writeString(file, "name,value\na,1\n");

		ImportException failure = assertThrows(ImportException.class, () -> XlsxTables.read(file, "fake.xlsx", "x"));

		assertTrue(failure.getMessage().contains("fake.xlsx: this is not an XLSX workbook"), failure.getMessage());
	}

	@Test
	void aZipBombIsRefusedAndNothingIsRead() throws Exception {
		XSSFWorkbook workbook = new XSSFWorkbook();
		workbook.createSheet("Measures").createRow(0).createCell(0).setCellValue("name");
		ByteArrayOutputStream plain = new ByteArrayOutputStream();
		workbook.write(plain);
		workbook.close();
		Path file = folder.resolve("bomb.xlsx");
		// Same workbook, but its sheet padded with 20 MB of spaces that compress a thousand-fold.
		try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(plain.toByteArray()));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					String xml = new String(content, StandardCharsets.UTF_8);
					int body = xml.indexOf("<sheetData");
					out.write(xml.substring(0, body).getBytes(StandardCharsets.UTF_8));
					byte[] spaces = new byte[1024 * 1024];
					java.util.Arrays.fill(spaces, (byte) ' ');
					for (int i = 0; i < 20; i++) {
						out.write(spaces);
					}
					out.write(xml.substring(body).getBytes(StandardCharsets.UTF_8));
				} else {
					out.write(content);
				}
				out.closeEntry();
			}
		}

		ImportException failure = assertThrows(ImportException.class, () -> XlsxTables.read(file, "bomb.xlsx", "x"));

		assertTrue(failure.getMessage().contains("zip bomb"), failure.getMessage());
	}

	@Test
	void aSpreadsheetNumberKeepsTheDecimalPlacesItsFormatShows() {
		assertEquals(new BigDecimal("10.50"), XlsxTables.number(10.5, "0.00"));
		assertEquals(new BigDecimal("10.5"), XlsxTables.number(10.5, "General"));
		assertEquals(new BigDecimal("1250"), XlsxTables.number(1250, "#,##0"));
		assertEquals(new BigDecimal("0.1"), XlsxTables.number(0.1, null));
	}

	@Test
	void readingNeverChangesTheWorkbook() throws Exception {
		XSSFWorkbook workbook = new XSSFWorkbook();
		workbook.createSheet("Measures").createRow(0).createCell(0).setCellValue("name");
		Path file = save(workbook, "read-only.xlsx");
		byte[] before = Files.readAllBytes(file);

		XlsxTables.read(file, "read-only.xlsx", "Measures");

		try (InputStream in = Files.newInputStream(file)) {
			assertEquals(java.util.Arrays.toString(before), java.util.Arrays.toString(in.readAllBytes()));
		}
	}
}
