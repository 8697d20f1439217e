package org.placewise.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.placewise.io.ImportException;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one sheet of an XLSX workbook as it streams from the file, never holding more than the table it builds: the
 * rows, cells and characters read are counted as they come and reading stops with a clear message at the first limit
 * passed ({@link Limits.Sheet}). A workbook that expands to gigabytes ("zip bomb", even at a ratio POI lets through) is
 * refused after reading what the limits allow, not after filling memory. Shared texts are read the same way.
 * <p>
 * Cells are read as {@link XlsxTables} always read them: formulas give their cached result and are never evaluated,
 * numbers whose format is a date format are dates, and a number keeps the decimal places its format shows.
 */
final class XlsxSheetReader {

	private final String shown;
	private final Limits.Sheet limits;
	private final StylesTable styles;
	private final boolean date1904;
	private final List<String> sharedTexts;
	private long cells;
	private long characters;

	/**
	 * @param shown       how to name the sheet in messages
	 * @param limits      the bounds on what is read
	 * @param styles      the workbook's styles (number formats), or {@code null}
	 * @param date1904    whether the workbook counts dates from 1904
	 * @param sharedTexts the workbook's shared texts, read by {@link #readSharedTexts}
	 */
	XlsxSheetReader(String shown, Limits.Sheet limits, StylesTable styles, boolean date1904, SharedTexts sharedTexts) {
		this.shown = shown;
		this.limits = limits;
		this.styles = styles;
		this.date1904 = date1904;
		this.sharedTexts = sharedTexts.texts();
		this.characters = sharedTexts.characters();
	}

	/** Why reading stopped: carries the message, thrown through the XML parser. */
	private static final class Stop extends SAXException {
		private static final long serialVersionUID = 1L;
		final transient ImportException problem;

		Stop(ImportException problem) {
			super(problem.getMessage());
			this.problem = problem;
		}
	}

	/**
	 * The shared texts of a workbook.
	 *
	 * @param texts      the texts, in order
	 * @param characters how many characters were read for them
	 */
	record SharedTexts(List<String> texts, long characters) {
		/** A workbook without shared texts. */
		static final SharedTexts NONE = new SharedTexts(List.of(), 0);
	}

	/**
	 * Reads the shared texts of a workbook ({@code xl/sharedStrings.xml}), within the limits.
	 *
	 * @param in     the part's content
	 * @param source how to name the workbook in messages
	 * @param limits the bounds on what is read
	 * @return the texts, in order; each cut at one character beyond the longest a cell may hold (a cell using a longer
	 *         one is refused)
	 * @throws ImportException when a limit is passed
	 * @throws IOException     when the part cannot be read
	 */
	static SharedTexts readSharedTexts(InputStream in, String source, Limits.Sheet limits)
			throws ImportException, IOException {
		List<String> texts = new ArrayList<>();
		long[] total = { 0 };
		DefaultHandler handler = new DefaultHandler() {
			private final StringBuilder text = new StringBuilder();
			private boolean inItem;
			private boolean inText;
			private int phonetic;

			@Override
			public void startElement(String uri, String localName, String qName, Attributes attributes)
					throws SAXException {
				switch (localName) {
				case "si" -> {
					inItem = true;
					text.setLength(0);
					if (texts.size() >= limits.cells()) {
						throw new Stop(new ImportException(source, "the workbook holds more than "
								+ String.format(Locale.ROOT, "%,d", limits.cells())
								+ " shared texts, more than an import reads", null));
					}
				}
				case "rPh" -> phonetic++;
				case "t" -> inText = inItem && phonetic == 0;
				default -> {
					// Formatting runs and properties: only their text counts.
				}
				}
			}

			@Override
			public void characters(char[] ch, int start, int length) throws SAXException {
				if (!inText) {
					return;
				}
				total[0] += length;
				if (total[0] > limits.characters()) {
					throw new Stop(tooMuchText(source, limits));
				}
				int room = Limits.MAX_CELL_CHARACTERS + 1 - text.length();
				text.append(ch, start, Math.max(0, Math.min(length, room)));
			}

			@Override
			public void endElement(String uri, String localName, String qName) {
				switch (localName) {
				case "si" -> {
					inItem = false;
					texts.add(unescape(text.toString()));
				}
				case "rPh" -> phonetic--;
				case "t" -> inText = false;
				default -> {
					// nothing
				}
				}
			}
		};
		parse(in, handler);
		return new SharedTexts(texts, total[0]);
	}

	/**
	 * Reads the sheet.
	 *
	 * @param in the sheet's content
	 * @return its table: row 1 the header
	 * @throws ImportException when the sheet passes a limit, holds a cell too long or a number too large, or has no
	 *                         header
	 * @throws IOException     when the sheet cannot be read
	 */
	Table read(InputStream in) throws ImportException, IOException {
		SheetHandler handler = new SheetHandler();
		parse(in, handler);
		if (handler.headers == null) {
			throw new ImportException(shown, "row 1 is empty: the first row must name the columns", null);
		}
		List<String> headers = new ArrayList<>();
		for (Cell cell : handler.headers) {
			headers.add(cell.display());
		}
		while (!headers.isEmpty() && headers.get(headers.size() - 1).isEmpty()) {
			headers.remove(headers.size() - 1);
		}
		if (headers.isEmpty()) {
			throw new ImportException(shown, "row 1 is empty: the first row must name the columns", null);
		}
		return new Table(shown, headers, handler.rows);
	}

	/**
	 * @param in the workbook part ({@code xl/workbook.xml})
	 * @return whether the workbook counts its dates from 1904 (old Mac workbooks)
	 * @throws IOException when the part cannot be read
	 */
	static boolean date1904(InputStream in) throws IOException {
		boolean[] found = { false };
		try {
			parse(in, new DefaultHandler() {
				@Override
				public void startElement(String uri, String localName, String qName, Attributes attributes) {
					if ("workbookPr".equals(localName)) {
						String value = attributes.getValue("date1904");
						found[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
					}
				}
			});
		} catch (ImportException e) {
			throw new IOException(e.getMessage(), e);
		}
		return found[0];
	}

	private static void parse(InputStream in, DefaultHandler handler) throws ImportException, IOException {
		try {
			// POI's XML reader: no document types, no external entities.
			XMLReader reader = XMLHelper.newXMLReader();
			reader.setContentHandler(handler);
			reader.parse(new InputSource(in));
		} catch (Stop stop) {
			throw stop.problem;
		} catch (ParserConfigurationException e) {
			throw new IOException("no XML parser: " + e.getMessage(), e);
		} catch (SAXException e) {
			throw new IOException("the workbook's XML is broken (" + e.getMessage() + ")", e);
		}
	}

	/**
	 * Decodes the escapes workbooks use for characters XML cannot hold: {@code _x0007_} is the character U+0007, and
	 * {@code _x005F_} before such a pattern makes it literal text.
	 *
	 * @param text text as stored in the workbook
	 * @return the text a spreadsheet shows
	 */
	static String unescape(String text) {
		if (text.indexOf("_x") < 0) {
			return text;
		}
		StringBuilder plain = new StringBuilder(text.length());
		int i = 0;
		while (i < text.length()) {
			int code = i + 7 <= text.length() && text.startsWith("_x", i) && text.charAt(i + 6) == '_'
					? hex(text, i + 2)
					: -1;
			if (code < 0) {
				plain.append(text.charAt(i));
				i++;
			} else if (code == '_' && i + 14 <= text.length() && text.startsWith("_x", i + 7)
					&& text.charAt(i + 13) == '_' && hex(text, i + 9) >= 0) {
				// _x005F_ escapes the underscore of the pattern that follows: that pattern is text.
				plain.append(text, i + 7, i + 14);
				i += 14;
			} else {
				plain.append((char) code);
				i += 7;
			}
		}
		return plain.toString();
	}

	/** @return the four hexadecimal digits at {@code from} as a number, or -1 */
	private static int hex(String text, int from) {
		int value = 0;
		for (int i = from; i < from + 4; i++) {
			int digit = Character.digit(text.charAt(i), 16);
			if (digit < 0) {
				return -1;
			}
			value = value * 16 + digit;
		}
		return value;
	}

	private static ImportException tooMuchText(String source, Limits.Sheet limits) {
		return new ImportException(source, "the workbook holds more than "
				+ String.format(Locale.ROOT, "%,d", limits.characters())
				+ " characters of text, more than an import reads", null);
	}

	/** The sheet's XML, read element by element. */
	private final class SheetHandler extends DefaultHandler {
		List<Cell> headers;
		final List<Table.Row> rows = new ArrayList<>();
		private final StringBuilder text = new StringBuilder();
		private List<Cell> current;
		private int rowIndex = -1;
		private int rowsRead;
		private int column;
		private String type;
		private int style;
		private boolean collecting;
		private boolean inInline;
		private int phonetic;
		private boolean seenFirstRow;

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes)
				throws SAXException {
			switch (localName) {
			case "row" -> startRow(attributes.getValue("r"));
			case "c" -> startCell(attributes);
			case "v" -> collecting = current != null;
			case "is" -> inInline = true;
			case "rPh" -> phonetic++;
			case "t" -> collecting = current != null && inInline && phonetic == 0;
			default -> {
				// Formulas (never evaluated), formatting and everything else: not read.
			}
			}
		}

		private void startRow(String number) throws SAXException {
			rowsRead++;
			int index = rowIndex + 1;
			if (number != null) {
				try {
					index = Integer.parseInt(number.trim()) - 1;
				} catch (NumberFormatException e) {
					throw stop("a row is numbered '" + number + "', which is not a row number");
				}
			}
			if (index < 0 || index <= rowIndex && seenFirstRow) {
				throw stop("row " + (index + 1) + " comes after row " + (rowIndex + 1)
						+ ": the workbook is damaged");
			}
			if (rowsRead > limits.rows() || index >= limits.rows()) {
				throw stop("the sheet has more than " + String.format(Locale.ROOT, "%,d", limits.rows())
						+ " rows, more than an import reads (stopped at row " + (index + 1) + ")");
			}
			if (!seenFirstRow && index != 0) {
				throw stop("row 1 is empty: the first row must name the columns");
			}
			seenFirstRow = true;
			rowIndex = index;
			column = -1;
			current = new ArrayList<>();
		}

		private void startCell(Attributes attributes) throws SAXException {
			if (current == null) {
				return;
			}
			cells++;
			if (cells > limits.cells()) {
				throw stop("the sheet has more than " + String.format(Locale.ROOT, "%,d", limits.cells())
						+ " cells, more than an import reads (stopped at row " + (rowIndex + 1) + ")");
			}
			String reference = attributes.getValue("r");
			column = reference == null ? column + 1 : columnOf(reference);
			if (column >= Limits.MAX_COLUMNS) {
				throw stop("row " + (rowIndex + 1) + " has a cell in column " + Table.columnLetter(column)
						+ ", beyond the " + String.format(Locale.ROOT, "%,d", Limits.MAX_COLUMNS)
						+ " columns a sheet can have");
			}
			type = attributes.getValue("t");
			String styleIndex = attributes.getValue("s");
			try {
				style = styleIndex == null ? 0 : Integer.parseInt(styleIndex.trim());
			} catch (NumberFormatException e) {
				style = 0;
			}
			text.setLength(0);
		}

		private int columnOf(String reference) throws SAXException {
			int value = 0;
			int i = 0;
			while (i < reference.length() && Character.isLetter(reference.charAt(i))) {
				char letter = Character.toUpperCase(reference.charAt(i));
				if (letter < 'A' || letter > 'Z' || value > Limits.MAX_COLUMNS) {
					throw stop("row " + (rowIndex + 1) + " has a cell named '" + reference
							+ "', which is not a cell name");
				}
				value = value * 26 + (letter - 'A' + 1);
				i++;
			}
			if (i == 0) {
				throw stop("row " + (rowIndex + 1) + " has a cell named '" + reference + "', which is not a cell name");
			}
			if (value - 1 <= column) {
				throw stop("row " + (rowIndex + 1) + " names cell " + reference
						+ " after a cell to its right: the workbook is damaged");
			}
			return value - 1;
		}

		@Override
		public void characters(char[] ch, int start, int length) throws SAXException {
			if (!collecting) {
				return;
			}
			characters += length;
			if (characters > limits.characters()) {
				throw new Stop(tooMuchText(shown, limits));
			}
			if (text.length() + length > Limits.MAX_CELL_CHARACTERS) {
				throw stop("row " + (rowIndex + 1) + ", column " + Table.columnLetter(column) + " holds more than the "
						+ Limits.MAX_CELL_CHARACTERS + " characters a cell may hold");
			}
			text.append(ch, start, length);
		}

		@Override
		public void endElement(String uri, String localName, String qName) throws SAXException {
			switch (localName) {
			case "v", "t" -> collecting = false;
			case "is" -> inInline = false;
			case "rPh" -> phonetic--;
			case "c" -> endCell();
			case "row" -> endRow();
			default -> {
				// nothing
			}
			}
		}

		private void endCell() throws SAXException {
			if (current == null) {
				return;
			}
			Cell cell;
			try {
				cell = cell(text.toString());
			} catch (ImportException e) {
				throw new Stop(e);
			}
			if (!cell.isBlank()) {
				while (current.size() < column) {
					current.add(Cell.BLANK);
				}
				current.add(cell);
			}
		}

		private void endRow() {
			if (current == null) {
				return;
			}
			if (rowIndex == 0) {
				headers = current;
			} else if (current.stream().anyMatch(c -> !c.isBlank())) {
				rows.add(new Table.Row(rowIndex + 1, current));
			}
			current = null;
		}

		private Cell cell(String value) throws ImportException {
			int row = rowIndex + 1;
			String kind = type == null ? "n" : type;
			switch (kind) {
			case "s" -> {
				int index;
				try {
					index = Integer.parseInt(value.trim());
				} catch (NumberFormatException e) {
					index = -1;
				}
				if (index < 0 || index >= sharedTexts.size()) {
					throw problem(row, "refers to a shared text that the workbook does not have");
				}
				return text(sharedTexts.get(index), row);
			}
			case "inlineStr" -> {
				return text(unescape(value), row);
			}
			case "str" -> {
				return text(value, row);
			}
			case "b" -> {
				return value.isBlank() ? Cell.BLANK : new Cell.Text("1".equals(value.trim()) ? "TRUE" : "FALSE");
			}
			case "e" -> {
				return value.isBlank() ? Cell.BLANK : new Cell.FormulaError(value.trim());
			}
			case "d" -> {
				try {
					return value.isBlank() ? Cell.BLANK
							: new Cell.Date(LocalDate.parse(value.trim().substring(0,
									Math.min(10, value.trim().length()))));
				} catch (RuntimeException e) {
					throw problem(row, "holds '" + value.trim() + "', which is not a date");
				}
			}
			default -> {
				return number(value, row);
			}
			}
		}

		private Cell text(String value, int row) throws ImportException {
			if (value.length() > Limits.MAX_CELL_CHARACTERS) {
				throw problem(row, "holds more than the " + Limits.MAX_CELL_CHARACTERS + " characters a cell may hold");
			}
			return value.isBlank() ? Cell.BLANK : new Cell.Text(value);
		}

		private Cell number(String value, int row) throws ImportException {
			if (value.isBlank()) {
				return Cell.BLANK;
			}
			double number;
			try {
				number = Double.parseDouble(value.trim());
			} catch (NumberFormatException e) {
				throw problem(row, "holds '" + value.trim() + "' where the workbook says a number is");
			}
			if (!Double.isFinite(number)) {
				throw problem(row, "holds a number too large to calculate with (" + number
						+ "); the largest is about 1.8E+308");
			}
			XSSFCellStyle cellStyle = styles == null || style < 0 || style >= styles.getNumCellStyles() ? null
					: styles.getStyleAt(style);
			String format = cellStyle == null ? null : cellStyle.getDataFormatString();
			if (cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), format)
					&& DateUtil.isValidExcelDate(number)) {
				return new Cell.Date(DateUtil.getLocalDateTime(number, date1904).toLocalDate());
			}
			BigDecimal decimal = XlsxTables.number(number, format);
			return new Cell.Number(decimal);
		}

		private ImportException problem(int row, String what) {
			return new ImportException(shown, "row " + row + ", column " + Table.columnLetter(column) + " " + what,
					null);
		}

		private Stop stop(String message) {
			return new Stop(new ImportException(shown, message, null));
		}
	}
}
