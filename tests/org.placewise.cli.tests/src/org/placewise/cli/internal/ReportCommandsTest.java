package org.placewise.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placewise.cli.internal.report.ReportCommand;
import org.placewise.cli.internal.report.SpcCommand;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.report.PackDiagrams;
import org.placewise.store.ModelFiles;

import picocli.CommandLine;

class ReportCommandsTest {

	private static final String EXAMPLESHIRE = "../../samples/exampleshire-scheme-of-delegation.placewise";
	private static final String GREATER_MANCHESTER = "../../samples/greater-manchester.placewise";
	private static final String TAMESIDE_ID = "976d8e30-a779-3cc4-b054-7634c83c7b09";
	private static final String BOLTON_ID = "b0acb4c6-103a-3b9a-b16e-100764942e1a";
	private static final String TAMESIDE = "id=\"" + TAMESIDE_ID + "\" name=\"Tameside\"";
	private static final String TAMESIDE_AS_BOLTON = "id=\"" + TAMESIDE_ID + "\" name=\"Bolton\"";
	private static final String EXCEEDS_LIMIT = "delegation.exceeds-delegator-limit";

	@TempDir
	Path temp;

	private final StringWriter out = new StringWriter();
	private final StringWriter err = new StringWriter();

	/** Runs a command the way {@code placewise} does, with the spc and report subcommands registered. */
	private int run(String... args) {
		PrintWriter output = new PrintWriter(out);
		PrintWriter errors = new PrintWriter(err);
		CommandLine commandLine = new PlacewiseCommandLine(output, errors, temp.resolve("cli.log")).newCommandLine();
		if (!commandLine.getSubcommands().containsKey("spc")) {
			commandLine.addSubcommand(new SpcCommand());
		}
		if (!commandLine.getSubcommands().containsKey("report")) {
			commandLine.addSubcommand(new ReportCommand(PackDiagrams.NONE));
		}
		// Settings made before a subcommand is added do not reach it, so they are made again.
		commandLine.setCaseInsensitiveEnumValuesAllowed(true);
		commandLine.setOut(output);
		commandLine.setErr(errors);
		int code = commandLine.execute(args);
		commandLine.getOut().flush();
		commandLine.getErr().flush();
		return code;
	}

	private void assertOneLineError(String expectedStart) {
		String message = err.toString();
		assertTrue(message.startsWith(expectedStart), message);
		assertEquals(1, message.lines().count(), message);
		assertFalse(message.contains("Exception"), message);
	}

	@Test
	void spcTextGivesMeanVariationAndAssuranceOfAMeasure() {
		int code = run("spc", EXAMPLESHIRE, "--measure", "average delay days");

		assertEquals(ExitCode.OK, code, err.toString());
		String text = out.toString();
		assertTrue(
				text.startsWith(
						"Average delay days (days)\n  Chart: run chart, 4 points, lower is better, target 8.4\n"),
				text);
		assertTrue(text.contains("mean 9.83"), text);
		assertTrue(text.contains("Variation of the latest point (2024-05-27): common cause variation"), text);
		assertTrue(text.contains("Assurance: no assurance"), text);
	}

	@Test
	void generateCopiesMakesOneModelOfSeveralThatTheReportCovers() throws Exception {
		Path model = temp.resolve("two-places.placewise");
		assertEquals(ExitCode.OK, run("generate", "--scale", "place", "--seed", "3", "--copies", "2", "-o",
				model.toString()), err.toString());
		assertTrue(out.toString().startsWith("Generated 2 copies of a place model from seeds 3 to 4: "),
				out.toString());
		assertTrue(out.toString().contains(", 2 integrated care systems."), out.toString());
		org.placewise.model.core.PlacewiseModel both = new org.placewise.store.ModelFiles().load(model);
		assertEquals(2, both.getFootprints().size(), "one integrated care system from each seed");
		Path pack = temp.resolve("pack");
		assertEquals(ExitCode.OK, run("report", model.toString(), "-o", pack.toString()), err.toString());
		// A page for every footprint of both copies.
		long footprints = 0;
		for (var all = both.eAllContents(); all.hasNext();) {
			if (all.next() instanceof org.placewise.model.footprint.Footprint) {
				footprints++;
			}
		}
		try (var files = Files.list(pack)) {
			assertEquals(footprints, files.filter(f -> f.getFileName().toString().startsWith("footprint-")).count());
		}

		err.getBuffer().setLength(0);
		assertEquals(ExitCode.BAD_INPUT, run("generate", "--scale", "place", "--copies", "0", "-o",
				temp.resolve("none.placewise").toString()));
		assertOneLineError("placewise generate: --copies must be a whole number from 1 to 16, not 0.");
		assertFalse(Files.exists(temp.resolve("none.placewise")));
	}

	@Test
	void spcSummarisesEachMeasureAndListsEveryPointWithDetails() {
		Path model = temp.resolve("place.placewise");
		assertEquals(ExitCode.OK, run("generate", "--scale", "place", "--seed", "3", "-o", model.toString()),
				err.toString());
		out.getBuffer().setLength(0);
		assertEquals(ExitCode.OK, run("spc", model.toString()), err.toString());
		String summary = out.toString();
		out.getBuffer().setLength(0);
		assertEquals(ExitCode.OK, run("spc", model.toString(), "--details"), err.toString());
		String details = out.toString();

		assertTrue(summary.matches("(?s)\\d+ measures by variation of the latest point and assurance:\n.*"), summary);
		assertTrue(summary.contains("\n  Common cause variation "), summary);
		assertTrue(summary.matches("(?s).*\n  Special-cause points: \\d+ points in \\d+ stretches\n.*"), summary);
		assertTrue(summary.contains(" points)  special cause"), summary);
		// Every flagged point has its own line with details: many more lines than the summary's stretches.
		assertTrue(details.lines().count() > summary.lines().count() + 100,
				details.lines().count() + " lines with details, " + summary.lines().count() + " without");
		assertTrue(details.matches("(?s).*\n    \\d{4}-\\d\\d-\\d\\d  [-0-9.]+ +special cause [^\n]*\n.*"), details);
	}

	@Test
	void spcJsonIsAnArrayWithOneObjectPerMeasure() {
		int code = run("spc", EXAMPLESHIRE, "--format", "JSON");

		assertEquals(ExitCode.OK, code, err.toString());
		String json = out.toString();
		assertTrue(json.startsWith("[\n  {\n"), json);
		assertTrue(json.endsWith("}\n]\n"), json);
		assertTrue(json.contains("\"measure\": \"Average delay days\""), json);
		assertTrue(json.contains("\"chartKind\": \"RUN_CHART\""), json);
		assertTrue(json.contains("\"direction\": \"LOWER_IS_BETTER\""), json);
	}

	@Test
	void spcOutcomesPrintsTheTreeWithEachStatusAndTheMeasuresBehindIt() {
		int code = run("spc", EXAMPLESHIRE, "--outcomes");

		assertEquals(ExitCode.OK, code, err.toString());
		String text = out.toString();
		assertTrue(text.startsWith("Outcomes and work programmes rolled up from 5 measures (a measure needs 15 points "
				+ "since its latest process change to count)\n"), text);
		assertTrue(text.contains("\nOutcome tree: Living well at home in Exampletown (illustrative)\n"
				+ "  Living well and independently at home: Deteriorating; Not meeting target\n"
				+ "      Deteriorating: special cause concern in 'Emergency admissions after a fall' (concern wins over "
				+ "the improvement in 'People home by day 3'); too few points to judge 'Average delay days'."), text);
		assertTrue(text.contains("\n    Leaving hospital when ready: Improving; Hit and miss\n"), text);
		assertTrue(text.contains("\n      Shorter delays: Not enough data; Target not yet judged\n"), text);
		assertTrue(text.contains("\n    Carers supported: No significant change; Meeting target\n"), text);
		assertTrue(text.contains("\nWork programmes\n  Home First (illustrative): Improving; Hit and miss\n"), text);
		assertTrue(text.contains("\n  At home 91 days after reablement (%): No significant change; Hit and miss\n"
				+ "    Latest point: common cause variation; 20 points since the process change on 20 Jan 2025."),
				text);
		assertEquals(1, text.split("\n  Carers who feel supported \\(%\\):", -1).length - 1,
				"the measure shared by two outcomes is listed once");
	}

	@Test
	void spcOutcomesJsonNestsTheTreeAndListsEachMeasureOnce() {
		int code = run("spc", EXAMPLESHIRE, "--outcomes", "--format", "json");

		assertEquals(ExitCode.OK, code, err.toString());
		String json = out.toString();
		assertTrue(json.startsWith("{\n  \"minimumPoints\": 15,\n  \"outcomeTrees\": [\n"), json);
		assertTrue(json.contains("\"name\": \"Fewer falls admissions\",\n              \"trend\": \"DETERIORATING\",\n"
				+ "              \"trendText\": \"Deteriorating\",\n              \"target\": \"NOT_MEETING\",\n"),
				json);
		assertTrue(json.contains("\"children\": [\n"), json);
		assertTrue(json.contains("\"pointsSinceLatestProcessChange\": 20"), json);
		assertEquals(1, json.split("\"name\": \"Carers who feel supported\"", -1).length - 1, json);
	}

	@Test
	void spcOutcomesMinimumPointsIsAParameter() {
		int code = run("spc", EXAMPLESHIRE, "--outcomes", "--min-points", "41");

		assertEquals(ExitCode.OK, code, err.toString());
		assertTrue(out.toString().contains("  Living well and independently at home: Not enough data; Target not yet "
				+ "judged\n"), out.toString());
	}

	@Test
	void spcOutcomesRefusesOptionsItCannotHonourInOneLine() {
		assertEquals(ExitCode.BAD_INPUT, run("spc", EXAMPLESHIRE, "--outcomes", "--measure", "Average delay days"));
		assertOneLineError("placewise spc: --outcomes rolls up every measure as the model reads it; it cannot be "
				+ "combined with --measure");
		err.getBuffer().setLength(0);
		assertEquals(ExitCode.BAD_INPUT, run("spc", EXAMPLESHIRE, "--min-points", "20"));
		assertOneLineError("placewise spc: --min-points only applies with --outcomes.");
		err.getBuffer().setLength(0);
		assertEquals(ExitCode.BAD_INPUT, run("spc", EXAMPLESHIRE, "--outcomes", "--min-points", "1"));
		assertOneLineError("placewise spc: --min-points must be at least 2");
	}

	@Test
	void spcBaselinePointsAreApplied() {
		int code = run("spc", EXAMPLESHIRE, "--baseline-points", "2", "--format", "json");

		assertEquals(ExitCode.OK, code, err.toString());
		assertTrue(out.toString().contains("\"baselinePoints\": 2"), out.toString());
	}

	@Test
	void unknownMeasureIsBadInputNamingTheMeasuresThereAre() {
		int code = run("spc", EXAMPLESHIRE, "--measure", "Bed days");

		assertEquals(ExitCode.BAD_INPUT, code);
		assertOneLineError("placewise spc: There is no measure named 'Bed days' in " + EXAMPLESHIRE
				+ " (measures in the model: Average delay days, People home by day 3, Emergency admissions after a fall, "
				+ "At home 91 days after reablement, Carers who feel supported).");
	}

	@Test
	void baselineOfOnePointIsBadInput() {
		int code = run("spc", EXAMPLESHIRE, "--baseline-points", "1");

		assertEquals(ExitCode.BAD_INPUT, code);
		assertOneLineError("placewise spc: --baseline-points must be at least 2");
	}

	@Test
	void unknownFormatIsBadInput() {
		int code = run("spc", EXAMPLESHIRE, "--format", "xml");

		assertEquals(ExitCode.BAD_INPUT, code);
		assertOneLineError("placewise spc: --format 'xml' is not a format: use text or json.");
	}

	@Test
	void missingModelFileIsBadInput() {
		int code = run("spc", temp.resolve("nowhere.placewise").toString());

		assertEquals(ExitCode.BAD_INPUT, code);
		assertOneLineError("placewise spc: Cannot open ");
	}

	@Test
	void reportWritesThePackAndSaysWhere() {
		Path folder = temp.resolve("pack");
		int code = run("report", EXAMPLESHIRE, "-o", folder.toString(), "--as-of", "2025-06-30");

		assertEquals(ExitCode.OK, code, err.toString());
		assertTrue(Files.isRegularFile(folder.resolve("index.html")));
		assertTrue(Files.isRegularFile(folder.resolve("charts/average-delay-days.svg")));
		// 10 pages and a full-size page per diagram (systems, governance, outcomes, money).
		assertTrue(out.toString().startsWith("Wrote the leaders' pack to " + folder + ": 17 pages, 5 SPC charts."),
				out.toString() + err);
	}

	@Test
	void reportWithPdfWritesTheBoardPaperBesideThePack() throws IOException {
		Path folder = temp.resolve("pack");
		int code = run("report", EXAMPLESHIRE, "-o", folder.toString(), "--pdf", "--as-of", "2025-06-30");

		assertEquals(ExitCode.OK, code, err.toString());
		Path paper = folder.resolve("board-paper.pdf");
		assertTrue(Files.isRegularFile(folder.resolve("index.html")));
		assertTrue(new String(Files.readAllBytes(paper), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)
				.equals("%PDF-"));
		assertTrue(out.toString().matches("(?s).*\nWrote the board paper to " + java.util.regex.Pattern.quote(
				paper.toString()) + ": \\d+ pages\\.\n"), out.toString());
	}

	@Test
	void reportPdfAloneWritesOnlyThePaper() {
		Path paper = temp.resolve("paper/board.pdf");
		int code = run("report", EXAMPLESHIRE, "--pdf", paper.toString(), "--as-of", "2025-06-30");

		assertEquals(ExitCode.OK, code, err.toString());
		assertTrue(Files.isRegularFile(paper));
		assertEquals(1, out.toString().lines().count(), out.toString());
		assertTrue(out.toString().startsWith("Wrote the board paper to " + paper + ": "), out.toString());
	}

	@Test
	void reportWithNeitherFolderNorPdfIsBadInput() {
		int code = run("report", EXAMPLESHIRE);

		assertEquals(ExitCode.BAD_INPUT, code);
		assertOneLineError("placewise report: Say where to write: -o DIR for the HTML pack, --pdf FILE");
	}

	@Test
	void reportWithABadDateIsBadInput() {
		int code = run("report", EXAMPLESHIRE, "-o", temp.resolve("pack").toString(), "--as-of", "30/06/2025");

		assertEquals(ExitCode.BAD_INPUT, code);
		assertOneLineError("placewise report: --as-of: '30/06/2025' is not a date");
		assertFalse(Files.exists(temp.resolve("pack")));
	}

	@Test
	void reportWithAnUnknownRootIsBadInput() {
		int code = run("report", EXAMPLESHIRE, "-o", temp.resolve("pack").toString(), "--root", "Nowhere");

		assertEquals(ExitCode.BAD_INPUT, code);
		assertOneLineError("placewise report: There is no footprint called 'Nowhere'. Footprints in this model: ");
	}

	/** Greater Manchester with Tameside renamed "Bolton", written to a file: two places of one name. */
	private Path twoBoltons() throws Exception {
		String text = Files.readString(Path.of(GREATER_MANCHESTER));
		assertTrue(text.contains(TAMESIDE), "the sample still has Tameside under this id");
		return Files.writeString(temp.resolve("two-boltons.placewise"), text.replace(TAMESIDE, TAMESIDE_AS_BOLTON));
	}

	@Test
	void reportWithARootNameTwoFootprintsShareIsBadInputGivingTheirIds() throws Exception {
		int code = run("report", twoBoltons().toString(), "-o", temp.resolve("pack").toString(), "--root", "bolton");

		assertEquals(ExitCode.BAD_INPUT, code);
		assertOneLineError("placewise report: 'bolton' names 2 footprints (");
		assertTrue(err.toString().contains(TAMESIDE_ID), err.toString());
	}

	@Test
	void reportWithARootIdMakesThePackAboutThatFootprint() throws Exception {
		Path folder = temp.resolve("pack");
		int code = run("report", twoBoltons().toString(), "-o", folder.toString(), "--root", TAMESIDE_ID, "--as-of",
				"2025-06-30");

		assertEquals(ExitCode.OK, code, err.toString());
		String overview = Files.readString(folder.resolve("index.html"));
		assertTrue(overview.contains("<h1>Bolton</h1>"), overview);
		assertTrue(overview.contains("#o-" + TAMESIDE_ID + "\""), "the renamed Tameside is the pack's footprint");
		assertFalse(overview.contains("#o-" + BOLTON_ID + "\""), "the other Bolton is not in the footprint tree");
	}

	@Test
	void reportWithAProfileLeavesOutTheRulesItSwitchesOff() throws Exception {
		Path profile = Files.writeString(temp.resolve("board.checks"), "# as for check\n" + EXCEEDS_LIMIT + " = off\n");
		Path withProfile = temp.resolve("with-profile");
		Path without = temp.resolve("without");

		assertEquals(ExitCode.OK, run("report", EXAMPLESHIRE, "-o", without.toString(), "--as-of", "2025-06-30"));
		assertEquals(ExitCode.OK, run("report", EXAMPLESHIRE, "-o", withProfile.toString(), "--as-of", "2025-06-30",
				"--profile", profile.toString()), err.toString());

		assertTrue(Files.readString(without.resolve("findings.html")).contains(EXCEEDS_LIMIT));
		assertFalse(Files.readString(withProfile.resolve("findings.html")).contains(EXCEEDS_LIMIT));
	}

	@Test
	void reportWithAMissingProfileIsBadInput() {
		Path profile = temp.resolve("nowhere.checks");
		int code = run("report", EXAMPLESHIRE, "-o", temp.resolve("pack").toString(), "--profile", profile.toString());

		assertEquals(ExitCode.BAD_INPUT, code);
		assertOneLineError("placewise report: Cannot read check profile " + profile + ": there is no such file.");
		assertFalse(Files.exists(temp.resolve("pack")));
	}

	@Test
	void reportWithAProfileNamingAnUnknownRuleIsBadInputAsForCheck() throws Exception {
		Path profile = Files.writeString(temp.resolve("typo.checks"), "delegation.no-such-rule = off\n");
		int code = run("report", EXAMPLESHIRE, "-o", temp.resolve("pack").toString(), "--profile", profile.toString());

		assertEquals(ExitCode.BAD_INPUT, code);
		assertOneLineError("placewise report: " + profile + " line 1: unknown rule 'delegation.no-such-rule'");
	}

	@Test
	void reportThroughAFolderThatIsNotThereSaysWhyAndCreatesNothing() throws Exception {
		// Issue 19: 'report -o missing/../x' failed without a reason and left an empty folder x behind.
		Path output = temp.resolve("missing/../x");
		int code = run("report", EXAMPLESHIRE, "-o", output.toString(), "--as-of", "2025-06-30");

		assertEquals(ExitCode.BAD_INPUT, code);
		assertOneLineError("placewise report: Cannot write the pack to " + output + ": the folder "
				+ temp.resolve("missing") + " does not exist, so '..' after it leads nowhere. Nothing was written.");
		assertFalse(Files.exists(temp.resolve("x")));
		assertFalse(Files.exists(temp.resolve("missing")));
	}

	@Test
	void reportIntoAnEmptyPathIsBadInput() {
		// Found by the fuzzing campaign: exit 3, "Cannot invoke Path.getFileSystem() because path is null".
		int code = run("report", EXAMPLESHIRE, "-o", "");

		assertEquals(ExitCode.BAD_INPUT, code);
		assertOneLineError("placewise report: Cannot write the pack: -o names no folder (write -o . for this folder).");
	}

	@Test
	void reportThroughAFolderThatIsThereWritesThePack() throws Exception {
		Files.createDirectories(temp.resolve("there"));
		int code = run("report", EXAMPLESHIRE, "-o", temp.resolve("there/../pack").toString(), "--as-of",
				"2025-06-30");

		assertEquals(ExitCode.OK, code, err.toString());
		assertTrue(Files.isRegularFile(temp.resolve("pack/index.html")));
	}

	@Test
	void reportIntoAFileIsBadInput() throws Exception {
		Path file = Files.writeString(temp.resolve("taken"), "x");
		int code = run("report", EXAMPLESHIRE, "-o", file.toString());

		assertEquals(ExitCode.BAD_INPUT, code);
		assertOneLineError("placewise report: Cannot write the pack to " + file + ": it is a file, not a folder.");
	}

	@Test
	void reportSinceAnEarlierPackSaysWhatChangedOnTheFindingsPage() throws Exception {
		Path earlier = temp.resolve("march");
		Path later = temp.resolve("june");
		assertEquals(ExitCode.OK, run("report", EXAMPLESHIRE, "-o", earlier.toString(), "--as-of", "2025-03-31"));
		assertTrue(Files.isRegularFile(earlier.resolve("findings.json")));

		int code = run("report", EXAMPLESHIRE, "-o", later.toString(), "--as-of", "2025-06-30", "--since",
				earlier.toString());

		assertEquals(ExitCode.OK, code, err.toString());
		String findings = Files.readString(later.resolve("findings.html"));
		assertTrue(findings.contains("Since the pack of 31 Mar 2025"), findings);
		assertTrue(findings.contains(" resolved, "), findings);
	}

	@Test
	void reportSinceAFolderWithoutAPackIsBadInput() throws Exception {
		Path empty = Files.createDirectories(temp.resolve("empty"));
		int code = run("report", EXAMPLESHIRE, "-o", temp.resolve("pack").toString(), "--since", empty.toString());

		assertEquals(ExitCode.BAD_INPUT, code);
		assertOneLineError(
				"placewise report: Cannot compare with the pack in " + empty + ": there is no findings.json in ");
	}

	/** The Exampleshire sample saved once with the discharge fund raised: its backup is the sample as it was. */
	private Path savedWithTheDischargeFundRaised() throws Exception {
		Path file = temp.resolve("exampleshire.placewise");
		Files.copy(Path.of(EXAMPLESHIRE), file);
		ModelFiles files = new ModelFiles();
		PlacewiseModel model = files.load(file);
		model.getDelegations().stream().filter(d -> d.getName().equals("Discharge fund")).findFirst().orElseThrow()
				.setFinancialLimit(new BigDecimal("2500000"));
		files.save(model, file);
		Files.setLastModifiedTime(ModelFiles.backupOf(file), FileTime.from(
				LocalDate.of(2026, 11, 30).atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant()));
		return file;
	}

	@Test
	void reportChangesAgainstTheBackupAddsARedlinedWhatChangedPage() throws Exception {
		Path file = savedWithTheDischargeFundRaised();
		Path pack = temp.resolve("pack");

		int code = run("report", file.toString(), "-o", pack.toString(), "--changes-against");

		assertEquals(ExitCode.OK, code, err.toString());
		String page = Files.readString(pack.resolve("changes.html"));
		assertTrue(page.contains("<dd>exampleshire.placewise.bak, saved 30 Nov 2026</dd>"), page);
		assertTrue(page.contains("Financial limit</span>: <del><span class=\"visually-hidden\">before: </span>"
				+ "£2,000,000</del> <ins><span class=\"visually-hidden\">after: </span>£2,500,000</ins>"), page);
		assertTrue(page.contains("Scheme of delegation: 1 changed, 0 added, 0 removed; "), page);
		assertTrue(Files.readString(pack.resolve("index.html")).contains("<a href=\"changes.html\">What changed</a>"));
	}

	@Test
	void reportChangesAgainstAnotherFileNamesIt() throws Exception {
		Path file = savedWithTheDischargeFundRaised();
		Path pack = temp.resolve("pack");

		int code = run("report", EXAMPLESHIRE, "-o", pack.toString(), "--changes-against", file.toString());

		assertEquals(ExitCode.OK, code, err.toString());
		String page = Files.readString(pack.resolve("changes.html"));
		assertTrue(page.contains("<dd>exampleshire-scheme-of-delegation.placewise, as this pack shows it"), page);
		assertTrue(page.contains("<dd>exampleshire.placewise, saved "), page);
		assertTrue(page.contains("<del><span class=\"visually-hidden\">before: </span>£2,500,000</del>"), page);
	}

	@Test
	void reportWithoutChangesOptionsHasNoWhatChangedPage() throws Exception {
		Path pack = temp.resolve("pack");

		assertEquals(ExitCode.OK, run("report", EXAMPLESHIRE, "-o", pack.toString()));

		assertFalse(Files.exists(pack.resolve("changes.html")));
		assertFalse(Files.readString(pack.resolve("index.html")).contains("changes.html"));
	}

	@Test
	void reportChangesAgainstAMissingFileIsBadInputAndWritesNothing() {
		Path pack = temp.resolve("pack");
		Path missing = temp.resolve("missing.placewise");

		int code = run("report", EXAMPLESHIRE, "-o", pack.toString(), "--changes-against", missing.toString());

		assertEquals(ExitCode.BAD_INPUT, code);
		assertOneLineError("placewise report: no earlier version to compare with: " + missing + " does not exist");
		assertFalse(Files.exists(pack));
	}

	@Test
	void reportChangesAgainstAMissingBackupSaysHowToNameAFile() throws Exception {
		Path file = Files.copy(Path.of(EXAMPLESHIRE), temp.resolve("never-saved.placewise"));
		Path pack = temp.resolve("pack");

		int code = run("report", file.toString(), "-o", pack.toString(), "--changes-against");

		assertEquals(ExitCode.BAD_INPUT, code);
		assertOneLineError("placewise report: no earlier version to compare with: " + file + ".bak does not exist"
				+ " (it is written when the model is saved); give one with --changes-against FILE");
		assertFalse(Files.exists(pack));
	}

	@Test
	void reportChangesAgainstAMalformedFileIsBadInputAndWritesNothing() throws Exception {
		Path broken = Files.writeString(temp.resolve("broken.placewise"), "<placewise:PlacewiseModel not a model");
		Path pack = temp.resolve("pack");

		int code = run("report", EXAMPLESHIRE, "-o", pack.toString(), "--changes-against", broken.toString());

		assertEquals(ExitCode.BAD_INPUT, code);
		assertOneLineError("placewise report: Cannot open " + broken + ": line 1, column ");
		assertFalse(Files.exists(pack));
	}

	@Test
	void reportChangesSinceIsForASharedModel() {
		Path pack = temp.resolve("pack");

		assertEquals(ExitCode.BAD_INPUT, run("report", EXAMPLESHIRE, "-o", pack.toString(), "--changes-since",
				"2025-04-01"));
		assertOneLineError("placewise report: --changes-since takes a date or commit of a shared repository model");
		err.getBuffer().setLength(0);
		assertEquals(ExitCode.BAD_INPUT, run("report", EXAMPLESHIRE, "-o", pack.toString(), "--changes-since",
				"2025-04-01", "--changes-against"));
		assertOneLineError("placewise report: Give --changes-against (a model file's earlier version) or");
		assertFalse(Files.exists(pack));
	}
}
