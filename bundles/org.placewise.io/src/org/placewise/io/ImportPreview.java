package org.placewise.io;

import java.nio.file.Path;
import java.util.List;

import org.placewise.io.internal.Cell;
import org.placewise.io.internal.Table;
import org.placewise.io.internal.TableFiles;

/**
 * The rows of a measures or observations file as a person sees them in a spreadsheet, read the way the import reads
 * them (same sheet, same row numbers), so a preview and the import's problems name the same rows. Reading a preview
 * checks nothing against a model.
 *
 * @param file    how the file is named in messages
 * @param headers the header cells of row 1, as written
 * @param rows    the non-blank data rows, in file order
 */
public record ImportPreview(String file, List<String> headers, List<Row> rows) {

	/**
	 * One data row.
	 *
	 * @param number the spreadsheet row number (the header is row 1)
	 * @param cells  the cells as text, one per header
	 */
	public record Row(int number, List<String> cells) {
	}

	public ImportPreview {
		headers = List.copyOf(headers);
		rows = List.copyOf(rows);
	}

	/**
	 * @param file a .csv or .xlsx file
	 * @param kind what the file holds (chooses the sheet of a workbook, as the import does)
	 * @return its rows
	 * @throws ImportException when the file cannot be read as a table
	 */
	public static ImportPreview read(Path file, ModelImport.Kind kind) throws ImportException {
		Table table = TableFiles.read(file,
				kind == ModelImport.Kind.MEASURES ? MeasureImport.SHEET : ObservationImport.SHEET);
		List<Row> rows = table.rows().stream()
				.map(row -> new Row(row.number(), row.cells().stream().map(Cell::display).toList()))
				.toList();
		return new ImportPreview(table.source(), table.headers(), rows);
	}

	/**
	 * @param column zero-based column index
	 * @return the spreadsheet letter of the column, as import problems name it: A, B, ..., AA
	 */
	public static String columnLetter(int column) {
		return Table.columnLetter(column);
	}
}
