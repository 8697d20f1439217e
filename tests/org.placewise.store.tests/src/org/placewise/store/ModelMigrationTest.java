package org.placewise.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.organisation.Organisation;

/** Files written by version 1 of the format open, migrated, and the user is told; newer files are refused. */
class ModelMigrationTest {

	private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
	private static final String NAMESPACES = "xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
			+ " xmlns:core=\"http://placewise.org/model/1.0/core\""
			+ " xmlns:organisation=\"http://placewise.org/model/1.0/organisation\""
			+ " xmlns:footprint=\"http://placewise.org/model/1.0/footprint\""
			+ " xmlns:governance=\"http://placewise.org/model/1.0/governance\"";

	/** A version 1 file: no formatVersion, a CCG, localities and neighbourhoods side by side, an unkinded limit. */
	private static final String VERSION_1 = HEAD + "<core:PlacewiseModel " + NAMESPACES + " id=\"m\" name=\"Old\">\n"
			+ "  <footprints id=\"p\" name=\"Bradford\" kind=\"place\" population=\"600000\">\n"
			+ "    <children id=\"l1\" name=\"Locality 1\" kind=\"locality\" population=\"300000\"/>\n"
			+ "    <children id=\"l2\" name=\"Locality 2\" kind=\"locality\" population=\"300000\"/>\n"
			+ "    <children id=\"n1\" name=\"Community partnership 1\" kind=\"neighbourhood\" population=\"40000\"/>\n"
			+ "  </footprints>\n"
			+ "  <organisations id=\"ccg\" name=\"Bolton CCG\" kind=\"clinical-commissioning-group\"/>\n"
			+ "  <organisations id=\"c\" name=\"Bolton Council\" kind=\"local-authority\"/>\n"
			+ "  <boards id=\"b1\" name=\"ICB Board\"/>\n"
			+ "  <boards id=\"b2\" name=\"Place committee\" kind=\"committees-in-common\"/>\n"
			+ "  <delegations id=\"d\" name=\"Discharge fund\" delegator=\"b1\" delegate=\"b2\" financialLimit=\"2000000\"/>\n"
			+ "</core:PlacewiseModel>\n";

	@TempDir
	Path folder;

	private final ModelFiles files = new ModelFiles();

	private Path write(String name, String content) throws IOException {
		Path file = folder.resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	@Test
	void aVersion1FileOpensMigratedAndSaysWhatChanged() throws Exception {
		Path file = write("old.placewise", VERSION_1);

		PlacewiseModel model = files.load(file);

		assertEquals(2, model.getFormatVersion());
		ModelMigration.Result migration = ModelMigration.of(model).orElseThrow();
		assertEquals(1, migration.fromVersion());
		assertEquals(2, migration.toVersion());
		Organisation ccg = model.getOrganisations().get(0);
		assertEquals(LocalDate.of(2022, 7, 1), ccg.getAbolishedDate());
		assertNull(model.getOrganisations().get(1).getAbolishedDate(), "only CCGs were abolished");
		Footprint place = model.getFootprints().get(0);
		assertFalse(place.getChildren().get(0).isOverlapsSiblings());
		assertTrue(place.getChildren().get(2).isOverlapsSiblings(), "a neighbourhood beside localities overlaps them");
		String message = migration.message("old.placewise");
		assertTrue(message.startsWith("old.placewise was written by an earlier version of Placewise (file format"
				+ " version 1) and has been brought up to version 2."), message);
		assertTrue(message.contains("1 clinical commissioning group ('Bolton CCG') recorded as abolished on 1 July"
				+ " 2022"), message);
		assertTrue(message.contains("1 neighbourhood ('Community partnership 1')"), message);
		assertTrue(message.contains("1 delegation ('Discharge fund') with a financial limit that does not say"),
				message);
		assertTrue(message.contains("1 committees-in-common board ('Place committee')"), message);
		assertTrue(model.eResource().isModified(), "the migrated model differs from its file until saved");
	}

	@Test
	void theFileIsUnchangedUntilSavedAndThenWritesVersion2() throws Exception {
		Path file = write("old.placewise", VERSION_1);

		PlacewiseModel model = files.load(file);
		assertEquals(VERSION_1, Files.readString(file), "opening never writes");
		files.save(model, file);

		String saved = Files.readString(file);
		assertTrue(saved.contains("formatVersion=\"2\""), saved);
		assertTrue(saved.contains("abolishedDate=\"2022-07-01\""), saved);
		PlacewiseModel again = files.load(file);
		assertTrue(ModelMigration.of(again).isEmpty(), "a version 2 file needs no migration");
	}

	@Test
	void aVersion2FileIsNotMigratedAgain() throws Exception {
		Path file = write("new.placewise", VERSION_1.replace("id=\"m\" name=\"Old\"",
				"id=\"m\" name=\"Old\" formatVersion=\"2\""));

		PlacewiseModel model = files.load(file);

		assertTrue(ModelMigration.of(model).isEmpty());
		assertNull(model.getOrganisations().get(0).getAbolishedDate(), "a version 2 file says what it means");
		assertFalse(model.eResource().isModified());
	}

	@Test
	void aFileFromANewerPlacewiseIsRefusedNamingBothVersions() throws Exception {
		Path file = write("future.placewise", VERSION_1.replace("id=\"m\" name=\"Old\"",
				"id=\"m\" name=\"Old\" formatVersion=\"3\""));

		ModelFileException refused = assertThrows(ModelFileException.class, () -> files.load(file));

		assertTrue(refused.getMessage().contains("written by a newer version of Placewise (file format version 3)"),
				refused.getMessage());
		assertTrue(refused.getMessage().contains("reads files up to version 2"), refused.getMessage());
	}

	@Test
	void aNewModelIsSavedInTheCurrentVersion() throws Exception {
		PlacewiseModel model = org.placewise.model.core.CoreFactory.eINSTANCE.createPlacewiseModel();
		model.setName("New");
		Path file = folder.resolve("new.placewise");

		files.save(model, file);

		assertTrue(Files.readString(file).contains("formatVersion=\"2\""));
	}
}
