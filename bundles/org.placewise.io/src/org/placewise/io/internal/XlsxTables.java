package org.placewise.io.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.placewise.io.ImportException;

/**
 * Reads and writes XLSX workbooks with Apache POI. Numbers and dates are real cells both ways. Formulas are never
 * evaluated: their cached results are read, so a workbook's external links are never followed. POI's zip-bomb
 * protection stays on.
 */
public final class XlsxTables {

	private static final Pattern DECIMALS = Pattern.compile("0\\.(0+)");

	/** Doubles hold about 15 significant digits: longer numbers are written as text to stay exact. */
	private static final int MAX_EXACT_DIGITS = 15;

	private static final int MAX_FORMATTED_DECIMALS = 10;

	private XlsxTables() {
	}

	/**
	 * Reads a sheet of an XLSX workbook whose first row is the header: the sheet named {@code preferredSheet} when
	 * there is one, otherwise the first sheet.
	 *
	 * @param file           the workbook
	 * @param source         how to name it in messages
	 * @param preferredSheet the sheet name to look for first (case-insensitive)
	 * @return the table
	 * @throws ImportException when the file is not a readable, safe XLSX workbook
	 */
	public static Table read(Path file, String source, String preferredSheet) throws ImportException {
		Limits.checkSize(file, source);
		OPCPackage pkg = null;
		try {
			pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
			try (XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
				if (workbook.getNumberOfSheets() == 0) {
					throw new ImportException(source, "the workbook has no sheets", null);
				}
				Sheet sheet = null;
				for (int i = 0; i < workbook.getNumberOfSheets() && sheet == null; i++) {
					if (workbook.getSheetName(i).equalsIgnoreCase(preferredSheet)) {
						sheet = workbook.getSheetAt(i);
					}
				}
				if (sheet == null) {
					sheet = workbook.getSheetAt(0);
				}
				String shown = source + " (sheet '" + sheet.getSheetName() + "')";
				return read(sheet, shown);
			}
		} catch (ImportException e) {
			throw e;
		} catch (NotOfficeXmlFileException | InvalidFormatException e) {
			throw new ImportException(source, "this is not an XLSX workbook (save it from your spreadsheet program as"
					+ " \"Excel Workbook (.xlsx)\", or as CSV)", e);
		} catch (IOException | POIXMLException | OpenXML4JRuntimeException | IllegalArgumentException
				| IllegalStateException e) {
			throw new ImportException(source, unreadable(e), e);
		} finally {
			if (pkg != null) {
				// Opened read-only: revert closes it without writing anything back.
				pkg.revert();
			}
		}
	}

	private static String unreadable(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			String text = String.valueOf(t.getMessage());
			if (text.contains("Zip bomb") || text.contains("zip bomb") || text.contains("exceeds the max")) {
				return "the workbook expands to far more data than it holds (it looks like a \"zip bomb\"), so it was"
						+ " refused";
			}
		}
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return "the workbook could not be read (" + root.getMessage() + ")";
	}

	private static Table read(Sheet sheet, String shown) throws ImportException {
		int first = sheet.getFirstRowNum();
		Row headerRow = first < 0 ? null : sheet.getRow(first);
		if (headerRow == null || first != 0) {
			throw new ImportException(shown, "row 1 is empty: the first row must name the columns", null);
		}
		List<String> headers = new ArrayList<>();
		for (int c = 0; c < headerRow.getLastCellNum(); c++) {
			headers.add(cell(headerRow.getCell(c), shown, 1, c).display());
		}
		while (!headers.isEmpty() && headers.get(headers.size() - 1).isEmpty()) {
			headers.remove(headers.size() - 1);
		}
		if (headers.isEmpty()) {
			throw new ImportException(shown, "row 1 is empty: the first row must name the columns", null);
		}
		List<Table.Row> rows = new ArrayList<>();
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			List<Cell> cells = new ArrayList<>();
			for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
				cells.add(cell(row.getCell(c), shown, r + 1, c));
			}
			if (cells.stream().anyMatch(c -> !c.isBlank())) {
				rows.add(new Table.Row(r + 1, cells));
			}
		}
		return new Table(shown, headers, rows);
	}

	private static Cell cell(org.apache.poi.ss.usermodel.Cell cell, String shown, int row, int column)
			throws ImportException {
		if (cell == null) {
			return Cell.BLANK;
		}
		CellType type = cell.getCellType();
		if (type == CellType.FORMULA) {
			type = cell.getCachedFormulaResultType();
		}
		return switch (type) {
		case STRING -> {
			String text = cell.getStringCellValue();
			if (text.length() > Limits.MAX_CELL_CHARACTERS) {
				throw new ImportException(shown, "row " + row + ", column " + Table.columnLetter(column) + " holds "
						+ text.length() + " characters, more than the " + Limits.MAX_CELL_CHARACTERS
						+ " a cell may hold", null);
			}
			yield text.isBlank() ? Cell.BLANK : new Cell.Text(text);
		}
		case NUMERIC -> {
			double value = cell.getNumericCellValue();
			if (!Double.isFinite(value)) {
				throw new ImportException(shown, "row " + row + ", column " + Table.columnLetter(column)
						+ " holds a number too large to calculate with (" + value + "); the largest is about"
						+ " 1.8E+308", null);
			}
			yield DateUtil.isCellDateFormatted(cell)
					? new Cell.Date(cell.getLocalDateTimeCellValue().toLocalDate())
					: new Cell.Number(number(value, cell.getCellStyle().getDataFormatString()));
		}
		case BOOLEAN -> new Cell.Text(cell.getBooleanCellValue() ? "TRUE" : "FALSE");
		case ERROR -> new Cell.FormulaError(
				org.apache.poi.ss.usermodel.FormulaError.forInt(cell.getErrorCellValue()).getString());
		default -> Cell.BLANK;
		};
	}

	/**
	 * A spreadsheet number as the decimal a person sees: the shortest decimal for the double, padded to the decimal
	 * places the cell's format shows (so 10.0 formatted "0.0" stays 10.0).
	 */
	static BigDecimal number(double value, String format) {
		BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
		if (decimal.scale() < 0) {
			decimal = decimal.setScale(0);
		}
		Matcher matcher = format == null ? null : DECIMALS.matcher(format);
		if (matcher != null && matcher.find() && matcher.group(1).length() > decimal.scale()) {
			decimal = decimal.setScale(matcher.group(1).length());
		}
		return decimal;
	}

	/**
	 * Writes a workbook with one sheet: a bold, frozen header row, real number and date cells.
	 *
	 * @param out       where to write the workbook
	 * @param sheetName the sheet's name
	 * @param headers   the header row
	 * @param rows      the data rows
	 * @throws IOException when the file cannot be written
	 */
	public static void write(OutputStream out, String sheetName, List<String> headers, List<List<Cell>> rows)
			throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet(sheetName);
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			Map<Integer, CellStyle> numberStyles = new HashMap<>();
			Row header = sheet.createRow(0);
			for (int c = 0; c < headers.size(); c++) {
				org.apache.poi.ss.usermodel.Cell cell = header.createCell(c);
				cell.setCellValue(headers.get(c));
				cell.setCellStyle(bold);
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<Cell> values = rows.get(r);
				for (int c = 0; c < values.size(); c++) {
					Cell value = values.get(c);
					if (value.isBlank()) {
						continue;
					}
					org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
					switch (value) {
					case Cell.Number number when exactAsDouble(number.value()) -> {
						cell.setCellValue(number.value().doubleValue());
						cell.setCellStyle(numberStyles.computeIfAbsent(number.value().scale(),
								scale -> numberStyle(workbook, scale)));
					}
					case Cell.Date day -> {
						cell.setCellValue(day.value());
						cell.setCellStyle(date);
					}
					default -> cell.setCellValue(value instanceof Cell.Text text ? text.value() : value.display());
					}
				}
			}
			sheet.createFreezePane(0, 1);
			for (int c = 0; c < headers.size(); c++) {
				sheet.setColumnWidth(c, Math.min(60, Math.max(10, headers.get(c).length() + 4)) * 256);
			}
			workbook.write(out);
		}
	}

	private static boolean exactAsDouble(BigDecimal value) {
		return value.precision() <= MAX_EXACT_DIGITS && value.scale() >= 0 && value.scale() <= MAX_FORMATTED_DECIMALS;
	}

	private static CellStyle numberStyle(XSSFWorkbook workbook, int scale) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(workbook.createDataFormat().getFormat(scale == 0 ? "0" : "0." + "0".repeat(scale)));
		return style;
	}

}
