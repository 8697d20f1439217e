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
