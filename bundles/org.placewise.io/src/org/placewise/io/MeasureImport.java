package org.placewise.io;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.placewise.io.internal.Cell;
import org.placewise.io.internal.ModelNames;
import org.placewise.io.internal.Problems;
import org.placewise.io.internal.Table;
import org.placewise.io.internal.TableFiles;
import org.placewise.io.internal.Values;
import org.placewise.io.internal.Values.BadValue;
import org.placewise.model.core.Frequency;
import org.placewise.model.core.Identified;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.measures.DesiredDirection;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.MeasureKind;
import org.placewise.model.measures.MeasuresFactory;
import org.placewise.model.organisation.Person;
import org.placewise.model.outcomes.Outcome;
import org.placewise.model.outcomes.WorkProgramme;

/**
 * Imports measure definitions from a CSV or XLSX file (one row per measure, columns as in {@link MeasureColumn}).
 * <p>
 * A row names a measure by its id (the {@code id} column an export writes) or else by its name within its programme:
 * the measure with that id, or else the measure of that name linked to one of the programmes the row lists, is updated;
 * otherwise a new measure is created (with the row's id, when it gives one). Programmes, outcomes and people are named
 * by name, with the id after it where several share a name. Columns present in the file set the measure's value (an
 * empty cell clears it); columns absent from the file leave the value alone. The whole file is checked first; when any
 * row is bad nothing is changed.
 */
public final class MeasureImport {

	/** Name of the sheet an export writes and an import reads first. */
	public static final String SHEET = "Measures";

	private MeasureImport() {
	}

	/**
	 * Reads and checks a measures file against a model, without changing the model.
	 *
	 * @param model the model to import into
	 * @param file  a .csv or .xlsx file
	 * @return what the import would change
	 * @throws ImportException listing every problem found; the model is untouched
	 */
	public static ImportPlan plan(PlacewiseModel model, Path file) throws ImportException {
		return plan(model, TableFiles.read(file, SHEET));
	}

	static ImportPlan plan(PlacewiseModel model, Table table) throws ImportException {
		Problems problems = new Problems(table);
		Map<MeasureColumn, Integer> columns = columns(table, problems);
		if (!columns.containsKey(MeasureColumn.NAME)) {
			// Without names no row can be matched; other header problems still let the rows be checked.
			problems.throwIfAny();
		}

		ModelNames<WorkProgramme> programmes = new ModelNames<>(model.getProgrammes());
		List<Outcome> allOutcomes = new ArrayList<>();
		Map<String, EObject> byId = new HashMap<>();
		byId.put(model.getId(), model);
		model.eAllContents().forEachRemaining(o -> {
			if (o instanceof Outcome outcome) {
				allOutcomes.add(outcome);
			}
			if (o instanceof Identified identified && identified.getId() != null) {
				byId.put(identified.getId(), o);
			}
		});
		ModelNames<Outcome> outcomes = new ModelNames<>(allOutcomes);
		ModelNames<Person> people = new ModelNames<>(model.getPeople());
		ModelNames<Measure> measures = new ModelNames<>(model.getMeasures());

		ImportPlan plan = new ImportPlan(model, false);
		Map<Object, Integer> seen = new HashMap<>();
		for (Table.Row row : table.rows()) {
			Map<MeasureColumn, Object> values = new EnumMap<>(MeasureColumn.class);
			int before = problems.count();
			for (Map.Entry<MeasureColumn, Integer> column : columns.entrySet()) {
				Cell cell = row.cell(column.getValue());
				try {
					values.put(column.getKey(), cell.isBlank() ? null
							: value(column.getKey(), cell, programmes, outcomes, people));
				} catch (BadValue e) {
					problems.at(row.number(), column.getValue(), e.getMessage());
				}
			}
			for (int i = table.headers().size(); i < row.cells().size(); i++) {
				if (!row.cell(i).isBlank()) {
					problems.at(row.number(), i, "this value is in a column with no header; name the column or"
							+ " remove the value");
				}
			}
			String name = (String) values.get(MeasureColumn.NAME);
			if (name == null) {
				if (problems.count() == before) {
					problems.at(row.number(), columns.get(MeasureColumn.NAME), "the measure has no name");
				}
				continue;
			}
			if (problems.count() > before) {
				continue;
			}
			@SuppressWarnings("unchecked")
			List<WorkProgramme> inProgrammes = columns.containsKey(MeasureColumn.PROGRAMME)
					? (List<WorkProgramme>) Objects.requireNonNullElse(values.get(MeasureColumn.PROGRAMME), List.of())
					: null;
			String id = (String) values.get(MeasureColumn.ID);
			EObject withId = id == null ? null : byId.get(id);
			if (withId != null && !(withId instanceof Measure)) {
				problems.at(row.number(), columns.get(MeasureColumn.ID),
						"the id '" + Values.shorten(id) + "' is the id of"
								+ " a " + withId.eClass().getName() + " in the model, not of a measure");
				continue;
			}
			Measure existing = (Measure) withId;
			if (existing == null) {
				try {
					existing = find(measures, name, inProgrammes);
				} catch (BadValue e) {
					problems.at(row.number(), columns.get(MeasureColumn.NAME), e.getMessage());
					continue;
				}
			}
			if (existing != null && id != null && !id.equals(existing.getId())) {
				// Matched by name: the row's id belongs to no object of this model, keep the measure's own.
				values.remove(MeasureColumn.ID);
			}
			Object identity = existing != null ? existing : id != null ? id : newMeasureKey(name, inProgrammes);
			Integer earlier = seen.putIfAbsent(identity, row.number());
			if (earlier != null) {
				problems.at(row.number(), columns.get(MeasureColumn.NAME), "measure '" + Values.shorten(name)
						+ "' is already given in row " + earlier + "; give each measure once");
				continue;
			}
			plan(plan, model, existing, values);
		}
		problems.throwIfAny();
		return plan;
	}

	private static Map<MeasureColumn, Integer> columns(Table table, Problems problems) {
		Map<MeasureColumn, Integer> columns = new EnumMap<>(MeasureColumn.class);
		List<String> headers = table.headers();
		for (int i = 0; i < headers.size(); i++) {
			String header = headers.get(i);
			if (header.isEmpty()) {
				int column = i;
				if (table.rows().stream().anyMatch(r -> !r.cell(column).isBlank())) {
					problems.at(1, i, "this column has values but no header; name it or remove it");
				}
				continue;
			}
			MeasureColumn column = MeasureColumn.forHeader(header);
			if (column == null) {
				problems.at(1, i, "unknown column '" + Values.shorten(header) + "'; the columns of a measures file"
						+ " are: " + knownHeaders());
			} else if (columns.putIfAbsent(column, i) != null) {
				problems.at(1, i, "column '" + column.header() + "' is given twice (also column "
						+ Table.columnLetter(columns.get(column)) + ")");
			}
		}
		if (!columns.containsKey(MeasureColumn.NAME)) {
			problems.atRow(1, "missing required column 'name' (the measure's name)");
		}
		return columns;
	}

	private static String knownHeaders() {
		List<String> names = new ArrayList<>();
		for (MeasureColumn column : MeasureColumn.values()) {
			names.add(column.header());
		}
		return String.join(", ", names);
	}

	private static Object value(MeasureColumn column, Cell cell, ModelNames<WorkProgramme> programmes,
			ModelNames<Outcome> outcomes, ModelNames<Person> people) throws BadValue {
		return switch (column) {
		case NAME, THEME, UNIT, DATA_SOURCE, DESCRIPTION, ID -> Values.text(cell);
		case PROGRAMME -> programmes.list(Values.text(cell), "programme");
		case OUTCOME -> outcomes.list(Values.text(cell), "outcome");
		case OWNER -> people.one(Values.text(cell), "person");
		case KIND -> Values.literal(cell, MeasureKind.VALUES, "kind of measure");
		case DIRECTION -> Values.literal(cell, DesiredDirection.VALUES, "desired direction");
		case FREQUENCY -> Values.literal(cell, Frequency.VALUES, "frequency");
		case BASELINE, TARGET -> Values.number(cell);
		case BASELINE_DATE, TARGET_DATE -> Values.date(cell);
		};
	}

	/**
	 * The measure a row means: the one of that name in one of the row's programmes (or the only one of that name when
	 * the file has no programme column or the row names no programme).
	 */
	private static Measure find(ModelNames<Measure> measures, String name, List<WorkProgramme> inProgrammes)
			throws BadValue {
		List<Measure> candidates = new ArrayList<>(measures.named(name));
		if (inProgrammes != null && !inProgrammes.isEmpty()) {
			candidates.removeIf(m -> m.getProgrammes().stream().noneMatch(inProgrammes::contains));
		}
		if (candidates.size() > 1) {
			throw new BadValue(candidates.size() + " measures are called '" + Values.shorten(name) + "'"
					+ (inProgrammes == null || inProgrammes.isEmpty() ? "; name the programme to say which is meant"
							: " in these programmes, so it is not clear which is meant"));
		}
		return candidates.isEmpty() ? null : candidates.get(0);
	}

	private static Object newMeasureKey(String name, List<WorkProgramme> inProgrammes) {
		Set<String> programmeIds = new TreeSet<>();
		if (inProgrammes != null) {
			inProgrammes.forEach(p -> programmeIds.add(String.valueOf(p.getId()) + '\u0000' + p.getName()));
		}
		return List.of(name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT), programmeIds);
	}

	private static void plan(ImportPlan plan, PlacewiseModel model, Measure existing,
			Map<MeasureColumn, Object> values) {
		if (existing == null) {
			plan.measuresCreated++;
			plan.add(() -> {
				Measure measure = MeasuresFactory.eINSTANCE.createMeasure();
				// The id first: the model indexes it when the measure joins.
				measure.setId((String) values.get(MeasureColumn.ID));
				model.getMeasures().add(measure);
				values.forEach((column, value) -> {
					if (column != MeasureColumn.ID) {
						set(measure, column.feature(), value);
					}
				});
			});
			return;
		}
		Map<MeasureColumn, Object> changed = new EnumMap<>(MeasureColumn.class);
		values.forEach((column, value) -> {
			if (column != MeasureColumn.NAME && column != MeasureColumn.ID
					&& differs(existing, column.feature(), value)) {
				changed.put(column, value);
			}
		});
		if (changed.isEmpty()) {
			plan.measuresUnchanged++;
		} else {
			plan.measuresUpdated++;
			plan.add(() -> changed.forEach((column, value) -> set(existing, column.feature(), value)));
		}
	}

	private static boolean differs(Measure measure, EStructuralFeature feature, Object value) {
		Object current = measure.eGet(feature);
		if (feature.isMany()) {
			List<?> now = (List<?>) current;
			List<?> wanted = value == null ? List.of() : (List<?>) value;
			return !new HashSet<>(now).equals(new HashSet<>(wanted)) || now.size() != wanted.size();
		}
		if (value == null) {
			return measure.eIsSet(feature);
		}
		if (current instanceof BigDecimal now && value instanceof BigDecimal wanted) {
			// 10 and 10.0 are the same baseline: keep what the model has rather than churn.
			return now.compareTo(wanted) != 0;
		}
		return !value.equals(current);
	}

	@SuppressWarnings("unchecked")
	private static void set(Measure measure, EStructuralFeature feature, Object value) {
		if (feature.isMany()) {
			ECollections.setEList((EList<Object>) measure.eGet(feature),
					value == null ? List.of() : new ArrayList<>((List<?>) value));
		} else if (value == null) {
			measure.eUnset(feature);
		} else {
			measure.eSet(feature, value);
		}
	}
}
