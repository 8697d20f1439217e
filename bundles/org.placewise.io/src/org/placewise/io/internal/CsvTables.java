package org.placewise.io.internal;

import java.io.IOException;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.placewise.io.ImportException;

/**
 * Reads and writes RFC 4180 CSV files (quoted values with embedded commas, quotes and line breaks), UTF-8 with or
 * without a byte order mark. Text that a spreadsheet would run as a formula is written with a leading single quote,
 * which reading takes off again.
 */
public final class CsvTables {

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	// Blank lines are kept as empty records so that record numbers stay the row numbers a
	// spreadsheet shows; blank rows are then skipped here.
	private static final CSVFormat READ = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

	private static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

	private CsvTables() {
	}

	/**
	 * Reads a CSV file whose first record is the header.
	 *
	 * @param file   the file
	 * @param source how to name it in messages
	 * @return the table
	 * @throws ImportException when the file cannot be read, is not UTF-8 or is not well-formed CSV
	 */
	public static Table read(Path file, String source) throws ImportException {
		Limits.checkSize(file, source);
		CharsetDecoder strictUtf8 = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
		List<String> headers = null;
		List<Table.Row> rows = new ArrayList<>();
		long recordNumber = 0;
		try (InputStream in = Files.newInputStream(file);
				Reader reader = withoutByteOrderMark(new InputStreamReader(in, strictUtf8));
				CSVParser parser = READ.parse(reader)) {
			for (CSVRecord record : parser) {
				recordNumber = record.getRecordNumber();
				List<Cell> cells = new ArrayList<>(record.size());
				for (int i = 0; i < record.size(); i++) {
					String value = record.get(i);
					if (value.length() > Limits.MAX_CELL_CHARACTERS) {
						throw new ImportException(source, "row " + recordNumber + ", column " + Table.columnLetter(i)
								+ " holds " + value.length() + " characters, more than the "
								+ Limits.MAX_CELL_CHARACTERS
								+ " a cell may hold", null);
					}
					cells.add(value.isBlank() ? Cell.BLANK : new Cell.Text(restored(value)));
				}
				if (headers == null) {
					headers = new ArrayList<>();
					for (Cell cell : cells) {
						headers.add(cell.display());
					}
				} else if (cells.stream().anyMatch(c -> !c.isBlank())) {
					rows.add(new Table.Row(Math.toIntExact(recordNumber), cells));
				}
			}
		} catch (CharacterCodingException e) {
			throw new ImportException(source, "the file is not UTF-8 text (near row " + (recordNumber + 1)
					+ "). Save it as \"CSV UTF-8\" and try again", e);
		} catch (UncheckedIOException | IllegalStateException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			if (cause instanceof CharacterCodingException) {
				throw new ImportException(source, "the file is not UTF-8 text (near row " + (recordNumber + 1)
						+ "). Save it as \"CSV UTF-8\" and try again", e);
			}
			throw new ImportException(source, "the file is not well-formed CSV after row " + recordNumber
					+ ": " + plain(cause.getMessage()), e);
		} catch (IOException e) {
			throw new ImportException(source, "the file could not be read: " + e.getMessage(), e);
		}
		if (headers == null || headers.stream().allMatch(String::isEmpty)) {
			throw new ImportException(source, "the file is empty: the first row must name the columns", null);
		}
		return new Table(source, headers, rows);
	}

	/**
	 * Text as written to a CSV file so that a spreadsheet program opening it never runs it as a formula (OWASP, "CSV
	 * injection"): text that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return, after
	 * any number of single quotes, gets one more single quote in front. {@link #restored(String)} takes it off again
	 * when the file is read.
	 *
	 * @param text text of a cell
	 * @return the text to write
	 */
	static String neutralised(String text) {
		return startsLikeAFormula(text) ? "'" + text : text;
	}

	/**
	 * @param written a cell's text as read from a CSV file
	 * @return the text before {@link #neutralised(String)}: one leading single quote fewer when quotes are followed by
	 *         a formula's first character
	 */
	static String restored(String written) {
		return written.startsWith("'") && startsLikeAFormula(written) ? written.substring(1) : written;
	}

	private static boolean startsLikeAFormula(String text) {
		int i = 0;
		while (i < text.length() && text.charAt(i) == '\'') {
			i++;
		}
		if (i == text.length()) {
			return false;
		}
		char first = text.charAt(i);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}

	private static String plain(String parserMessage) {
		if (parserMessage != null && parserMessage.contains("EOF reached before encapsulated token finished")) {
			return "a quoted value is never closed (a \" is missing)";
		}
		if (parserMessage != null && parserMessage.contains("invalid char between encapsulated token and delimiter")) {
			return "a quoted value is followed by other characters before the next comma (write \"\" for a quote"
					+ " inside a quoted value)";
		}
		return parserMessage;
	}

	private static Reader withoutByteOrderMark(Reader reader) throws IOException {
		PushbackReader pushback = new PushbackReader(reader, 1);
		int first = pushback.read();
		if (first != -1 && first != BYTE_ORDER_MARK) {
			pushback.unread(first);
		}
		return pushback;
	}

	/**
	 * Writes a table as CSV: UTF-8 with a byte order mark (so that spreadsheet programs read accented letters and the
	 * pound sign correctly), CRLF line ends, quoting where needed.
	 *
	 * @param out     where to write the table
	 * @param headers the header row
	 * @param rows    the data rows; numbers and dates are written in plain, ISO form
	 * @throws IOException when the file cannot be written
	 */
	public static void write(OutputStream out, List<String> headers, List<List<Cell>> rows) throws IOException {
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		try (CSVPrinter printer = new CSVPrinter(writer, WRITE)) {
			writer.write(BYTE_ORDER_MARK);
			printer.printRecord(headers.stream().map(CsvTables::neutralised).toList());
			for (List<Cell> row : rows) {
				List<String> values = new ArrayList<>(row.size());
				for (Cell cell : row) {
					// Numbers and dates are written by us and are never formulas: -3 stays -3.
					values.add(cell instanceof Cell.Text text ? neutralised(text.value()) : cell.display());
				}
				printer.printRecord(values);
			}
		}
	}
}
