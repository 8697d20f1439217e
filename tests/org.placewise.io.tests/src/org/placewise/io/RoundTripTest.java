package org.placewise.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.measures.Measure;
import org.placewise.store.ModelFiles;

class RoundTripTest {

	private static final String MID_AND_SOUTH_ESSEX = "mid-and-south-essex-older-adults.placewise";

	@TempDir
	Path folder;

	private final ModelFiles files = new ModelFiles();

	/** Saves a copy of the model without its measures: what an import has to rebuild. */
	private Path withoutMeasures(Path model) throws Exception {
		PlacewiseModel copy = files.load(model);
		for (Measure measure : new ArrayList<>(copy.getMeasures())) {
			EcoreUtil.delete(measure, true);
		}
		Path file = folder.resolve("without-measures.placewise");
		files.save(copy, file);
		return file;
	}

	private void exportImportAndCompare(Path model, String extension) throws Exception {
		PlacewiseModel original = files.load(model);
		Path measures = folder.resolve("measures." + extension);
		Path observations = folder.resolve("observations." + extension);
		assertEquals(original.getMeasures().size(), MeasureExport.write(original, measures));
		ObservationExport.write(original, observations, ObservationExport.Layout.LONG);

		Path rebuilt = withoutMeasures(model);
		ModelImport imports = new ModelImport(files);
		ImportPlan created = imports.run(rebuilt, measures, ModelImport.Kind.MEASURES, false);
		imports.run(rebuilt, observations, ModelImport.Kind.OBSERVATIONS, false);

		assertEquals(original.getMeasures().size(), created.measuresCreated());
		assertTrue(Fixtures.sameContent(original, files.load(rebuilt)),
				"export then import into a copy without measures gives back the same model");

		// Into the model they came from: nothing to do, and the file is not even rewritten.
		byte[] before = Files.readAllBytes(model);
		ImportPlan again = imports.run(model, measures, ModelImport.Kind.MEASURES, false);
		ImportPlan observedAgain = imports.run(model, observations, ModelImport.Kind.OBSERVATIONS, false);
		assertEquals(original.getMeasures().size(), again.measuresUnchanged());
		assertFalse(again.changesModel() || observedAgain.changesModel());
		assertArrayEquals(before, Files.readAllBytes(model));
	}

	@ParameterizedTest
	@ValueSource(strings = { "csv", "xlsx" })
	void exportThenImportGivesAnEqualModel(String extension) throws Exception {
		exportImportAndCompare(Fixtures.savedPartnership(folder), extension);
	}

	@ParameterizedTest
	@ValueSource(strings = { "csv", "xlsx" })
	void theMidAndSouthEssexMeasuresRoundTrip(String extension) throws Exception {
		Path sample = folder.resolve(MID_AND_SOUTH_ESSEX);
		Files.copy(samples().resolve(MID_AND_SOUTH_ESSEX), sample);
		assertEquals(10, files.load(sample).getMeasures().size());

		exportImportAndCompare(sample, extension);
	}

	@ParameterizedTest
	@ValueSource(strings = { "csv", "xlsx" })
	void wideObservationsRoundTrip(String extension) throws Exception {
		Path model = Fixtures.savedPartnership(folder);
		PlacewiseModel original = files.load(model);
		Fixtures.observe(Fixtures.measure(original, Fixtures.DELAY_DAYS), "2024-04-14", "8.25");
		files.save(original, model);
		Path wide = folder.resolve("wide." + extension);
		assertEquals(4, ObservationExport.write(original, wide, ObservationExport.Layout.WIDE).observations());

		PlacewiseModel emptied = files.load(model);
		emptied.getMeasures().forEach(m -> m.getObservations().clear());
		Path rebuilt = folder.resolve("rebuilt.placewise");
		files.save(emptied, rebuilt);
		new ModelImport(files).run(rebuilt, wide, ModelImport.Kind.OBSERVATIONS, false);

		assertTrue(Fixtures.sameContent(original, files.load(rebuilt)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "measures.txt", "measures" })
	void exportNeedsACsvOrXlsxFileName(String name) throws Exception {
		PlacewiseModel model = Fixtures.partnership();

		ExportException failure = assertThrows(ExportException.class,
				() -> MeasureExport.write(model, folder.resolve(name)));

		assertTrue(failure.getMessage().contains("must end in .csv or .xlsx"), failure.getMessage());
	}

	private static Path samples() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve("samples/README.md"))) {
				return dir.resolve("samples");
			}
		}
		throw new IllegalStateException("No samples/README.md above " + Path.of("").toAbsolutePath());
	}
}
