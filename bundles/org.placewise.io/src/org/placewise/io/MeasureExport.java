package org.placewise.io;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.placewise.io.internal.Cell;
import org.placewise.io.internal.ModelNames;
import org.placewise.model.core.NamedElement;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.measures.Measure;
import org.placewise.model.organisation.Person;
import org.placewise.model.outcomes.Outcome;
import org.placewise.model.outcomes.WorkProgramme;

/**
 * Exports the measure definitions of a model to CSV or XLSX, one row per measure with every {@link MeasureColumn}, in
 * model order; {@link MeasureImport} reads the file back.
 */
public final class MeasureExport {

	private MeasureExport() {
	}

	/**
	 * @param model the model
	 * @param file  a .csv or .xlsx file to write (replaced when it exists)
	 * @return how many measures were written
	 * @throws ExportException when the file name has another extension or the file cannot be written
	 */
	public static int write(PlacewiseModel model, Path file) throws ExportException {
		List<String> headers = new ArrayList<>();
		for (MeasureColumn column : MeasureColumn.values()) {
			headers.add(column.header());
		}
		References references = new References(model);
		List<List<Cell>> rows = new ArrayList<>();
		for (Measure measure : model.getMeasures()) {
			List<Cell> row = new ArrayList<>();
			for (MeasureColumn column : MeasureColumn.values()) {
				row.add(references.cell(measure.eGet(column.feature())));
			}
			rows.add(row);
		}
		Exports.write(file, MeasureImport.SHEET, headers, rows);
		return rows.size();
	}

	/**
	 * Names the programmes, outcomes, people and measures of one model so that an import finds each again: by name,
	 * with the id after it where several share the name.
	 */
	static final class References {
		private final ModelNames<WorkProgramme> programmes;
		private final ModelNames<Outcome> outcomes;
		private final ModelNames<Person> people;
		private final ModelNames<Measure> measures;

		References(PlacewiseModel model) {
			programmes = new ModelNames<>(model.getProgrammes());
			List<Outcome> allOutcomes = new ArrayList<>();
			model.eAllContents().forEachRemaining(o -> {
				if (o instanceof Outcome outcome) {
					allOutcomes.add(outcome);
				}
			});
			outcomes = new ModelNames<>(allOutcomes);
			people = new ModelNames<>(model.getPeople());
			measures = new ModelNames<>(model.getMeasures());
		}

		/** @return how an import finds {@code object} among the objects of its type */
		String reference(NamedElement object) {
			return switch (object) {
			case WorkProgramme programme -> programmes.reference(programme);
			case Outcome outcome -> outcomes.reference(outcome);
			case Person person -> people.reference(person);
			case Measure measure -> measures.reference(measure);
			default -> object.getName();
			};
		}

		/**
		 * @param value a feature value of a measure
		 * @return the cell that writes it so that an import reads the same value back
		 */
		Cell cell(Object value) {
			return switch (value) {
			case null -> Cell.BLANK;
			case NamedElement named -> new Cell.Text(reference(named));
			case List<?> list -> list.isEmpty() ? Cell.BLANK
					: new Cell.Text(list.stream().map(o -> reference((NamedElement) o))
							.collect(Collectors.joining("; ")));
			default -> MeasureExport.cell(value);
			};
		}
	}

	/**
	 * @param value a feature value of a measure
	 * @return the cell that writes it so that an import reads the same value back
	 */
	static Cell cell(Object value) {
		return switch (value) {
		case null -> Cell.BLANK;
		case String text -> text.isEmpty() ? Cell.BLANK : new Cell.Text(text);
		case BigDecimal number -> new Cell.Number(number);
		case LocalDate date -> new Cell.Date(date);
		case Enumerator literal -> new Cell.Text(literal.getLiteral());
		case NamedElement named -> new Cell.Text(named.getName());
		case List<?> list -> list.isEmpty() ? Cell.BLANK
				: new Cell.Text(list.stream().map(o -> ((NamedElement) o).getName())
						.collect(Collectors.joining("; ")));
		default -> new Cell.Text(value.toString());
		};
	}
}
