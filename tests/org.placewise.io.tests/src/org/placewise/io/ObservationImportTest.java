package org.placewise.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.Observation;
import org.placewise.model.query.Measures;
import org.placewise.store.ModelFiles;

class ObservationImportTest {

	@TempDir
	Path folder;

	private final ModelFiles files = new ModelFiles();

	private ImportPlan importObservations(Path model, Path data, boolean dryRun) throws Exception {
		return new ModelImport(files).run(model, data, ModelImport.Kind.OBSERVATIONS, dryRun);
	}

	private List<String> series(Path model, String measure) throws Exception {
		Measure found = Fixtures.measure(files.load(model), measure);
		return found.getObservations().stream().sorted(Measures.BY_DATE)
				.map(o -> o.getObservedOn() + "=" + o.getObservedValue().toPlainString()).toList();
	}

	@Test
	void longLayoutAddsNewDatesAndReplacesTheValueOfKnownDates() throws Exception {
		Path model = Fixtures.savedPartnership(folder);
		Path data = Fixtures.csv(folder, "observations.csv", "measure,date,value\n"
				+ Fixtures.ADMISSIONS + ",2024-04-14,44\n"
				+ Fixtures.ADMISSIONS + ",2024-04-28,47\n"
				+ Fixtures.ADMISSIONS + ",2024-04-07,41.0\n"
				+ Fixtures.DELAY_DAYS + ",30/04/2024,9.5\n");

		ImportPlan plan = importObservations(model, data, false);

		assertEquals("2 observations added, 1 replaced, 1 unchanged", plan.summary());
		assertEquals(List.of("2024-04-07=41", "2024-04-14=44", "2024-04-21=39", "2024-04-28=47"),
				series(model, Fixtures.ADMISSIONS));
		assertEquals(List.of("2024-04-30=9.5"), series(model, Fixtures.DELAY_DAYS));
	}

	@Test
	void wideLayoutHasADateColumnAndOneColumnPerMeasureWithGapsLeftEmpty() throws Exception {
		Path model = Fixtures.savedPartnership(folder);
		Path data = Fixtures.csv(folder, "wide.csv", "Date,avoided admissions per week,Average delay days\n"
				+ "2024-04-28,47,\n"
				+ "2024-05-05,,8.25\n"
				+ "2024-05-12,50,8\n");

		ImportPlan plan = importObservations(model, data, false);

		assertEquals(4, plan.observationsAdded());
		assertEquals(List.of("2024-04-07=41", "2024-04-14=43.5", "2024-04-21=39", "2024-04-28=47", "2024-05-12=50"),
				series(model, Fixtures.ADMISSIONS));
		assertEquals(List.of("2024-05-05=8.25", "2024-05-12=8"), series(model, Fixtures.DELAY_DAYS));
	}

	@Test
	void wideLayoutReadsRealDateAndNumberCellsFromAWorkbook() throws Exception {
		Path model = Fixtures.savedPartnership(folder);
		Path data = Fixtures.xlsx(folder, "wide.xlsx", "Weekly", List.of(
				Arrays.asList("date", Fixtures.ADMISSIONS),
				Arrays.asList(LocalDate.of(2024, 4, 28), 47.5),
				Arrays.asList("2024-05-05", 48)));

		importObservations(model, data, false);

		assertEquals(List.of("2024-04-07=41", "2024-04-14=43.5", "2024-04-21=39", "2024-04-28=47.5", "2024-05-05=48"),
				series(model, Fixtures.ADMISSIONS));
	}

	@Test
	void aProgrammeColumnTellsApartMeasuresWithTheSameNameAndNotesAreKept() throws Exception {
		var twins = Fixtures.partnership();
		Fixtures.measure(twins, Fixtures.DELAY_DAYS).setName(Fixtures.ADMISSIONS);
		Path model = folder.resolve("twins.placewise");
		files.save(twins, model);
		Path data = Fixtures.csv(folder, "observations.csv", "measure,programme,date,value,note\n"
				+ Fixtures.ADMISSIONS + "," + Fixtures.DISCHARGE + ",2024-05-01,3,\"Half-term week, fewer staff\"\n");

		importObservations(model, data, false);

		Measure inDischarge = files.load(model).getMeasures().get(1);
		Observation added = inDischarge.getObservations().get(0);
		assertEquals(new BigDecimal("3"), added.getObservedValue());
		assertEquals("Half-term week, fewer staff", added.getNote());
	}

	@Test
	void dryRunReportsWhatWouldChangeAndChangesNothing() throws Exception {
		Path model = Fixtures.savedPartnership(folder);
		byte[] before = Files.readAllBytes(model);
		Path data = Fixtures.csv(folder, "observations.csv", "measure,date,value\n"
				+ Fixtures.ADMISSIONS + ",2024-04-14,44\n" + Fixtures.ADMISSIONS + ",2024-04-28,47\n");

		ImportPlan plan = importObservations(model, data, true);

		assertEquals("1 observation added, 1 replaced, 0 unchanged", plan.summary());
		assertArrayEquals(before, Files.readAllBytes(model));
		assertFalse(Files.exists(ModelFiles.backupOf(model)));
	}

	static Stream<Arguments> badFiles() {
		String admissions = Fixtures.ADMISSIONS;
		return Stream.of(
				Arguments.of("unknown measure", "measure,date,value\nBed days,2024-05-01,3\n", 2, "A",
						"unknown measure 'Bed days'"),
				Arguments.of("unparsable value", "measure,date,value\n" + admissions + ",2024-05-01,n/a\n", 2, "C",
						"'n/a' is not a number"),
				Arguments.of("unparsable date", "measure,date,value\n" + admissions + ",2024-02-30,3\n", 2, "B",
						"'2024-02-30' is not a date that exists"),
				Arguments.of("missing value", "measure,date,value\n" + admissions + ",2024-05-01,\n", 2, "C",
						"the value is missing"),
				Arguments.of("duplicate date", "measure,date,value\n" + admissions + ",2024-05-01,3\n"
						+ admissions + ",01/05/2024,4\n", 3, "C",
						"already has an observation for 2024-05-01 in row 2"),
				Arguments.of("duplicate date in the wide layout",
						"date," + admissions + "\n2024-05-01,3\n2024-05-01,4\n",
						3, "B", "already has an observation for 2024-05-01 in row 2"),
				Arguments.of("unknown measure column in the wide layout", "date,Bed days\n2024-05-01,3\n", 1, "B",
						"unknown measure 'Bed days'"),
				Arguments.of("unparsable date in the wide layout", "date," + admissions + "\nlast week,3\n", 2, "A",
						"'last week' is not a date"),
				Arguments.of("missing required column", "measure,value\n" + admissions + ",3\n", 1, null,
						"missing required column 'date'"),
				Arguments.of("extra unknown column", "measure,date,value,colour\n" + admissions + ",2024-05-01,3,red\n",
						1,
						"D", "unknown column 'colour'"),
				Arguments.of("unknown layout", "when,how many\n2024-05-01,3\n", 1, null, "cannot tell the layout"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badFiles")
	void aBadFileNamesRowAndColumnAndLeavesTheModelFileUntouched(String problem, String csv, int row, String column,
			String expected) throws Exception {
		Path model = Fixtures.savedPartnership(folder);
		byte[] before = Files.readAllBytes(model);
		Path data = Fixtures.csv(folder, "bad-observations.csv", csv);

		ImportException failure = assertThrows(ImportException.class, () -> importObservations(model, data, false));

		String message = failure.getMessage();
		assertTrue(message.contains("bad-observations.csv"), message);
		assertTrue(message.contains("row " + row + (column == null ? ":" : ", column " + column)), message);
		assertTrue(message.contains(expected), message);
		assertArrayEquals(before, Files.readAllBytes(model));
		assertFalse(Files.exists(ModelFiles.backupOf(model)), "the model was never saved");
	}

	@Test
	void oneBadRowAmongManyGoodOnesImportsNothing() throws Exception {
		Path model = Fixtures.savedPartnership(folder);
		byte[] before = Files.readAllBytes(model);
		StringBuilder csv = new StringBuilder("measure,date,value\n");
		LocalDate day = LocalDate.of(2024, 5, 1);
		for (int i = 0; i < 500; i++) {
			csv.append(Fixtures.ADMISSIONS).append(',').append(day.plusDays(i)).append(',')
					.append(i == 321 ? "forty" : String.valueOf(i)).append('\n');
		}
		Path data = Fixtures.csv(folder, "observations.csv", csv.toString());

		ImportException failure = assertThrows(ImportException.class, () -> importObservations(model, data, false));

		assertEquals(1, failure.getProblems().size());
		assertEquals(323, failure.getProblems().get(0).row());
		assertEquals("C", failure.getProblems().get(0).column());
		assertArrayEquals(before, Files.readAllBytes(model));
	}
}
