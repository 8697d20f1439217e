package org.placewise.io;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.placewise.io.internal.Cell;
import org.placewise.io.internal.ModelNames;
import org.placewise.io.internal.Problems;
import org.placewise.io.internal.Table;
import org.placewise.io.internal.TableFiles;
import org.placewise.io.internal.Values;
import org.placewise.io.internal.Values.BadValue;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.MeasuresFactory;
import org.placewise.model.measures.Observation;
import org.placewise.model.outcomes.WorkProgramme;

/**
 * Imports observations of measures from a CSV or XLSX file, in either of two layouts:
 * <ul>
 * <li><b>long</b>: one row per observation, columns {@code measure}, {@code date}, {@code value}, and optionally
 * {@code programme} (to tell apart measures with the same name) and {@code note};</li>
 * <li><b>wide</b>: first column {@code date}, then one column per measure headed by its name; an empty cell means no
 * observation.</li>
 * </ul>
 * An observation for a date the measure already has replaces that observation's value; other observations are added. A
 * measure may have one observation per date in a file. The whole file is checked first; when any row is bad nothing is
 * changed.
 */
public final class ObservationImport {

	/** Name of the sheet an export writes and an import reads first. */
	public static final String SHEET = "Observations";

	static final String MEASURE = "measure";
	static final String PROGRAMME = "programme";
	static final String DATE = "date";
	static final String VALUE = "value";
	static final String NOTE = "note";

	private static final List<String> LONG_MARKERS = List.of(MEASURE, "measurename", VALUE, "observedvalue");

	private ObservationImport() {
	}

	/**
	 * Reads and checks an observations file against a model, without changing the model.
	 *
	 * @param model the model to import into
	 * @param file  a .csv or .xlsx file, long or wide layout
	 * @return what the import would change
	 * @throws ImportException listing every problem found; the model is untouched
	 */
	public static ImportPlan plan(PlacewiseModel model, Path file) throws ImportException {
		return plan(model, TableFiles.read(file, SHEET));
	}

	/** One observation read from the file, checked. */
	private record Reading(Measure measure, LocalDate date, BigDecimal value, String note, boolean hasNote, int row,
			int column) {
	}

	static ImportPlan plan(PlacewiseModel model, Table table) throws ImportException {
		Problems problems = new Problems(table);
		ModelNames<Measure> measures = new ModelNames<>(model.getMeasures());
		List<String> keys = table.headers().stream().map(Values::key).toList();
		List<Reading> readings;
		if (keys.stream().anyMatch(k -> LONG_MARKERS.contains(k))) {
			readings = readLong(table, keys, measures, new ModelNames<>(model.getProgrammes()), problems);
		} else if (!keys.isEmpty() && keys.get(0).equals(DATE)) {
			readings = readWide(table, measures, problems);
		} else {
			problems.atRow(1, "cannot tell the layout of the file: give either the columns 'measure', 'date' and"
					+ " 'value' (one observation per row), or 'date' in column A followed by one column per measure");
			readings = List.of();
		}
		problems.throwIfAny();

		Map<Measure, Map<LocalDate, Reading>> byMeasure = new HashMap<>();
		for (Reading reading : readings) {
			Reading earlier = byMeasure.computeIfAbsent(reading.measure(), m -> new HashMap<>())
					.putIfAbsent(reading.date(), reading);
			if (earlier != null) {
				String where = earlier.column() == reading.column() ? "row " + earlier.row()
						: "row " + earlier.row() + ", column " + Table.columnLetter(earlier.column());
				problems.at(reading.row(), reading.column(), "measure '" + Values.shorten(reading.measure().getName())
						+ "' already has an observation for " + reading.date() + " in " + where
						+ "; give each date once");
			}
		}
		problems.throwIfAny();

		ImportPlan plan = new ImportPlan(model, true);
		for (Reading reading : readings) {
			Observation existing = reading.measure().getObservations().stream()
					.filter(o -> reading.date().equals(o.getObservedOn())).findFirst().orElse(null);
			if (existing == null) {
				plan.observationsAdded++;
				plan.add(() -> {
					Observation observation = MeasuresFactory.eINSTANCE.createObservation();
					observation.setObservedOn(reading.date());
					observation.setObservedValue(reading.value());
					if (reading.hasNote()) {
						observation.setNote(reading.note());
					}
					reading.measure().getObservations().add(observation);
				});
			} else if (existing.getObservedValue() == null
					|| existing.getObservedValue().compareTo(reading.value()) != 0
					|| reading.hasNote() && !Objects.equals(existing.getNote(), reading.note())) {
				plan.observationsReplaced++;
				plan.add(() -> {
					if (existing.getObservedValue() == null
							|| existing.getObservedValue().compareTo(reading.value()) != 0) {
						existing.setObservedValue(reading.value());
					}
					if (reading.hasNote()) {
						existing.setNote(reading.note());
					}
				});
			} else {
				plan.observationsUnchanged++;
			}
		}
		return plan;
	}

	private static List<Reading> readLong(Table table, List<String> keys, ModelNames<Measure> measures,
			ModelNames<WorkProgramme> programmes, Problems problems) {
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < keys.size(); i++) {
			String key = keys.get(i);
			if (key.isEmpty()) {
				continue;
			}
			String column = switch (key) {
			case MEASURE, "measurename", "name" -> MEASURE;
			case PROGRAMME, "programmes", "program" -> PROGRAMME;
			case DATE, "observedon", "period" -> DATE;
			case VALUE, "observedvalue" -> VALUE;
			case NOTE, "notes", "comment" -> NOTE;
			default -> null;
			};
			if (column == null) {
				problems.at(1, i, "unknown column '" + Values.shorten(table.headers().get(i)) + "'; the columns of an"
						+ " observations file (one observation per row) are: measure, programme, date, value, note");
			} else if (columns.putIfAbsent(column, i) != null) {
				problems.at(1, i, "column '" + column + "' is given twice (also column "
						+ Table.columnLetter(columns.get(column)) + ")");
			}
		}
		boolean complete = true;
		for (String required : List.of(MEASURE, DATE, VALUE)) {
			if (!columns.containsKey(required)) {
				problems.atRow(1, "missing required column '" + required + "'");
				complete = false;
			}
		}
		if (!complete) {
			return List.of();
		}
		int measureColumn = columns.get(MEASURE);
		int dateColumn = columns.get(DATE);
		int valueColumn = columns.get(VALUE);
		Integer programmeColumn = columns.get(PROGRAMME);
		Integer noteColumn = columns.get(NOTE);
		List<Reading> readings = new ArrayList<>();
		for (Table.Row row : table.rows()) {
			Measure measure = null;
			LocalDate date = null;
			BigDecimal value = null;
			int before = problems.count();
			try {
				List<WorkProgramme> inProgrammes = programmeColumn == null || row.cell(programmeColumn).isBlank()
						? List.of()
						: programmes.list(Values.text(row.cell(programmeColumn)), "programme");
				measure = measure(row.cell(measureColumn), inProgrammes, measures);
			} catch (BadValue e) {
				problems.at(row.number(), measureColumn, e.getMessage());
			}
			date = required(row, dateColumn, "date", problems, Values::date);
			value = required(row, valueColumn, "value", problems, Values::number);
			String note = null;
			if (noteColumn != null && !row.cell(noteColumn).isBlank()) {
				try {
					note = Values.text(row.cell(noteColumn));
				} catch (BadValue e) {
					problems.at(row.number(), noteColumn, e.getMessage());
				}
			}
			if (problems.count() == before) {
				readings.add(new Reading(measure, date, value, note, noteColumn != null, row.number(), valueColumn));
			}
		}
		return readings;
	}

	private interface Parser<T> {
		T parse(Cell cell) throws BadValue;
	}

	private static <T> T required(Table.Row row, int column, String what, Problems problems, Parser<T> parser) {
		Cell cell = row.cell(column);
		if (cell.isBlank()) {
			problems.at(row.number(), column, "the " + what + " is missing");
			return null;
		}
		try {
			return parser.parse(cell);
		} catch (BadValue e) {
			problems.at(row.number(), column, e.getMessage());
			return null;
		}
	}

	private static Measure measure(Cell cell, List<WorkProgramme> inProgrammes, ModelNames<Measure> measures)
			throws BadValue {
		if (cell.isBlank()) {
			throw new BadValue("the measure is missing");
		}
		String name = Values.text(cell);
		List<Measure> candidates = new ArrayList<>(measures.named(name));
		if (!inProgrammes.isEmpty()) {
			candidates.removeIf(m -> m.getProgrammes().stream().noneMatch(inProgrammes::contains));
		}
		if (candidates.isEmpty()) {
			throw new BadValue("unknown measure '" + Values.shorten(name) + "'"
					+ (inProgrammes.isEmpty() ? "" : " in the programme given")
					+ "; import its definition first (placewise import measures)");
		}
		if (candidates.size() > 1) {
			throw new BadValue(candidates.size() + " measures are called '" + Values.shorten(name)
					+ "'; add a 'programme' column to say which is meant");
		}
		return candidates.get(0);
	}

	private static List<Reading> readWide(Table table, ModelNames<Measure> measures, Problems problems) {
		List<String> headers = table.headers();
		Map<Integer, Measure> byColumn = new HashMap<>();
		Map<Measure, Integer> columnOf = new HashMap<>();
		for (int i = 1; i < headers.size(); i++) {
			if (headers.get(i).isEmpty()) {
				int column = i;
				if (table.rows().stream().anyMatch(r -> !r.cell(column).isBlank())) {
					problems.at(1, i, "this column has values but no measure name in its header");
				}
				continue;
			}
			try {
				Measure measure = measure(new Cell.Text(headers.get(i)), List.of(), measures);
				Integer earlier = columnOf.putIfAbsent(measure, i);
				if (earlier != null) {
					problems.at(1, i, "measure '" + Values.shorten(measure.getName()) + "' already has column "
							+ Table.columnLetter(earlier));
				} else {
					byColumn.put(i, measure);
				}
			} catch (BadValue e) {
				problems.at(1, i, e.getMessage().replace("add a 'programme' column",
						"use the layout with one observation per row and a 'programme' column"));
			}
		}
		if (headers.size() < 2) {
			problems.atRow(1, "the file has a 'date' column but no measure columns after it");
		}
		if (problems.any()) {
			return List.of();
		}
		List<Reading> readings = new ArrayList<>();
		for (Table.Row row : table.rows()) {
			LocalDate date = required(row, 0, "date", problems, Values::date);
			for (int i = headers.size(); i < row.cells().size(); i++) {
				if (!row.cell(i).isBlank()) {
					problems.at(row.number(), i, "this value is in a column with no measure name in its header");
				}
			}
			for (Map.Entry<Integer, Measure> column : byColumn.entrySet()) {
				Cell cell = row.cell(column.getKey());
				if (cell.isBlank()) {
					continue;
				}
				try {
					BigDecimal value = Values.number(cell);
					if (date != null) {
						readings.add(new Reading(column.getValue(), date, value, null, false, row.number(),
								column.getKey()));
					}
				} catch (BadValue e) {
					problems.at(row.number(), column.getKey(), e.getMessage());
				}
			}
		}
		readings.sort(Comparator.comparingInt(Reading::row).thenComparingInt(Reading::column));
		return readings;
	}
}
