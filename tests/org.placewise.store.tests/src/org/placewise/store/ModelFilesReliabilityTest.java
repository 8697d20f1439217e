package org.placewise.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placewise.model.core.CoreFactory;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.footprint.FootprintFactory;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.MeasuresFactory;
import org.placewise.model.measures.Observation;

/**
 * Issue 19, defects 2, 3, 4 and 12 (and 10 and 11 as far as saving is concerned): what saving and opening do when the
 * file is not what it seems, when two writers race, when a save was killed, and when the model in memory would not open
 * again.
 */
class ModelFilesReliabilityTest {

	private static final String OPEN = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<core:PlacewiseModel"
			+ " xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
			+ " xmlns:core=\"http://placewise.org/model/1.0/core\" id=\"root\" name=\"Test\">\n";
	private static final String CLOSE = "</core:PlacewiseModel>\n";

	@TempDir
	Path folder;

	private final ModelFiles files = new ModelFiles();

	private static PlacewiseModel model(String name) {
		PlacewiseModel model = CoreFactory.eINSTANCE.createPlacewiseModel();
		model.setName(name);
		Footprint place = FootprintFactory.eINSTANCE.createFootprint();
		place.setName(name);
		model.getFootprints().add(place);
		return model;
	}

	private boolean posix() {
		return Files.getFileAttributeView(folder, PosixFileAttributeView.class) != null;
	}

	private Path write(String name, String content) throws IOException {
		Path file = folder.resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	// 4. Containment cycles

	@Test
	void aFootprintHoldingItsOwnParentByLinkIsRefusedNamingTheLoop() throws IOException {
		Path file = write("cycle.placewise", OPEN + "  <footprints id=\"f1\" name=\"Wigan\">\n"
				+ "    <children id=\"f2\" name=\"Pemberton\">\n      <children href=\"#f1\"/>\n    </children>\n"
				+ "  </footprints>\n" + CLOSE);
		ModelFileException e = assertThrows(ModelFileException.class, () -> files.load(file));
		assertTrue(e.getMessage().contains("objects contain each other in a loop"), e.getMessage());
		assertTrue(e.getMessage().contains("Footprint 'Wigan' (id f1)"), e.getMessage());
		assertTrue(e.getMessage().contains("Footprint 'Pemberton' (id f2)"), e.getMessage());
	}

	@Test
	void aFootprintHoldingItselfByLinkIsRefused() throws IOException {
		Path file = write("self.placewise", OPEN + "  <footprints id=\"f1\" name=\"Wigan\">\n"
				+ "    <children href=\"#f1\"/>\n  </footprints>\n" + CLOSE);
		ModelFileException e = assertThrows(ModelFileException.class, () -> files.load(file));
		assertTrue(e.getMessage().contains("loop (Footprint 'Wigan' (id f1)"), e.getMessage());
	}

	@Test
	void aLinkToTheModelInsideAFootprintIsRefusedNamingBoth() throws IOException {
		Path file = write("root.placewise", OPEN + "  <footprints id=\"f1\" name=\"Wigan\">\n"
				+ "    <children href=\"#root\"/>\n  </footprints>\n" + CLOSE);
		ModelFileException e = assertThrows(ModelFileException.class, () -> files.load(file));
		assertTrue(e.getMessage().contains("Footprint 'Wigan' (id f1) cannot hold PlacewiseModel 'Test' (id root) in"
				+ " 'children'"), e.getMessage());
	}

	@Test
	void objectsMadeToContainEachOtherByIdAreRefusedNamingTheLoop() throws IOException {
		Path file = write("loop.placewise", OPEN + "  <footprints id=\"f1\" name=\"Bolton\">\n"
				+ "    <children id=\"f2\" name=\"Farnworth\" children=\"f1\"/>\n  </footprints>\n" + CLOSE);
		ModelFileException e = assertThrows(ModelFileException.class, () -> files.load(file));
		assertTrue(e.getMessage().contains("Footprint 'Bolton' (id f1)"), e.getMessage());
	}

	@Test
	void aModelWithAControlCharacterIsNotSavedAndTheMessageShowsItEscaped() throws Exception {
		Path file = folder.resolve("kept.placewise");
		files.save(model("Kept"), file);
		byte[] before = Files.readAllBytes(file);
		PlacewiseModel model = files.load(file);
		// Neither NUL nor ESC can be written in XML 1.0: the file could never be opened again.
		model.getFootprints().get(0).setName("Bad\u001B[31mname\u0000");

		ModelFileException e = assertThrows(ModelFileException.class, () -> files.save(model, file));

		assertTrue(e.getMessage().contains("\\u001B") || e.getMessage().contains("\\u0000"), e.getMessage());
		assertTrue(e.getMessage().chars().noneMatch(c -> c < 0x20), e.getMessage());
		assertArrayEquals(before, Files.readAllBytes(file));
	}

	@Test
	void aNonFiniteObservationIsNeverSaved() throws Exception {
		Path file = folder.resolve("observed.placewise");
		PlacewiseModel model = model("Observed");
		Measure measure = MeasuresFactory.eINSTANCE.createMeasure();
		measure.setName("Delayed discharges");
		Observation observation = MeasuresFactory.eINSTANCE.createObservation();
		observation.setObservedOn(LocalDate.of(2025, 1, 6));
		observation.setObservedValue(new BigDecimal("1e400"));
		measure.getObservations().add(observation);
		model.getMeasures().add(measure);

		ModelFileException e = assertThrows(ModelFileException.class, () -> files.save(model, file));

		assertTrue(e.getMessage().contains("could not be opened again"), e.getMessage());
		assertTrue(e.getMessage().contains("1E+400"), e.getMessage());
		assertFalse(Files.exists(file));
	}

	// 2. What a save may replace

	@Test
	void savingThroughASymbolicLinkReplacesItsTargetAndKeepsTheLink() throws Exception {
		Path real = folder.resolve("real.placewise");
		files.save(model("First"), real);
		Path link = Files.createSymbolicLink(folder.resolve("link.placewise"), real.getFileName());

		files.save(model("Second"), link);

		assertTrue(Files.isSymbolicLink(link));
		assertEquals("Second", files.load(real).getName());
		assertEquals("First", files.load(ModelFiles.backupOf(real)).getName());
		assertFalse(Files.exists(ModelFiles.backupOf(link), LinkOption.NOFOLLOW_LINKS));
	}

	@Test
	void aLinkToAFileNotYetWrittenCreatesThatFile() throws Exception {
		Path real = folder.resolve("later.placewise");
		Path link = Files.createSymbolicLink(folder.resolve("link.placewise"), real.getFileName());

		files.save(model("New"), link);

		assertTrue(Files.isSymbolicLink(link));
		assertEquals("New", files.load(real).getName());
	}

	@Test
	void aNamedPipeIsRefusedAndLeftAPipe() throws Exception {
		Path fifo = folder.resolve("pipe.placewise");
		Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
		if (mkfifo.waitFor() != 0) {
			return; // no mkfifo here (not Linux or macOS): nothing to check
		}

		ModelFileException e = assertThrows(ModelFileException.class, () -> files.save(model("Piped"), fifo));

		assertTrue(e.getMessage().contains("a named pipe (FIFO), not a regular file"), e.getMessage());
		assertTrue(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS));
		assertFalse(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS));
	}

	@Test
	void aDeviceIsRecognisedAsOneWithoutBeingTouched() {
		Path device = Path.of("/dev/null");
		if (!Files.exists(device)) {
			return;
		}
		IOException e = assertThrows(IOException.class, () -> FileReplacement.refuseUnsafe(device));
		assertTrue(e.getMessage().contains("a character device, not a regular file"), e.getMessage());
	}

	@Test
	void aFolderIsRefused() throws Exception {
		Path inTheWay = Files.createDirectory(folder.resolve("folder.placewise"));
		ModelFileException e = assertThrows(ModelFileException.class, () -> files.save(model("X"), inTheWay));
		assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
		assertTrue(Files.isDirectory(inTheWay));
	}

	@Test
	void aReadOnlyModelIsNotOverwritten() throws Exception {
		if (!posix()) {
			return;
		}
		Path file = folder.resolve("frozen.placewise");
		files.save(model("First"), file);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
		byte[] before = Files.readAllBytes(file);

		ModelFileException e = assertThrows(ModelFileException.class, () -> files.save(model("Second"), file));

		assertTrue(e.getMessage().contains("is read-only (r--r--r--)"), e.getMessage());
		assertArrayEquals(before, Files.readAllBytes(file));
		assertFalse(Files.exists(ModelFiles.backupOf(file)));
	}

	// 3. Two writers

	@Test
	void aSecondWriterOfTheSameVersionIsRefusedAndTheFirstWriteIsKept() throws Exception {
		Path file = folder.resolve("shared.placewise");
		files.save(model("Original"), file);
		PlacewiseModel first = files.load(file);
		PlacewiseModel second = files.load(file);
		first.setName("First import");
		second.setName("Second import");

		files.save(first, file);
		assertTrue(files.changedOnDisk(second));
		ModelFileChangedException e = assertThrows(ModelFileChangedException.class, () -> files.save(second, file));

		assertTrue(e.getMessage().contains("has changed on disk since the model was opened"), e.getMessage());
		assertEquals("First import", files.load(file).getName());
		assertFalse(files.changedOnDisk(first));
	}

	@Test
	void aFileTouchedButNotChangedIsNotAChange() throws Exception {
		Path file = folder.resolve("touched.placewise");
		files.save(model("Same"), file);
		PlacewiseModel model = files.load(file);
		Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 60_000));

		assertFalse(files.changedOnDisk(model));
		model.setName("Changed here");
		files.save(model, file);
		assertEquals("Changed here", files.load(file).getName());
	}

	@Test
	void savingOverChangesIsAChoiceTheCallerMakes() throws Exception {
		Path file = folder.resolve("chosen.placewise");
		files.save(model("Original"), file);
		PlacewiseModel mine = files.load(file);
		files.save(model("Theirs"), file);
		mine.setName("Mine");

		files.saveOverChanges(mine, file);

		assertEquals("Mine", files.load(file).getName());
	}

	@Test
	void sameSizeChangesAreFoundByTheirContent() throws Exception {
		Path file = folder.resolve("same-size.placewise");
		files.save(model("AAAA"), file);
		PlacewiseModel model = files.load(file);
		String text = Files.readString(file, StandardCharsets.UTF_8).replace("AAAA", "BBBB");
		FileTime time = Files.getLastModifiedTime(file);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		Files.setLastModifiedTime(file, time);

		assertTrue(files.changedOnDisk(model));
		assertThrows(ModelFileChangedException.class, () -> files.save(model, file));
	}

	// 12. A killed save's temporary files

	@Test
	void theNextSaveRemovesTemporaryFilesAKilledSaveLeftOfItsOwnModel() throws Exception {
		Path file = folder.resolve("tidy.placewise");
		files.save(model("One"), file);
		write(".tidy.placewise.k3x9q2.tmp", "half a model");
		write(".tidy.placewise.7fz01.bak.tmp", "half a backup");
		write(".tidy.placewise.4485219931202.tmp", "what an export wrote with createTempFile");
		write(".other.placewise.k3x9q2.tmp", "another model's");
		write("notes.tmp", "not ours at all");

		files.save(model("Two"), file);

		try (var listed = Files.list(folder)) {
			assertEquals(Set.of("tidy.placewise", "tidy.placewise.bak", ".other.placewise.k3x9q2.tmp", "notes.tmp"),
					listed.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
		}
	}
}
