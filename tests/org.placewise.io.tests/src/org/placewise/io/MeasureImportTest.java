package org.placewise.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.placewise.model.core.Frequency;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.measures.DesiredDirection;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.MeasureKind;
import org.placewise.store.ModelFiles;

class MeasureImportTest {

	private static final String HEADER = "name,programme,outcome,kind,unit,direction,baseline,baseline date,target,"
			+ "target date,frequency,owner,data source\n";

	@TempDir
	Path folder;

	private final ModelFiles files = new ModelFiles();

	private ImportPlan importMeasures(Path model, Path data, boolean dryRun) throws Exception {
		return new ModelImport(files).run(model, data, ModelImport.Kind.MEASURES, dryRun);
	}

	@Test
	void createsNewMeasuresAndUpdatesExistingOnesByNameWithinTheProgramme() throws Exception {
		Path model = Fixtures.savedPartnership(folder);
		Path data = Fixtures.csv(folder, "measures.csv", HEADER
				+ "Avoided admissions per week,Older adults transformation,,operational,admissions per week,"
				+ "higher-is-better,40,2024-04-01,60,2025-03-31,weekly,Jo Patel,\"Frailty unit weekly return, \"\"SitRep\"\"\"\n"
				+ "Care hours saved,Older adults transformation,People live independently for longer,financial,"
				+ "hours,Higher is better,\"1,250.5\",01/04/2024,1400,31/03/2026,Monthly,Sam Okafor,Council ledger\n");

		ImportPlan plan = importMeasures(model, data, false);

		assertEquals(1, plan.measuresCreated());
		assertEquals(1, plan.measuresUpdated());
		PlacewiseModel saved = files.load(model);
		Measure admissions = Fixtures.measure(saved, Fixtures.ADMISSIONS);
		assertEquals(0, new BigDecimal("60").compareTo(admissions.getTargetValue()));
		assertTrue(admissions.getEvidencedOutcomes().isEmpty(), "an empty outcome cell clears the outcomes");
		assertEquals(3, admissions.getObservations().size(), "observations are not part of a measures import");
		Measure hours = Fixtures.measure(saved, "Care hours saved");
		assertEquals(MeasureKind.FINANCIAL, hours.getKind());
		assertEquals(DesiredDirection.HIGHER_IS_BETTER, hours.getDesiredDirection());
		assertEquals(new BigDecimal("1250.5"), hours.getBaselineValue());
		assertEquals(LocalDate.of(2024, 4, 1), hours.getBaselineDate());
		assertEquals(LocalDate.of(2026, 3, 31), hours.getTargetDate());
		assertEquals(Frequency.MONTHLY, hours.getFrequency());
		assertEquals("Sam Okafor", hours.getOwner().getName());
		assertEquals(Fixtures.OLDER_ADULTS, hours.getProgrammes().get(0).getName());
		assertEquals("People live independently for longer", hours.getEvidencedOutcomes().get(0).getName());
		assertTrue(Files.isRegularFile(ModelFiles.backupOf(model)), "the previous model is kept as backup");
	}

	@Test
	void headersMatchIgnoringCaseSpacingAndOrderAndAbsentColumnsAreLeftAlone() throws Exception {
		Path model = Fixtures.savedPartnership(folder);
		Path data = Fixtures.csv(folder, "measures.csv",
				"TARGET VALUE, Measure_Name ,Programme\n70,Avoided admissions per week,Older adults transformation\n");

		importMeasures(model, data, false);

		Measure admissions = Fixtures.measure(files.load(model), Fixtures.ADMISSIONS);
		assertEquals(new BigDecimal("70"), admissions.getTargetValue());
		assertEquals(new BigDecimal("40"), admissions.getBaselineValue(), "no baseline column: baseline kept");
		assertEquals("Jo Patel", admissions.getOwner().getName(), "no owner column: owner kept");
	}

	@Test
	void aMeasureOfTheSameNameInAnotherProgrammeIsANewMeasure() throws Exception {
		Path model = Fixtures.savedPartnership(folder);
		Path data = Fixtures.csv(folder, "measures.csv",
				"name,programme\n" + Fixtures.ADMISSIONS + "," + Fixtures.DISCHARGE
						+ "\n");

		ImportPlan plan = importMeasures(model, data, false);

		assertEquals(1, plan.measuresCreated());
		assertEquals(2, files.load(model).getMeasures().stream()
				.filter(m -> m.getName().equals(Fixtures.ADMISSIONS)).count());
	}

	@Test
	void importingWhatTheModelAlreadyHoldsChangesNothingAndDoesNotRewriteTheModel() throws Exception {
		Path model = Fixtures.savedPartnership(folder);
		byte[] before = Files.readAllBytes(model);
		Path data = Fixtures.csv(folder, "measures.csv", "name,programme,baseline\n"
				+ Fixtures.ADMISSIONS + "," + Fixtures.OLDER_ADULTS + ",40.00\n");

		ImportPlan plan = importMeasures(model, data, false);

		assertEquals(1, plan.measuresUnchanged(), "40.00 is the baseline 40 already held");
		assertFalse(plan.changesModel());
		assertArrayEquals(before, Files.readAllBytes(model));
	}

	@Test
	void dryRunReportsWhatWouldChangeAndChangesNothing() throws Exception {
		Path model = Fixtures.savedPartnership(folder);
		byte[] before = Files.readAllBytes(model);
		Path data = Fixtures.csv(folder, "measures.csv", "name,programme,target\n"
				+ Fixtures.ADMISSIONS + "," + Fixtures.OLDER_ADULTS + ",99\n"
				+ "New measure," + Fixtures.DISCHARGE + ",1\n"
				+ "Another new measure,,2\n");

		ImportPlan plan = importMeasures(model, data, true);

		assertEquals("2 measures created, 1 updated, 0 unchanged", plan.summary());
		assertArrayEquals(before, Files.readAllBytes(model));
		assertFalse(Files.exists(ModelFiles.backupOf(model)));
	}

	static Stream<Arguments> badFiles() {
		return Stream.of(
				Arguments.of("unknown programme", "name,programme\nX,No such programme\n", 2, "B",
						"unknown programme 'No such programme'"),
				Arguments.of("unknown outcome", "name,outcome\nX,Nowhere\n", 2, "B", "unknown outcome 'Nowhere'"),
				Arguments.of("unknown owner", "name,owner\nX,Nobody\n", 2, "B", "unknown person 'Nobody'"),
				Arguments.of("unparsable number", "name,target\nX,\"12,5x\"\n", 2, "B", "'12,5x' is not a number"),
				Arguments.of("value beyond the header", "name,target\nX,12,5\n", 2, "C", "no header"),
				Arguments.of("unparsable number text", "name,baseline\nX,about ten\n", 2, "B",
						"'about ten' is not a number"),
				Arguments.of("unparsable date", "name,target date\nX,31/13/2025\n", 2, "B",
						"'31/13/2025' is not a date that exists"),
				Arguments.of("date in another form", "name,baseline date\nX,March 2025\n", 2, "B",
						"'March 2025' is not a date"),
				Arguments.of("unknown direction", "name,direction\nX,upwards\n", 2, "B",
						"'upwards' is not a desired direction; use one of: none, higher-is-better, lower-is-better"),
				Arguments.of("unknown frequency", "name,frequency\nX,hourly\n", 2, "B", "'hourly' is not a frequency"),
				Arguments.of("missing required column", "programme,target\n" + Fixtures.OLDER_ADULTS + ",3\n", 1, null,
						"missing required column 'name'"),
				Arguments.of("extra unknown column", "name,colour\nX,red\n", 1, "B", "unknown column 'colour'"),
				Arguments.of("measure given twice",
						"name,programme\nX,Discharge to assess\nY,\nx ,Discharge to assess\n",
						4, "A", "is already given in row 2"),
				Arguments.of("row without a name", "name,unit\n,days\n", 2, "A", "the measure has no name"),
				Arguments.of("column named twice", "name,target,Target Value\nX,1,2\n", 1, "C",
						"column 'target' is given twice"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badFiles")
	void aBadFileNamesRowAndColumnAndLeavesTheModelFileUntouched(String problem, String csv, int row, String column,
			String expected) throws Exception {
		Path model = Fixtures.savedPartnership(folder);
		byte[] before = Files.readAllBytes(model);
		Path data = Fixtures.csv(folder, "bad-measures.csv", csv);

		ImportException failure = assertThrows(ImportException.class, () -> importMeasures(model, data, false));

		String message = failure.getMessage();
		assertTrue(message.contains("bad-measures.csv"), message);
		assertTrue(message.contains("row " + row + (column == null ? ":" : ", column " + column)), message);
		assertTrue(message.contains(expected), message);
		assertTrue(message.startsWith("Nothing was imported from"), message);
		assertArrayEquals(before, Files.readAllBytes(model));
		assertFalse(Files.exists(ModelFiles.backupOf(model)), "the model was never saved");
	}

	@Test
	void everyProblemInTheFileIsReportedAtOnceAndGoodRowsAreNotImported() throws Exception {
		Path model = Fixtures.savedPartnership(folder);
		byte[] before = Files.readAllBytes(model);
		Path data = Fixtures.csv(folder, "measures.csv", "name,programme,baseline,owner\n"
				+ "Good new measure," + Fixtures.DISCHARGE + ",1,Jo Patel\n"
				+ "Bad one,Nowhere,ten,Jo Patel\n"
				+ "Another bad one,,2,Nobody\n");

		ImportException failure = assertThrows(ImportException.class, () -> importMeasures(model, data, false));

		List<String> problems = failure.getProblems().stream().map(ImportProblem::toString).toList();
		assertEquals(3, problems.size(), problems.toString());
		assertTrue(problems.get(0).endsWith("row 3, column B (programme): unknown programme 'Nowhere'"),
				problems.get(0));
		assertTrue(problems.get(1).contains("row 3, column C (baseline): 'ten' is not a number"), problems.get(1));
		assertTrue(problems.get(2).contains("row 4, column D (owner): unknown person 'Nobody'"), problems.get(2));
		assertArrayEquals(before, Files.readAllBytes(model));
	}

	@Test
	void anEmptyCellClearsAValue() throws Exception {
		Path model = Fixtures.savedPartnership(folder);
		Path data = Fixtures.csv(folder, "measures.csv", "name,programme,baseline,owner,direction\n"
				+ Fixtures.ADMISSIONS + "," + Fixtures.OLDER_ADULTS + ",,,\n");

		importMeasures(model, data, false);

		Measure admissions = Fixtures.measure(files.load(model), Fixtures.ADMISSIONS);
		assertNull(admissions.getBaselineValue());
		assertNull(admissions.getOwner());
		assertEquals(DesiredDirection.NONE, admissions.getDesiredDirection());
	}

	@Test
	void aNameSharedByTwoMeasuresNeedsTheProgramme() throws Exception {
		PlacewiseModel twins = Fixtures.partnership();
		Fixtures.measure(twins, Fixtures.DELAY_DAYS).setName(Fixtures.ADMISSIONS);
		Path model = folder.resolve("twins.placewise");
		files.save(twins, model);
		Path data = Fixtures.csv(folder, "measures.csv", "name,unit\n" + Fixtures.ADMISSIONS + ",people\n");

		ImportException failure = assertThrows(ImportException.class, () -> importMeasures(model, data, false));

		assertTrue(failure.getMessage().contains("row 2, column A (name): 2 measures are called"
				+ " 'Avoided admissions per week'; name the programme"), failure.getMessage());
	}
}
