package org.placewise.cli.internal.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placewise.cli.internal.ExitCode;
import org.placewise.cli.internal.PlacewiseCommandLine;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.GovernanceFactory;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.MeasuresFactory;
import org.placewise.model.measures.Observation;
import org.placewise.store.ModelFiles;

/** {@code placewise changes} on the Exampleshire sample, edited and saved the way a user would. */
class ChangesCommandTest {

	private static final Path EXAMPLESHIRE = Path.of("../../samples/exampleshire-scheme-of-delegation.placewise");

	@TempDir
	Path temp;

	private final StringWriter out = new StringWriter();
	private final StringWriter err = new StringWriter();

	private int run(String... args) {
		String[] withCommand = new String[args.length + 1];
		withCommand[0] = "changes";
		System.arraycopy(args, 0, withCommand, 1, args.length);
		return new PlacewiseCommandLine(new PrintWriter(out), new PrintWriter(err), temp.resolve("cli.log"))
				.run(withCommand);
	}

	/** Raises the discharge fund, adds a committee member's worth of quorum and one week's delay figure, and saves. */
	private Path editedCopy() throws Exception {
		Path file = temp.resolve("exampleshire.placewise");
		Files.copy(EXAMPLESHIRE, file);
		ModelFiles files = new ModelFiles();
		PlacewiseModel model = files.load(file);
		Delegation discharge = model.getDelegations().stream().filter(d -> d.getName().equals("Discharge fund"))
				.findFirst().orElseThrow();
		discharge.setFinancialLimit(new BigDecimal("2500000"));
		Board committee = model.getBoards().stream().filter(b -> b.getName().equals("Exampletown Place Committee"))
				.findFirst().orElseThrow();
		committee.setQuorum(4);
		Measure delays = model.getMeasures().get(0);
		Observation week = MeasuresFactory.eINSTANCE.createObservation();
		week.setObservedOn(LocalDate.of(2024, 6, 3));
		week.setObservedValue(new BigDecimal("9.1"));
		delays.getObservations().add(week);
		files.save(model, file);
		return file;
	}

	/** Says the backup was saved on 30 Nov 2026, so the heading's date is known. */
	private static void savedOn30November(Path file) throws Exception {
		Files.setLastModifiedTime(file, FileTime.from(
				LocalDate.of(2026, 11, 30).atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant()));
	}

	@Test
	void changesSinceTheBackupAreListedByArea() throws Exception {
		Path file = editedCopy();
		savedOn30November(ModelFiles.backupOf(file));

		assertEquals(ExitCode.OK, run(file.toString()));

		assertEquals("Changes to exampleshire.placewise since exampleshire.placewise.bak, saved 30 Nov 2026\n"
				+ "Scheme of delegation: 1 changed, 0 added, 0 removed; boards: 1 changed, 0 added, 0 removed;"
				+ " measures: 0 changed, 0 added, 0 removed; 1 new observation, 0 removed.\n"
				+ "\n"
				+ "Scheme of delegation\n"
				+ "  Changed: Delegation 'Discharge fund' (Exampletown Place Committee \u2192 Exampletown place lead)\n"
				+ "    Financial limit: £2,000,000 \u2192 £2,500,000\n"
				+ "\n"
				+ "Boards\n"
				+ "  Changed: Board 'Exampletown Place Committee'\n"
				+ "    Quorum: 3 \u2192 4\n"
				+ "\n"
				+ "Measures\n"
				+ "  Measure 'Average delay days': 1 observation added\n", out.toString());
	}

	@Test
	void addedAndRemovedObjectsAndYesNoValuesAreWorded() throws Exception {
		Path file = temp.resolve("exampleshire.placewise");
		Files.copy(EXAMPLESHIRE, file);
		ModelFiles files = new ModelFiles();
		PlacewiseModel model = files.load(file);
		Delegation discharge = model.getDelegations().stream().filter(d -> d.getName().equals("Discharge fund"))
				.findFirst().orElseThrow();
		boolean onward = discharge.isOnwardDelegationAllowed();
		discharge.setOnwardDelegationAllowed(!onward);
		Delegation winter = GovernanceFactory.eINSTANCE.createDelegation();
		winter.setId("winter-pressures");
		winter.setName("Winter pressures");
		winter.setDelegator(discharge.getDelegator());
		winter.setDelegate(discharge.getDelegate());
		model.getDelegations().add(winter);
		files.save(model, file);

		assertEquals(ExitCode.OK, run(file.toString()));

		String text = out.toString();
		assertTrue(text.contains("\nScheme of delegation: 1 changed, 1 added, 0 removed; "), text);
		assertTrue(
				text.contains("    Onward delegation allowed: " + (onward ? "yes \u2192 no" : "no \u2192 yes") + "\n"),
				text);
		assertTrue(text.contains("  Added: Delegation 'Winter pressures' (Exampletown Place Committee \u2192"
				+ " Exampletown place lead)\n"), text);

		out.getBuffer().setLength(0);
		assertEquals(ExitCode.OK, run(EXAMPLESHIRE.toString(), "--against", file.toString()));
		assertTrue(out.toString().contains("  Removed: Delegation 'Winter pressures' (Exampletown Place Committee"
				+ " \u2192 Exampletown place lead)\n"), out.toString());
	}

	@Test
	void aMalformedEarlierFileIsABadInputNamingIt() throws Exception {
		Path broken = temp.resolve("broken.placewise");
		Files.writeString(broken, "<placewise:PlacewiseModel this is not a model");

		assertEquals(ExitCode.BAD_INPUT, run(EXAMPLESHIRE.toString(), "--against", broken.toString()));

		assertTrue(err.toString().contains("Cannot open " + broken + ": line 1, column "), err.toString());
		assertTrue(err.toString().contains("not well-formed"), err.toString());
		assertEquals("", out.toString());
	}

	@Test
	void againstAnotherFileComparesWithIt() throws Exception {
		Path file = editedCopy();

		assertEquals(ExitCode.OK, run(EXAMPLESHIRE.toString(), "--against", file.toString()));

		assertTrue(out.toString().contains("    Financial limit: £2,500,000 \u2192 £2,000,000\n"), out.toString());
		assertTrue(out.toString().contains("  Measure 'Average delay days': 1 observation removed\n"), out.toString());
	}

	@Test
	void theSameFileHasNoChanges() {
		assertEquals(ExitCode.OK, run(EXAMPLESHIRE.toString(), "--against", EXAMPLESHIRE.toString()));

		assertTrue(out.toString().endsWith("\nNo changes in the scheme of delegation, boards or measures.\n"),
				out.toString());
	}

	@Test
	void withoutABackupTheUserIsToldToGiveAFile() throws Exception {
		Path file = temp.resolve("never-saved.placewise");
		Files.copy(EXAMPLESHIRE, file);

		assertEquals(ExitCode.BAD_INPUT, run(file.toString()));

		assertTrue(err.toString().contains("no earlier version to compare with: " + file + ".bak does not exist"),
				err.toString());
	}

	@Test
	void sinceIsForASharedModelAndSaysWhatItTakes() {
		assertEquals(ExitCode.BAD_INPUT, run(EXAMPLESHIRE.toString(), "--since", "2026-01-01"));
		assertTrue(err.toString().contains("--since takes a date or commit of a shared repository model"),
				err.toString());

		String shared = "cdo://alice@127.0.0.1:1/placewise/exampleshire/scheme";
		assertEquals(ExitCode.BAD_INPUT, run(shared));
		assertTrue(err.toString().contains("for a shared repository model, say since when: --since DATE"),
				err.toString());
		assertEquals(ExitCode.BAD_INPUT, run(shared, "--since", "last-tuesday"));
		assertTrue(err.toString().contains("--since takes a date (YYYY-MM-DD) or a commit number"), err.toString());
	}
}
