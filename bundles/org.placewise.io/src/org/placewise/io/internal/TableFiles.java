package org.placewise.io.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.placewise.io.ImportException;
import org.placewise.store.FileReplacement;

/**
 * Reads and writes tables as CSV or XLSX, chosen by the file name's extension.
 */
public final class TableFiles {

	private TableFiles() {
	}

	/** The file formats a table can be read from and written to. */
	public enum Format {
		/** Comma-separated values (RFC 4180), UTF-8. */
		CSV,
		/** Office Open XML workbook. */
		XLSX
	}

	/**
	 * @param file a file name
	 * @return its format, or {@code null} when the extension is neither .csv nor .xlsx
	 */
	public static Format formatOf(Path file) {
		String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".csv")) {
			return Format.CSV;
		}
		if (name.endsWith(".xlsx")) {
			return Format.XLSX;
		}
		return null;
	}

	/**
	 * @param file           the file to read
	 * @param preferredSheet for workbooks, the sheet to read when present (else the first)
	 * @return its table
	 * @throws ImportException when the file cannot be read as a table
	 */
	public static Table read(Path file, String preferredSheet) throws ImportException {
		String source = file.toString();
		Format format = formatOf(file);
		if (format == null) {
			throw new ImportException(source, "the file name must end in .csv or .xlsx", null);
		}
		return format == Format.CSV ? CsvTables.read(file, source) : XlsxTables.read(file, source, preferredSheet);
	}

	/**
	 * Writes a table, replacing the file only once the whole table has been written (see {@link FileReplacement}: a
	 * link is written through, a special or read-only file refused).
	 *
	 * @param file      the file; its extension chooses the format
	 * @param sheetName the sheet name, for workbooks
	 * @param headers   the header row
	 * @param rows      the data rows
	 * @throws IOException              when the file cannot be written; a previous file is then left as it was
	 * @throws IllegalArgumentException when the extension is neither .csv nor .xlsx
	 */
	public static void write(Path file, String sheetName, List<String> headers, List<List<Cell>> rows)
			throws IOException {
		Format format = formatOf(file);
		if (format == null) {
			throw new IllegalArgumentException("Cannot write " + file + ": the file name must end in .csv or .xlsx.");
		}
		FileReplacement.write(file, out -> {
			if (format == Format.CSV) {
				CsvTables.write(out, headers, rows);
			} else {
				XlsxTables.write(out, sheetName, headers, rows);
			}
		});
	}
}
