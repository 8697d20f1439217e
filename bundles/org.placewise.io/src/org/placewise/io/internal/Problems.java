package org.placewise.io.internal;

import java.util.ArrayList;
import java.util.List;

import org.placewise.io.ImportException;
import org.placewise.io.ImportProblem;

/**
 * Collects every problem found in a table, so that all of them are reported together and nothing is imported while any
 * remains.
 */
public final class Problems {

	private final Table table;
	private final List<ImportProblem> found = new ArrayList<>();

	/**
	 * @param table the table being checked
	 */
	public Problems(Table table) {
		this.table = table;
	}

	/**
	 * Records a problem in one cell.
	 *
	 * @param row     the row number (the header is row 1)
	 * @param column  zero-based column index
	 * @param message what is wrong
	 */
	public void at(int row, int column, String message) {
		String header = column < table.headers().size() ? table.headers().get(column) : null;
		found.add(new ImportProblem(table.source(), row, Table.columnLetter(column), header, message));
	}

	/**
	 * Records a problem with a whole row.
	 *
	 * @param row     the row number
	 * @param message what is wrong
	 */
	public void atRow(int row, String message) {
		found.add(new ImportProblem(table.source(), row, null, null, message));
	}

	/**
	 * @return how many problems have been found so far
	 */
	public int count() {
		return found.size();
	}

	/**
	 * @return whether any problem was found
	 */
	public boolean any() {
		return !found.isEmpty();
	}

	/**
	 * @throws ImportException listing every problem, when there is any
	 */
	public void throwIfAny() throws ImportException {
		if (any()) {
			throw new ImportException(table.source(), found);
		}
	}
}
