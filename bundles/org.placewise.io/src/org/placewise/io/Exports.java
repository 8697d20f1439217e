package org.placewise.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.placewise.io.internal.Cell;
import org.placewise.io.internal.TableFiles;

/** Writing export tables, with failures turned into messages naming the file. */
final class Exports {

	private Exports() {
	}

	static void write(Path file, String sheet, List<String> headers, List<List<Cell>> rows) throws ExportException {
		if (TableFiles.formatOf(file) == null) {
			throw new ExportException("Cannot write " + file + ": the file name must end in .csv or .xlsx.", null);
		}
		try {
			TableFiles.write(file, sheet, headers, rows);
		} catch (IOException | RuntimeException e) {
			throw new ExportException("Cannot write " + file + ": " + e.getMessage() + ". Any previous file is"
					+ " unchanged.", e);
		}
	}
}
