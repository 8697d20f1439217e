package org.placewise.ui.internal.pages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.placewise.io.ImportException;
import org.placewise.io.ImportProblem;
import org.placewise.io.internal.Cell;
import org.placewise.io.internal.Table;
import org.placewise.io.internal.Values;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.MeasuresFactory;
import org.placewise.model.measures.MeasuresPackage.Literals;
import org.placewise.model.measures.Observation;

/**
 * Rows of observations pasted from a spreadsheet (tab-separated text, one row a line: period, value and, optionally, a
 * note; a first row of headings is recognised and may order the columns differently), checked by the observation
 * importer's rules: every cell is read as the importer reads a CSV cell, a date may be given once, and an observation
 * for a date the measure already has gets the new value instead of a second observation. The whole paste is checked
 * before anything changes; any problem refuses all of it, naming the row and column.
 */
public final class ObservationPaste {

	/** How the pasted text is named in problems. */
	public static final String SOURCE = "the pasted rows";

	private static final String DATE = "period";
	private static final String VALUE = "value";
	private static final String NOTE = "note";

	private ObservationPaste() {
	}

	/** One observation read from the paste, checked. */
	private record Reading(int row, LocalDate date, BigDecimal value, String note, boolean hasNote) {
	}

	/**
	 * @param domain  the editing domain
	 * @param measure the measure pasted into
	 * @param text    the clipboard text
	 * @return one command adding (or updating) every pasted observation, labelled "Paste 3 observations into 'X'";
	 *         {@code null} when the paste changes nothing
	 * @throws ImportException naming every problem, by row and column; nothing is changed
	 */
	public static Command command(EditingDomain domain, Measure measure, String text) throws ImportException {
		List<Reading> readings = read(measure, text == null ? "" : text);
		Map<LocalDate, Observation> existing = new HashMap<>();
		for (Observation observation : measure.getObservations()) {
			if (observation.getObservedOn() != null) {
				existing.putIfAbsent(observation.getObservedOn(), observation);
			}
		}
		List<LocalDate> order = measure.getObservations().stream().map(Observation::getObservedOn).toList();
		// new observations by the place they go in the list as it is now, each group in date order
		java.util.TreeMap<Integer, List<Observation>> byPlace = new java.util.TreeMap<>(
				java.util.Comparator.reverseOrder());
		List<Command> steps = new ArrayList<>();
		int added = 0;
		int replaced = 0;
		for (Reading reading : readings) {
			Observation old = existing.get(reading.date());
			if (old == null) {
				Observation observation = MeasuresFactory.eINSTANCE.createObservation();
				observation.setObservedOn(reading.date());
				observation.setObservedValue(reading.value());
				if (reading.hasNote()) {
					observation.setNote(reading.note());
				}
				byPlace.computeIfAbsent(insertionIndex(order, reading.date()), i -> new ArrayList<>())
						.add(observation);
				added++;
				continue;
			}
			boolean changed = false;
			if (old.getObservedValue() == null || old.getObservedValue().compareTo(reading.value()) != 0) {
				steps.add(SetCommand.create(domain, old, Literals.OBSERVATION__OBSERVED_VALUE, reading.value()));
				changed = true;
			}
			if (reading.hasNote() && !Objects.equals(old.getNote(), reading.note())) {
				steps.add(SetCommand.create(domain, old, Literals.OBSERVATION__NOTE,
						reading.note() == null ? SetCommand.UNSET_VALUE : reading.note()));
				changed = true;
			}
			if (changed) {
				replaced++;
			}
		}
		// the last place first, so that each index still counts the observations as they are now
		byPlace.forEach((index, group) -> {
			group.sort(java.util.Comparator.comparing(Observation::getObservedOn));
			steps.add(AddCommand.create(domain, measure, Literals.MEASURE__OBSERVATIONS, group, index));
		});
		if (steps.isEmpty()) {
			return null;
		}
		String what = added > 0 && replaced == 0 ? PlacewiseLabels.count(added, "observation", "observations")
				: added == 0 ? PlacewiseLabels.count(replaced, "new value", "new values")
						: PlacewiseLabels.count(added, "observation", "observations") + " and "
								+ PlacewiseLabels.count(replaced, "new value", "new values");
		CompoundCommand paste = new CompoundCommand("Paste " + what + " into '" + PlacewiseLabels.name(measure) + "'");
		steps.forEach(paste::append);
		return paste;
	}

	/** Keeps the observations in date order: before the first later one, else last. */
	private static int insertionIndex(List<LocalDate> order, LocalDate date) {
		for (int i = 0; i < order.size(); i++) {
			if (order.get(i) != null && order.get(i).isAfter(date)) {
				return i;
			}
		}
		return order.size();
	}

	private static List<Reading> read(Measure measure, String text) throws ImportException {
		List<ImportProblem> problems = new ArrayList<>();
		String[] lines = text.split("\r\n|\n|\r", -1);
		int last = lines.length;
		while (last > 0 && lines[last - 1].isBlank()) {
			last--;
		}
		// columns: which pasted column holds the period, the value and the note
		int dateColumn = 0;
		int valueColumn = 1;
		Integer noteColumn = 2;
		List<String> headers = List.of(DATE, VALUE, NOTE);
		int first = 0;
		while (first < last && lines[first].isBlank()) {
			first++;
		}
		if (first < last && isHeading(lines[first])) {
			List<String> cells = List.of(lines[first].split("\t", -1));
			Map<String, Integer> columns = new HashMap<>();
			for (int i = 0; i < cells.size(); i++) {
				String key = Values.key(cells.get(i));
				String column = switch (key) {
				case "date", "period", "observedon" -> DATE;
				case "value", "observedvalue" -> VALUE;
				case "note", "notes", "comment" -> NOTE;
				case "" -> "";
				default -> null;
				};
				if (column == null) {
					problems.add(problem(first + 1, i, cells.get(i), "unknown column '" + Values.shorten(cells.get(i))
							+ "'; paste the columns period, value and note (the note may be left out)"));
				} else if (!column.isEmpty() && columns.putIfAbsent(column, i) != null) {
					problems.add(problem(first + 1, i, cells.get(i),
							"column '" + column + "' is given twice (also column "
									+ Table.columnLetter(columns.get(column)) + ")"));
				}
			}
			for (String required : List.of(DATE, VALUE)) {
				if (!columns.containsKey(required)) {
					problems.add(new ImportProblem(SOURCE, first + 1, null, null,
							"missing required column '" + required + "'"));
				}
			}
			if (!problems.isEmpty()) {
				throw new ImportException(SOURCE, problems);
			}
			dateColumn = columns.get(DATE);
			valueColumn = columns.get(VALUE);
			noteColumn = columns.get(NOTE);
			headers = cells;
			first++;
		}
		List<Reading> readings = new ArrayList<>();
		Map<LocalDate, Integer> rowOfDate = new HashMap<>();
		for (int n = first; n < last; n++) {
			if (lines[n].isBlank()) {
				continue;
			}
			int row = n + 1;
			List<String> cells = List.of(lines[n].split("\t", -1));
			int before = problems.size();
			for (int i = 0; i < cells.size(); i++) {
				if (i != dateColumn && i != valueColumn && !Objects.equals(noteColumn, i) && !cells.get(i).isBlank()) {
					problems.add(problem(row, i, header(headers, i), "this value is in a column that is not period,"
							+ " value or note; paste only those columns"));
				}
			}
			LocalDate date = null;
			BigDecimal value = null;
			String note = null;
			String dateCell = cell(cells, dateColumn);
			if (dateCell.isBlank()) {
				problems.add(problem(row, dateColumn, header(headers, dateColumn), "the date is missing"));
			} else {
				try {
					date = Values.date(new Cell.Text(dateCell));
				} catch (Values.BadValue e) {
					problems.add(problem(row, dateColumn, header(headers, dateColumn), e.getMessage()));
				}
			}
			String valueCell = cell(cells, valueColumn);
			if (valueCell.isBlank()) {
				problems.add(problem(row, valueColumn, header(headers, valueColumn), "the value is missing"));
			} else {
				try {
					value = Values.number(new Cell.Text(valueCell));
				} catch (Values.BadValue e) {
					problems.add(problem(row, valueColumn, header(headers, valueColumn), e.getMessage()));
				}
			}
			String noteCell = noteColumn == null ? "" : cell(cells, noteColumn);
			if (!noteCell.isBlank()) {
				try {
					note = Values.text(new Cell.Text(noteCell));
				} catch (Values.BadValue e) {
					problems.add(problem(row, noteColumn, header(headers, noteColumn), e.getMessage()));
				}
			}
			if (date != null) {
				Integer earlier = rowOfDate.putIfAbsent(date, row);
				if (earlier != null) {
					problems.add(problem(row, dateColumn, header(headers, dateColumn),
							"measure '" + Values.shorten(PlacewiseLabels.name(measure))
									+ "' already has an observation for " + date + " in row " + earlier
									+ "; give each date once"));
				}
			}
			if (problems.size() == before) {
				readings.add(new Reading(row, date, value, note, noteColumn != null && !noteCell.isBlank()));
			}
		}
		if (problems.isEmpty() && readings.isEmpty()) {
			problems.add(new ImportProblem(SOURCE, 0, null, null, "there are no rows to paste: copy rows of period,"
					+ " value and note (in that order) from a spreadsheet"));
		}
		if (!problems.isEmpty()) {
			throw new ImportException(SOURCE, problems);
		}
		return readings;
	}

	private static boolean isHeading(String line) {
		String first = Values.key(line.split("\t", -1)[0]);
		return List.of("date", "period", "observedon", "value", "observedvalue", "note", "notes").contains(first);
	}

	private static String cell(List<String> cells, int column) {
		return column < cells.size() ? cells.get(column).strip() : "";
	}

	private static String header(List<String> headers, int column) {
		return column < headers.size() ? headers.get(column) : null;
	}

	private static ImportProblem problem(int row, int column, String header, String message) {
		return new ImportProblem(SOURCE, row, Table.columnLetter(column), header, message);
	}
}
