package org.placewise.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placewise.model.core.CoreFactory;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.footprint.FootprintFactory;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.GovernanceFactory;

class ModelFilesTest {

	private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
	private static final String OPEN = "<core:PlacewiseModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
			+ " xmlns:core=\"http://placewise.org/model/1.0/core\" id=\"m1\" name=\"Test\">\n";
	private static final String CLOSE = "</core:PlacewiseModel>\n";

	@TempDir
	Path folder;

	private final ModelFiles files = new ModelFiles();

	private Path write(String name, String content) throws IOException {
		Path file = folder.resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	private ModelFileException loadFails(Path file) {
		return assertThrows(ModelFileException.class, () -> files.load(file));
	}

	private static PlacewiseModel smallModel() {
		PlacewiseModel model = CoreFactory.eINSTANCE.createPlacewiseModel();
		model.setName("Exampletown");
		Footprint place = FootprintFactory.eINSTANCE.createFootprint();
		place.setName("Exampletown");
		place.setPopulation(300_000L);
		model.getFootprints().add(place);
		Board board = GovernanceFactory.eINSTANCE.createBoard();
		board.setName("ICB Board");
		Board committee = GovernanceFactory.eINSTANCE.createBoard();
		committee.setName("Place Committee");
		model.getBoards().add(board);
		model.getBoards().add(committee);
		Delegation delegation = GovernanceFactory.eINSTANCE.createDelegation();
		delegation.setDelegator(board);
		delegation.setDelegate(committee);
		delegation.setFinancialLimit(new BigDecimal("5000000"));
		model.getDelegations().add(delegation);
		return model;
	}

	@Test
	void aValidFileLoads() throws Exception {
		Path file = write("ok.placewise",
				HEAD + OPEN + "  <footprints id=\"f1\" name=\"Bolton\" kind=\"place\"/>\n" + CLOSE);
		PlacewiseModel model = files.load(file);
		assertEquals("Bolton", model.getFootprints().get(0).getName());
	}

	@Test
	void externalEntityIsRefused() throws IOException {
		Path secret = write("secret.txt", "top secret");
		Path file = write("xxe.placewise", HEAD + "<!DOCTYPE core:PlacewiseModel [<!ENTITY xxe SYSTEM \""
				+ secret.toUri() + "\">]>\n" + OPEN.replace("name=\"Test\"", "name=\"&xxe;\"") + CLOSE);
		ModelFileException e = loadFails(file);
		assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
		assertTrue(e.getMessage().contains("document type (DOCTYPE)"), e.getMessage());
		assertTrue(e.getMessage().contains("line 2"), e.getMessage());
		assertFalse(e.getMessage().contains("top secret"));
	}

	@Test
	void entityExpansionBombIsRefused() throws IOException {
		StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
		for (int i = 1; i <= 9; i++) {
			dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
					.append("\">");
		}
		dtd.append("]>\n");
		Path file = write("laughs.placewise", HEAD + dtd + OPEN.replace("name=\"Test\"", "name=\"&lol9;\"") + CLOSE);
		ModelFileException e = loadFails(file);
		assertTrue(e.getMessage().contains("billion laughs"), e.getMessage());
		assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
	}

	@Test
	void malformedXmlNamesLineAndColumn() throws IOException {
		Path file = write("malformed.placewise", HEAD + OPEN + "  <footprints id=\"f1\" name=\"Bolton\">\n" + CLOSE);
		ModelFileException e = loadFails(file);
		assertTrue(e.getMessage().contains("not well-formed XML"), e.getMessage());
		assertTrue(e.getMessage().contains("line 4, column"), e.getMessage());
	}

	@Test
	void unknownTypeIsNamed() throws IOException {
		Path file = write("unknown-type.placewise", HEAD + OPEN.replace("core:PlacewiseModel", "core:Spaceship")
				+ CLOSE.replace("core:PlacewiseModel", "core:Spaceship"));
		ModelFileException e = loadFails(file);
		assertTrue(e.getMessage().contains("unknown type 'Spaceship'"), e.getMessage());
		assertTrue(e.getMessage().contains("line 2"), e.getMessage());
	}

	@Test
	void unknownFeatureIsNamed() throws IOException {
		Path file = write("unknown-feature.placewise",
				HEAD + OPEN + "  <footprints id=\"f1\" colour=\"blue\"/>\n" + CLOSE);
		ModelFileException e = loadFails(file);
		assertTrue(e.getMessage().contains("unknown feature 'colour' on Footprint"), e.getMessage());
		assertTrue(e.getMessage().contains("line 3"), e.getMessage());
	}

	@Test
	void danglingReferenceIsNamed() throws IOException {
		Path file = write("dangling.placewise", HEAD + OPEN
				+ "  <boards id=\"b1\" name=\"Place Committee\" reportsTo=\"no-such-board\"/>\n" + CLOSE);
		ModelFileException e = loadFails(file);
		assertTrue(e.getMessage().contains("'no-such-board'"), e.getMessage());
		assertTrue(e.getMessage().contains("dangling reference"), e.getMessage());
	}

	@Test
	void referenceToAnotherFileIsNamedWithTheObject() throws IOException {
		Path file = write("elsewhere.placewise", HEAD + OPEN
				+ "  <boards id=\"b1\" name=\"Place Committee\"><reportsTo href=\"other.placewise#b9\"/></boards>\n"
				+ CLOSE);
		ModelFileException e = loadFails(file);
		assertTrue(e.getMessage().contains("Board 'Place Committee' (id b1) refers in 'reportsTo'"), e.getMessage());
		assertTrue(e.getMessage().contains("not in this file"), e.getMessage());
	}

	@Test
	void truncatedFileIsReportedAsTruncated() throws IOException {
		String whole = Files.readString(saveSmallModel("whole.placewise"));
		Path file = write("truncated.placewise", whole.substring(0, whole.length() / 2));
		ModelFileException e = loadFails(file);
		assertTrue(e.getMessage().contains("truncated"), e.getMessage());
		assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
	}

	@Test
	void emptyFileIsReportedAsEmpty() throws IOException {
		Path file = write("empty.placewise", "");
		ModelFileException e = loadFails(file);
		assertTrue(e.getMessage().contains("empty (0 bytes)"), e.getMessage());
	}

	@Test
	void missingFileIsReported() {
		ModelFileException e = loadFails(folder.resolve("absent.placewise"));
		assertTrue(e.getMessage().contains("no such file"), e.getMessage());
	}

	@Test
	void duplicateIdsAreReported() throws IOException {
		Path file = write("twins.placewise", HEAD + OPEN + "  <footprints id=\"f1\" name=\"A\"/>\n"
				+ "  <footprints id=\"f1\" name=\"B\"/>\n" + CLOSE);
		ModelFileException e = loadFails(file);
		assertTrue(e.getMessage().contains("have the same id 'f1'"), e.getMessage());
	}

	private Path saveSmallModel(String name) throws IOException {
		Path file = folder.resolve(name);
		try {
			files.save(smallModel(), file);
		} catch (ModelFileException e) {
			throw new IOException(e);
		}
		return file;
	}

	@Test
	void savedModelLoadsEqualAndSavesToTheSameBytes() throws Exception {
		PlacewiseModel model = smallModel();
		Path first = folder.resolve("first.placewise");
		files.save(model, first);
		PlacewiseModel loaded = files.load(first);
		assertTrue(EcoreUtil.equals(model, loaded));
		Path second = folder.resolve("second.placewise");
		files.save(loaded, second);
		assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
	}

	@Test
	void failureDuringSaveLeavesThePreviousFileByteIdentical() throws Exception {
		Path file = folder.resolve("model.placewise");
		PlacewiseModel model = smallModel();
		files.save(model, file);
		byte[] before = Files.readAllBytes(file);
		model.setName("Renamed before the disk fails");
		ModelFiles failingDisk = new ModelFiles(out -> new FilterOutputStream(out) {
			private int written;

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				// Write part of the data, then fail as a full or failing disk would.
				int half = Math.max(1, len / 2);
				out.write(b, off, half);
				written += half;
				throw new IOException("No space left on device (simulated after " + written + " bytes)");
			}
		});
		ModelFileException e = assertThrows(ModelFileException.class, () -> failingDisk.save(model, file));
		assertTrue(e.getMessage().contains("previous version of the file is unchanged"), e.getMessage());
		assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
		assertArrayEquals(before, Files.readAllBytes(file));
		try (Stream<Path> left = Files.list(folder)) {
			assertEquals(1, left.count(), "no temporary files are left behind");
		}
	}

	@Test
	void savingOverAFileKeepsOneBackupOfThePreviousVersion() throws Exception {
		Path file = folder.resolve("model.placewise");
		PlacewiseModel model = smallModel();
		files.save(model, file);
		byte[] first = Files.readAllBytes(file);
		model.setName("Second version");
		files.save(model, file);
		byte[] second = Files.readAllBytes(file);
		assertArrayEquals(first, Files.readAllBytes(ModelFiles.backupOf(file)));
		model.setName("Third version");
		files.save(model, file);
		assertArrayEquals(second, Files.readAllBytes(ModelFiles.backupOf(file)));
		try (Stream<Path> left = Files.list(folder)) {
			assertEquals(2, left.count(), "the model and exactly one backup");
		}
	}

	@Test
	void unreadableTruncatedFilePointsToTheBackup() throws Exception {
		Path file = folder.resolve("model.placewise");
		PlacewiseModel model = smallModel();
		files.save(model, file);
		files.save(model, file);
		Files.write(file, new byte[0]);
		ModelFileException e = loadFails(file);
		assertTrue(e.getMessage().contains(ModelFiles.backupOf(file).toString()), e.getMessage());
	}
}
