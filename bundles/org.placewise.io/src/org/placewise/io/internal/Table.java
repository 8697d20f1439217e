package org.placewise.io.internal;

import java.util.List;

/**
 * A table read from a file: its header row and its data rows, each remembering the row number a person sees in a
 * spreadsheet (the header is row 1), so every problem can name where it is.
 *
 * @param source  how to name the file in messages
 * @param headers the header cells of row 1, as written
 * @param rows    the non-blank data rows, in file order
 */
public record Table(String source, List<String> headers, List<Row> rows) {

	/**
	 * A data row.
	 *
	 * @param number the row number in the file (row 1 is the header)
	 * @param cells  the cells, one per header (missing trailing cells are blank)
	 */
	public record Row(int number, List<Cell> cells) {

		/**
		 * @param column zero-based column index
		 * @return the cell, blank when the row is shorter
		 */
		public Cell cell(int column) {
			return column < cells.size() ? cells.get(column) : Cell.BLANK;
		}
	}

	/**
	 * @param column zero-based column index
	 * @return the spreadsheet letter of the column: A, B, ..., Z, AA, ...
	 */
	public static String columnLetter(int column) {
		StringBuilder letters = new StringBuilder();
		for (int n = column + 1; n > 0; n = (n - 1) / 26) {
			letters.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return letters.toString();
	}
}
