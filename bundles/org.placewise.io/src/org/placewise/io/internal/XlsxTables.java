package org.placewise.io.internal;

import java.io.IOException;
import java.io.InputStream;
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
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.placewise.io.ImportException;

/**
 * Reads and writes XLSX workbooks with Apache POI. Numbers and dates are real cells both ways. Formulas are never
 * evaluated: their cached results are read, so a workbook's external links are never followed. POI's zip-bomb
 * protection stays on, and the sheet is read as it streams from the file, within row, cell and text limits
 * ({@link Limits.Sheet}), so what an import costs is bounded by what it reads, whatever the workbook expands to.
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
		return read(file, source, preferredSheet, Limits.Sheet.SPREADSHEET);
	}

	/**
	 * Reads a sheet like {@link #read(Path, String, String)}, within the given limits: the sheet streams from the file
	 * and reading stops at the first limit passed (see {@link XlsxSheetReader}).
	 */
	static Table read(Path file, String source, String preferredSheet, Limits.Sheet limits) throws ImportException {
		Limits.checkSize(file, source);
		OPCPackage pkg = null;
		try {
			pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
			XSSFReader reader = new XSSFReader(pkg);
			XSSFReader.SheetIterator sheets = reader.getSheetIterator();
			InputStream chosen = null;
			String chosenName = null;
			boolean preferred = false;
			try {
				while (sheets.hasNext()) {
					InputStream sheet = sheets.next();
					String name = sheets.getSheetName();
					if (chosen == null || !preferred && name.equalsIgnoreCase(preferredSheet)) {
						if (chosen != null) {
							chosen.close();
						}
						chosen = sheet;
						chosenName = name;
						preferred = name.equalsIgnoreCase(preferredSheet);
					} else {
						sheet.close();
					}
				}
				if (chosen == null) {
					throw new ImportException(source, "the workbook has no sheets", null);
				}
				String shown = source + " (sheet '" + chosenName + "')";
				XlsxSheetReader.SharedTexts texts = XlsxSheetReader.SharedTexts.NONE;
				for (PackagePart part : pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType())) {
					try (InputStream in = part.getInputStream()) {
						texts = XlsxSheetReader.readSharedTexts(in, source, limits);
					}
				}
				StylesTable styles = null;
				for (PackagePart part : pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType())) {
					styles = new StylesTable(part);
				}
				boolean date1904 = date1904(reader);
				return new XlsxSheetReader(shown, limits, styles, date1904, texts).read(chosen);
			} finally {
				if (chosen != null) {
					chosen.close();
				}
			}
		} catch (ImportException e) {
			throw e;
		} catch (NotOfficeXmlFileException | InvalidFormatException e) {
			throw new ImportException(source, "this is not an XLSX workbook (save it from your spreadsheet program as"
					+ " \"Excel Workbook (.xlsx)\", or as CSV)", e);
		} catch (IOException | OpenXML4JException | POIXMLException | OpenXML4JRuntimeException
				| IllegalArgumentException | IllegalStateException e) {
			throw new ImportException(source, unreadable(e), e);
		} finally {
			if (pkg != null) {
				// Opened read-only: revert closes it without writing anything back.
				pkg.revert();
			}
		}
	}

	/** @return whether the workbook counts its dates from 1904 (old Mac workbooks) */
	private static boolean date1904(XSSFReader reader) throws IOException, InvalidFormatException {
		try (InputStream in = reader.getWorkbookData()) {
			return XlsxSheetReader.date1904(in);
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
