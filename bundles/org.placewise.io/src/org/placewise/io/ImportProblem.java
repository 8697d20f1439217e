package org.placewise.io;

import org.placewise.model.resource.ControlCharacters;

/**
 * One thing wrong with a file being imported, with where it is.
 *
 * @param file    how the file was named
 * @param row     the spreadsheet row number (the header is row 1), or 0 when the problem concerns the whole file
 * @param column  the spreadsheet column letter (A, B, ...), or {@code null} when the problem concerns a whole row or
 *                the file
 * @param header  the column's header as written in the file, or {@code null}
 * @param message what is wrong, in plain English
 */
public record ImportProblem(String file, int row, String column, String header, String message) {

	/**
	 * @return the problem as one line: file, row, column and what is wrong; control characters are shown escaped
	 */
	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(file);
		if (row > 0) {
			text.append(", row ").append(row);
		}
		if (column != null) {
			text.append(", column ").append(column);
			if (header != null && !header.isBlank()) {
				text.append(" (").append(header.strip()).append(')');
			}
		}
		// The file's name, headers and values may hold control characters: never print them raw.
		return ControlCharacters.escape(text.append(": ").append(message).toString());
	}
}
