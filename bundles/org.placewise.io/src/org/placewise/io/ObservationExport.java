package org.placewise.io;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.placewise.io.internal.Cell;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.Observation;

/**
 * Exports the observations of a model's measures to CSV or XLSX; {@link ObservationImport} reads the file back.
 */
public final class ObservationExport {

	/** How the observations are laid out. */
	public enum Layout {
		/** One row per observation: measure, programme, date, value, note (model order). */
		LONG,
		/** One row per date, one column per measure; notes are not included. */
		WIDE
	}

	/**
	 * What was written.
	 *
	 * @param observations how many observations were written
	 * @param leftOut      how many observations were left out because they have no date or no value
	 */
	public record Written(int observations, int leftOut) {
	}

	private ObservationExport() {
	}

	/**
	 * @param model  the model
	 * @param file   a .csv or .xlsx file to write (replaced when it exists)
	 * @param layout long or wide
	 * @return how many observations were written and left out
	 * @throws ExportException when the file cannot be written, or (wide layout) two measures with observations share a
	 *                         name
	 */
	public static Written write(PlacewiseModel model, Path file, Layout layout) throws ExportException {
		return layout == Layout.WIDE ? writeWide(model, file) : writeLong(model, file);
	}

	private static Written writeLong(PlacewiseModel model, Path file) throws ExportException {
		List<String> headers = List.of(ObservationImport.MEASURE, ObservationImport.PROGRAMME, ObservationImport.DATE,
				ObservationImport.VALUE, ObservationImport.NOTE);
		List<List<Cell>> rows = new ArrayList<>();
		int leftOut = 0;
		MeasureExport.References references = new MeasureExport.References(model);
		for (Measure measure : model.getMeasures()) {
			for (Observation observation : measure.getObservations()) {
				if (observation.getObservedOn() == null || observation.getObservedValue() == null) {
					leftOut++;
					continue;
				}
				rows.add(List.of(references.cell(measure), references.cell(measure.getProgrammes()),
						new Cell.Date(observation.getObservedOn()), new Cell.Number(observation.getObservedValue()),
						MeasureExport.cell(observation.getNote())));
			}
		}
		Exports.write(file, ObservationImport.SHEET, headers, rows);
		return new Written(rows.size(), leftOut);
	}

	private static Written writeWide(PlacewiseModel model, Path file) throws ExportException {
		Map<Measure, Integer> columns = new LinkedHashMap<>();
		Map<String, Measure> byName = new HashMap<>();
		List<String> headers = new ArrayList<>(List.of(ObservationImport.DATE));
		TreeMap<LocalDate, Cell[]> byDate = new TreeMap<>();
		int written = 0;
		int leftOut = 0;
		for (Measure measure : model.getMeasures()) {
			for (Observation observation : measure.getObservations()) {
				if (observation.getObservedOn() == null || observation.getObservedValue() == null) {
					leftOut++;
					continue;
				}
				Integer column = columns.get(measure);
				if (column == null) {
					String key = measure.getName() == null ? "" : measure.getName().strip().toLowerCase(Locale.ROOT);
					Measure other = byName.putIfAbsent(key, measure);
					if (other != null) {
						throw new ExportException("Cannot write " + file + " with one column per measure: two measures"
								+ " are called '" + measure.getName() + "'. Use the layout with one observation per"
								+ " row, which names each measure's programme.", null);
					}
					column = headers.size();
					columns.put(measure, column);
					headers.add(measure.getName());
				}
				Cell[] row = byDate.computeIfAbsent(observation.getObservedOn(), d -> new Cell[0]);
				if (row.length <= column) {
					row = Arrays.copyOf(row, column + 1);
					byDate.put(observation.getObservedOn(), row);
				}
				if (row[column] != null) {
					throw new ExportException("Cannot write " + file + " with one column per measure: measure '"
							+ measure.getName() + "' has two observations on " + observation.getObservedOn()
							+ ". Use the layout with one observation per row.", null);
				}
				row[column] = new Cell.Number(observation.getObservedValue());
				written++;
			}
		}
		List<List<Cell>> rows = new ArrayList<>();
		for (Map.Entry<LocalDate, Cell[]> entry : byDate.entrySet()) {
			List<Cell> row = new ArrayList<>();
			row.add(new Cell.Date(entry.getKey()));
			for (int c = 1; c < headers.size(); c++) {
				Cell cell = c < entry.getValue().length ? entry.getValue()[c] : null;
				row.add(cell == null ? Cell.BLANK : cell);
			}
			rows.add(row);
		}
		Exports.write(file, ObservationImport.SHEET, headers, rows);
		return new Written(written, leftOut);
	}
}
