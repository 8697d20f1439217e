package org.placewise.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placewise.model.core.CoreFactory;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.footprint.FootprintFactory;

/**
 * Saving keeps a file's permissions; opening checks references and ids in one pass and still reports every kind of
 * problem.
 */
class ModelFilesPermissionsAndChecksTest {

	private static final String OPEN = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<core:PlacewiseModel"
			+ " xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
			+ " xmlns:core=\"http://placewise.org/model/1.0/core\" id=\"m1\" name=\"Test\">\n";
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

	/**
	 * @return whether the file system has POSIX permissions (Linux, macOS: where the build runs); elsewhere there is
	 *         nothing to keep, so the permission tests have nothing to check
	 */
	private boolean posix() {
		return Files.getFileAttributeView(folder, PosixFileAttributeView.class) != null;
	}

	private static Set<PosixFilePermission> permissions(Path file) throws IOException {
		return Files.getPosixFilePermissions(file);
	}

	@Test
	void savingOverAFileKeepsItsPermissionsAndTheBackupGetsThemToo() throws Exception {
		if (!posix()) {
			return;
		}
		Path file = folder.resolve("shared.placewise");
		files.save(model("First"), file);
		Set<PosixFilePermission> groupReadable = PosixFilePermissions.fromString("rw-r-----");
		Files.setPosixFilePermissions(file, groupReadable);

		files.save(model("Second"), file);

		assertEquals(groupReadable, permissions(file));
		assertEquals(groupReadable, permissions(ModelFiles.backupOf(file)));
		assertEquals("Second", files.load(file).getName());
	}

	@Test
	void savingOverAWorldReadableFileDoesNotMakeItPrivate() throws Exception {
		if (!posix()) {
			return;
		}
		Path file = folder.resolve("public.placewise");
		Files.writeString(file, OPEN + CLOSE, StandardCharsets.UTF_8);
		Set<PosixFilePermission> worldReadable = PosixFilePermissions.fromString("rw-rw-r--");
		Files.setPosixFilePermissions(file, worldReadable);

		files.save(model("Public"), file);

		assertEquals(worldReadable, permissions(file));
	}

	@Test
	void aNewFileGetsTheSameDefaultPermissionsAsAnyNewFileInItsFolder() throws Exception {
		if (!posix()) {
			return;
		}
		Path ordinary = Files.createFile(folder.resolve("ordinary.txt"));
		Path file = folder.resolve("new.placewise");

		files.save(model("New"), file);

		assertEquals(permissions(ordinary), permissions(file));
		assertTrue(permissions(file).contains(PosixFilePermission.OWNER_READ));
	}

	@Test
	void savingLeavesNoTemporaryFilesBehind() throws Exception {
		Path file = folder.resolve("tidy.placewise");
		files.save(model("One"), file);
		files.save(model("Two"), file);
		try (var listed = Files.list(folder)) {
			assertEquals(Set.of("tidy.placewise", "tidy.placewise.bak"),
					listed.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet()));
		}
	}

	@Test
	void aReferenceToAnotherFileAndTwinIdsAreBothReported() throws IOException {
		Path file = folder.resolve("both.placewise");
		Files.writeString(file, OPEN
				+ "  <boards id=\"b1\" name=\"Place Committee\"><reportsTo href=\"other.placewise#b9\"/></boards>\n"
				+ "  <footprints id=\"f1\" name=\"A\"/>\n  <footprints id=\"f1\" name=\"B\"/>\n" + CLOSE,
				StandardCharsets.UTF_8);
		ModelFileException e = assertThrows(ModelFileException.class, () -> files.load(file));
		assertTrue(e.getMessage().contains("2 references or identities are broken"), e.getMessage());
		assertTrue(e.getMessage().contains("Board 'Place Committee' (id b1) refers in 'reportsTo' to "),
				e.getMessage());
		assertTrue(e.getMessage().contains("have the same id 'f1'"), e.getMessage());
	}

	@Test
	void threeObjectsSharingAnIdGiveTwoProblemsNamingBothNames() throws IOException {
		Path file = folder.resolve("triplets.placewise");
		Files.writeString(file, OPEN + "  <footprints id=\"f1\" name=\"A\"/>\n  <footprints id=\"f1\" name=\"B\"/>\n"
				+ "  <footprints id=\"f1\" name=\"C\"/>\n  <footprints id=\"f2\" name=\"D\"/>\n" + CLOSE,
				StandardCharsets.UTF_8);
		ModelFileException e = assertThrows(ModelFileException.class, () -> files.load(file));
		assertTrue(e.getMessage().contains("2 references or identities are broken"), e.getMessage());
		for (String name : new String[] { "'A'", "'B'", "'C'" }) {
			assertTrue(e.getMessage().contains(name), e.getMessage());
		}
		assertTrue(!e.getMessage().contains("'D'"), e.getMessage());
	}

	@Test
	void anIdUsedByAReferenceAndByTwoObjectsIsStillReportedAsTwins() throws IOException {
		// The reference makes loading fill the resource's id index before the check runs.
		Path file = folder.resolve("referenced-twins.placewise");
		Files.writeString(file, OPEN + "  <boards id=\"b1\" name=\"ICB Board\"/>\n"
				+ "  <boards id=\"b1\" name=\"Place Committee\" reportsTo=\"b1\"/>\n" + CLOSE, StandardCharsets.UTF_8);
		ModelFileException e = assertThrows(ModelFileException.class, () -> files.load(file));
		assertTrue(e.getMessage().contains("have the same id 'b1'"), e.getMessage());
	}

	@Test
	void anIdReferenceWrittenAsAUriToAnotherFileIsReported() throws IOException {
		Path file = folder.resolve("uri-id.placewise");
		Files.writeString(file,
				OPEN + "  <boards id=\"b1\" name=\"Place Committee\" reportsTo=\"other.placewise#b9\"/>\n"
						+ CLOSE,
				StandardCharsets.UTF_8);
		ModelFileException e = assertThrows(ModelFileException.class, () -> files.load(file));
		assertTrue(e.getMessage().contains("one reference or identity is broken"), e.getMessage());
		assertTrue(e.getMessage().contains("other.placewise#b9, which is not in this file"), e.getMessage());
	}

	@Test
	void aUriReferenceWithinTheSameFileIsNotAProblem() throws Exception {
		Path file = folder.resolve("same.placewise");
		Files.writeString(file, OPEN + "  <boards id=\"b1\" name=\"ICB Board\"/>\n"
				+ "  <boards id=\"b2\" name=\"Place Committee\"><reportsTo href=\"#b1\"/></boards>\n" + CLOSE,
				StandardCharsets.UTF_8);
		PlacewiseModel model = files.load(file);
		assertEquals("ICB Board", model.getBoards().get(1).getReportsTo().getName());
	}
}
