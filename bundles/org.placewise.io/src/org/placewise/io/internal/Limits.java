package org.placewise.io.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.placewise.io.ImportException;

/**
 * Bounds on what an import will read, so that a hostile or mistaken file gives a clear error instead of exhausting
 * memory. Measures and observations of a partnership fit in far less.
 */
public final class Limits {

	/** Largest file accepted, in bytes (64 MiB). */
	public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

	/** Largest cell accepted, in characters: the most a spreadsheet cell can hold. */
	public static final int MAX_CELL_CHARACTERS = 32_767;

	/** Most rows a sheet can have (as in Excel): more rows in a workbook are refused. */
	public static final int MAX_ROWS = 1_048_576;

	/** Most columns a sheet can have (as in Excel, up to XFD). */
	public static final int MAX_COLUMNS = 16_384;

	/**
	 * Most cells read from one workbook sheet, blank ones included: a workbook of 64 MiB can expand to gigabytes of
	 * cells ("zip bomb" at a ratio too low to be caught by it), and reading stops here instead of running out of
	 * memory. A measures or observations sheet of a national model holds a few hundred thousand.
	 */
	public static final long MAX_CELLS = 5_000_000;

	/** Most characters of text read from one workbook (its cells and shared texts together): 64 Mi. */
	public static final long MAX_TEXT_CHARACTERS = 64L * 1024 * 1024;

	/**
	 * Bounds on reading one workbook sheet; {@link #SPREADSHEET} in use, smaller ones in tests.
	 *
	 * @param rows       most rows
	 * @param cells      most cells, blank ones included
	 * @param characters most characters of text, shared texts included
	 */
	public record Sheet(int rows, long cells, long characters) {
		/** The limits of every import. */
		public static final Sheet SPREADSHEET = new Sheet(MAX_ROWS, MAX_CELLS, MAX_TEXT_CHARACTERS);
	}

	private Limits() {
	}

	/**
	 * @param file   the file to be read
	 * @param source how to name it in messages
	 * @throws ImportException when the file is missing, is not a regular file or is too large
	 */
	public static void checkSize(Path file, String source) throws ImportException {
		if (Files.isDirectory(file)) {
			throw new ImportException(source, "it is a folder, not a file", null);
		}
		if (!Files.exists(file)) {
			throw new ImportException(source, "there is no such file", null);
		}
		if (!Files.isRegularFile(file)) {
			throw new ImportException(source, "it is not a regular file (a device, pipe or socket)", null);
		}
		try {
			long size = Files.size(file);
			if (size > MAX_FILE_BYTES) {
				throw new ImportException(source, "the file is " + size / (1024 * 1024) + " MiB, more than the "
						+ MAX_FILE_BYTES / (1024 * 1024) + " MiB an import accepts", null);
			}
		} catch (IOException e) {
			throw new ImportException(source, "the file could not be read: " + e.getMessage(), e);
		}
	}
}
