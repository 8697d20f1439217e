package org.placewise.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.placewise.generator.EnglandModelGenerator;
import org.placewise.generator.Scale;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.measures.Measure;
import org.placewise.model.organisation.OrganisationFactory;
import org.placewise.model.organisation.Person;
import org.placewise.model.outcomes.Outcome;
import org.placewise.model.outcomes.OutcomesFactory;
import org.placewise.store.ModelFiles;

/**
 * Issue 19, defects 2, 6, 9, 10 and 11 as import and export meet them: what an export may replace, spreadsheet formulas
 * in CSV, names several objects share, numbers too large to calculate with, and control characters.
 */
class ImportExportReliabilityTest {

	private static final String ESC = "\u001B";

	@TempDir
	Path folder;

	private final ModelFiles files = new ModelFiles();

	private boolean posix() {
		return Files.getFileAttributeView(folder, PosixFileAttributeView.class) != null;
	}

	// 6. Formulas in CSV

	@Test
	void csvExportNeutralisesFormulasAndImportGivesBackTheText() throws Exception {
		PlacewiseModel model = Fixtures.partnership();
		Measure measure = Fixtures.measure(model, Fixtures.ADMISSIONS);
		measure.setName("=HYPERLINK(\"http://example.org\",\"click\")");
		measure.setTheme("+44 helpline");
		measure.setUnit("-");
		measure.setDataSource("@SUM(A1:A9)");
		measure.setDescription("'=already quoted");
		measure.setBaselineValue(new BigDecimal("-3"));
		Path model1 = folder.resolve("formulas.placewise");
		files.save(model, model1);
		Path csv = folder.resolve("measures.csv");

		MeasureExport.write(files.load(model1), csv);

		String written = Files.readString(csv, StandardCharsets.UTF_8);
		for (String line : written.split("\r\n")) {
			for (String cell : line.replace("\"", "").split(",")) {
				assertFalse(!cell.isEmpty() && "=+@".indexOf(cell.charAt(0)) >= 0, () -> "a cell starts a formula: "
						+ line);
			}
		}
		assertTrue(written.contains(",-3,"), "a negative number is a number, not a formula: " + written);
		assertTrue(written.contains("'-,"), written);

		ImportPlan again = new ModelImport(files).run(model1, csv, ModelImport.Kind.MEASURES, false);
		assertFalse(again.changesModel(), again.summary());
		assertEquals(2, again.measuresUnchanged());
	}

	// 9. Names several objects share

	@Test
	void measuresReferringToOutcomesAndPeopleThatShareNamesRoundTrip() throws Exception {
		PlacewiseModel model = Fixtures.partnership();
		Outcome twin = OutcomesFactory.eINSTANCE.createOutcome();
		twin.setName("People live independently for longer");
		model.getVisions().get(0).getOutcomes().add(twin);
		Person otherJo = OrganisationFactory.eINSTANCE.createPerson();
		otherJo.setName("Jo Patel");
		model.getPeople().add(otherJo);
		Measure delay = Fixtures.measure(model, Fixtures.DELAY_DAYS);
		delay.getEvidencedOutcomes().add(twin);
		delay.setOwner(otherJo);
		Measure sameName = EcoreUtil.copy(delay);
		sameName.setId(null);
		sameName.getObservations().clear();
		sameName.getProgrammes().addAll(delay.getProgrammes());
		sameName.getEvidencedOutcomes().addAll(delay.getEvidencedOutcomes());
		sameName.setUnit("hours");
		model.getMeasures().add(sameName);
		Path file = folder.resolve("twins.placewise");
		files.save(model, file);

		exportAndImportIntoTheSameModelChangesNothing(file, "csv");
		exportAndImportIntoTheSameModelChangesNothing(file, "xlsx");
		assertTrue(Files.readString(folder.resolve("measures.csv")).contains(" (id "));
	}

	@Test
	void aFileWithoutIdsStillImports() throws Exception {
		Path model = Fixtures.savedPartnership(folder);
		Path csv = Fixtures.csv(folder, "old.csv", "name,programme,unit\n" + Fixtures.DELAY_DAYS + ","
				+ Fixtures.DISCHARGE + ",weeks\n");

		ImportPlan plan = new ModelImport(files).run(model, csv, ModelImport.Kind.MEASURES, false);

		assertEquals(1, plan.measuresUpdated());
		assertEquals("weeks", Fixtures.measure(files.load(model), Fixtures.DELAY_DAYS).getUnit());
	}

	@ParameterizedTest
	@ValueSource(strings = { "csv", "xlsx" })
	void theMeasuresOfAGeneratedPlaceModelRoundTrip(String extension) throws Exception {
		Path file = folder.resolve("place.placewise");
		files.save(EnglandModelGenerator.of(Scale.PLACE, 1).generate().model(), file);

		exportAndImportIntoTheSameModelChangesNothing(file, extension);
	}

	private void exportAndImportIntoTheSameModelChangesNothing(Path model, String extension) throws Exception {
		Path measures = folder.resolve("measures." + extension);
		Path observations = folder.resolve("observations." + extension);
		PlacewiseModel loaded = files.load(model);
		MeasureExport.write(loaded, measures);
		ObservationExport.write(loaded, observations, ObservationExport.Layout.LONG);
		byte[] before = Files.readAllBytes(model);

		ImportPlan again = new ModelImport(files).run(model, measures, ModelImport.Kind.MEASURES, false);
		ImportPlan observedAgain = new ModelImport(files).run(model, observations, ModelImport.Kind.OBSERVATIONS,
				false);

		assertEquals(loaded.getMeasures().size(), again.measuresUnchanged());
		assertFalse(again.changesModel() || observedAgain.changesModel());
		assertArrayEquals(before, Files.readAllBytes(model));
	}

	// 10. Numbers too large to calculate with

	@ParameterizedTest
	@ValueSource(strings = { "1e400", "-1E+309", "NaN", "Infinity", "-Infinity" })
	void aNonFiniteObservationIsRefusedWithItsRowAndColumn(String value) throws Exception {
		Path model = Fixtures.savedPartnership(folder);
		Path csv = Fixtures.csv(folder, "observations.csv", "measure,date,value\n" + Fixtures.ADMISSIONS
				+ ",2024-05-05,12\n" + Fixtures.ADMISSIONS + ",2024-05-12," + value + "\n");

		ImportException e = assertThrows(ImportException.class,
				() -> new ModelImport(files).run(model, csv, ModelImport.Kind.OBSERVATIONS, true));

		assertEquals(1, e.getProblems().size(), e.getMessage());
		assertEquals(3, e.getProblems().get(0).row());
		assertEquals("C", e.getProblems().get(0).column());
	}

	@Test
	void aBaselineTooLargeToCalculateWithIsRefused() throws Exception {
		Path model = Fixtures.savedPartnership(folder);
		Path csv = Fixtures.csv(folder, "measures.csv", "name,baseline\nNew measure,1e400\n");

		ImportException e = assertThrows(ImportException.class,
				() -> new ModelImport(files).run(model, csv, ModelImport.Kind.MEASURES, true));

		assertTrue(e.getMessage().contains("row 2, column B (baseline): '1e400' is too large a number to calculate"
				+ " with"), e.getMessage());
	}

	@Test
	void aWideLayoutValueTooLargeIsRefused() throws Exception {
		Path model = Fixtures.savedPartnership(folder);
		Path csv = Fixtures.csv(folder, "wide.csv", "date," + Fixtures.ADMISSIONS + "\n2024-05-05,1e400\n");

		ImportException e = assertThrows(ImportException.class,
				() -> new ModelImport(files).run(model, csv, ModelImport.Kind.OBSERVATIONS, true));

		assertEquals("B", e.getProblems().get(0).column(), e.getMessage());
	}

	@Test
	void aWorkbookNumberTooLargeIsRefusedWithItsRowAndColumn() throws Exception {
		Path model = Fixtures.savedPartnership(folder);
		Path xlsx = Fixtures.xlsx(folder, "observations.xlsx", "Observations", List.of(
				List.of("measure", "date", "value"), List.of(Fixtures.ADMISSIONS, "2024-05-05", 123456.0)));
		replaceIn(xlsx, "xl/worksheets/sheet1.xml", "<v>123456.0</v>", "<v>1e400</v>");

		ImportException e = assertThrows(ImportException.class,
				() -> new ModelImport(files).run(model, xlsx, ModelImport.Kind.OBSERVATIONS, true));

		assertTrue(e.getMessage().contains("row 2, column C holds a number too large to calculate with"),
				e.getMessage());
	}

	// 11. Control characters

	@Test
	void aControlCharacterIsFoundInTheDryRunAndShownEscaped() throws Exception {
		Path model = Fixtures.savedPartnership(folder);
		Path csv = Fixtures.csv(folder, "measures.csv", "name,unit\nFalls" + ESC + "[31m,days\nBeds,a\u0000b\n");

		ImportException e = assertThrows(ImportException.class,
				() -> new ModelImport(files).run(model, csv, ModelImport.Kind.MEASURES, true));

		assertEquals(2, e.getProblems().size(), e.getMessage());
		assertTrue(e.getMessage().contains("'Falls\\u001B[31m' holds the control character \\u001B"), e.getMessage());
		assertTrue(e.getMessage().contains("\\u0000"), e.getMessage());
		assertTrue(e.getMessage().chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r'), e.getMessage());
	}

	@Test
	void aControlCharacterInAWorkbookIsFoundInTheDryRun() throws Exception {
		Path model = Fixtures.savedPartnership(folder);
		Path xlsx = Fixtures.xlsx(folder, "observations.xlsx", "Observations", List.of(
				List.of("measure", "date", "value", "note"),
				List.of(Fixtures.ADMISSIONS, "2024-05-05", 12.0, "bellMARKhere")));
		// How Excel stores a control character in a workbook.
		replaceIn(xlsx, "xl/sharedStrings.xml", "MARK", "_x0007_");

		ImportException e = assertThrows(ImportException.class,
				() -> new ModelImport(files).run(model, xlsx, ModelImport.Kind.OBSERVATIONS, true));

		assertTrue(e.getMessage().contains("row 2, column D (note): 'bell\\u0007here' holds the control character"),
				e.getMessage());
	}

	// 2. What an export may replace

	@Test
	void anExportThroughASymbolicLinkReplacesItsTargetAndKeepsTheLink() throws Exception {
		Path real = Files.writeString(folder.resolve("real.csv"), "old");
		Path link = Files.createSymbolicLink(folder.resolve("link.csv"), real.getFileName());

		MeasureExport.write(Fixtures.partnership(), link);

		assertTrue(Files.isSymbolicLink(link));
		assertTrue(Files.readString(real, StandardCharsets.UTF_8).contains(Fixtures.ADMISSIONS));
	}

	@Test
	void anExportOntoANamedPipeIsRefusedAndLeavesThePipe() throws Exception {
		Path fifo = folder.resolve("pipe.csv");
		if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() != 0) {
			return; // no mkfifo here: nothing to check
		}

		ExportException e = assertThrows(ExportException.class,
				() -> MeasureExport.write(Fixtures.partnership(), fifo));

		assertTrue(e.getMessage().contains("a named pipe (FIFO), not a regular file"), e.getMessage());
		assertFalse(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS));
	}

	@Test
	void anExportKeepsTheModeOfTheFileItReplacesAndRefusesAReadOnlyOne() throws Exception {
		if (!posix()) {
			return;
		}
		Path shared = Files.writeString(folder.resolve("shared.xlsx"), "old");
		Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
		MeasureExport.write(Fixtures.partnership(), shared);
		assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)));

		Path frozen = Files.writeString(folder.resolve("frozen.csv"), "old");
		Files.setPosixFilePermissions(frozen, PosixFilePermissions.fromString("r--r--r--"));
		ExportException e = assertThrows(ExportException.class, () -> MeasureExport.write(Fixtures.partnership(),
				frozen));
		assertTrue(e.getMessage().contains("is read-only"), e.getMessage());
		assertEquals("old", Files.readString(frozen));
	}

	@Test
	void anImportIntoAModelReachedThroughALinkChangesTheRealModel() throws Exception {
		Path real = Fixtures.savedPartnership(folder);
		Path link = Files.createSymbolicLink(folder.resolve("link.placewise"), real.getFileName());
		Path csv = Fixtures.csv(folder, "new.csv", "name\nA new measure\n");

		new ModelImport(files).run(link, csv, ModelImport.Kind.MEASURES, false);

		assertTrue(Files.isSymbolicLink(link));
		assertEquals(3, files.load(real).getMeasures().size());
	}

	@Test
	void aFolderIsNotCalledMissing() throws Exception {
		Path model = Fixtures.savedPartnership(folder);
		Path inTheWay = Files.createDirectory(folder.resolve("data.csv"));

		ImportException e = assertThrows(ImportException.class,
				() -> new ModelImport(files).run(model, inTheWay, ModelImport.Kind.MEASURES, true));

		assertTrue(e.getMessage().contains("it is a folder, not a file"), e.getMessage());
	}

	/** Rewrites one part of a workbook, replacing {@code from} with {@code to}. */
	private static void replaceIn(Path xlsx, String part, String from, String to) throws Exception {
		ByteArrayOutputStream rewritten = new ByteArrayOutputStream();
		try (InputStream in = Files.newInputStream(xlsx);
				ZipInputStream zip = new ZipInputStream(in);
				ZipOutputStream out = new ZipOutputStream(rewritten)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				byte[] bytes = zip.readAllBytes();
				if (entry.getName().equals(part)) {
					String xml = new String(bytes, StandardCharsets.UTF_8);
					assertTrue(xml.contains(from), xml);
					bytes = xml.replace(from, to).getBytes(StandardCharsets.UTF_8);
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(bytes);
				out.closeEntry();
			}
		}
		try (OutputStream out = Files.newOutputStream(xlsx)) {
			rewritten.writeTo(out);
		}
	}
}
