package org.placewise.cli.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placewise.checks.CheckCatalogue;
import org.placewise.checks.CheckRule;
import org.placewise.cli.internal.ExitCode;
import org.placewise.cli.internal.PlacewiseCommandLine;

/** {@code placewise check}: exit codes 0/1/2, formats, profiles, and one-line reasons for bad input. */
class CheckCommandTest {
	/** Tests run with the test bundle as working directory. */
	private static final Path SAMPLES = Path.of("../../samples");
	private static final String NO_ERRORS = SAMPLES.resolve("mid-and-south-essex-older-adults.placewise").toString();
	private static final String WITH_ERRORS = SAMPLES.resolve("exampleshire-scheme-of-delegation.placewise").toString();
	private static final String AS_OF = "--as-of=2026-11-26";

	@TempDir
	Path temp;

	private final StringWriter out = new StringWriter();
	private final StringWriter err = new StringWriter();

	private int run(String... args) {
		String[] withCommand = new String[args.length + 1];
		withCommand[0] = "check";
		System.arraycopy(args, 0, withCommand, 1, args.length);
		return new PlacewiseCommandLine(new PrintWriter(out), new PrintWriter(err), temp.resolve("cli.log"))
				.run(withCommand);
	}

	private void assertOneLineReason(String expectedStart) {
		String message = err.toString();
		assertTrue(message.startsWith(expectedStart), message);
		assertEquals(1, message.strip().lines().count(), message);
		assertFalse(message.contains("Exception") || message.contains("\tat "), "no stack trace: " + message);
	}

	@Test
	void modelWithoutErrorsExitsZeroAndPrintsItsWarnings() {
		assertEquals(ExitCode.OK, run(AS_OF, NO_ERRORS));

		assertTrue(
				out.toString().contains(
						"[measure.no-baseline] Measure 'Frailty avoided admissions per week' has no baseline"),
				out.toString());
		assertTrue(out.toString().contains("Checked 1 model as of 26 Nov 2026: 0 errors"), out.toString());
	}

	@Test
	void modelWithErrorsExitsOne() {
		assertEquals(ExitCode.FINDINGS, run(AS_OF, NO_ERRORS, WITH_ERRORS));

		assertTrue(out.toString()
				.contains("[delegation.exceeds-delegator-limit] Delegation 'Intermediate care pool decisions' "
						+ "gives £7,500,000 but its delegator 'Exampletown Place Committee' holds only £5,000,000"),
				out.toString());
		assertEquals("", err.toString());
	}

	@Test
	void minSeverityLeavesOutLesserFindings() {
		assertEquals(ExitCode.FINDINGS, run(AS_OF, "--min-severity", "error", WITH_ERRORS));

		assertFalse(out.toString().contains("Warnings"), out.toString());
		assertTrue(out.toString().contains("1 error, 0 warnings, 0 notes"), out.toString());
	}

	@Test
	void jsonAndSarifFormatsWriteJsonDocuments() {
		assertEquals(ExitCode.FINDINGS, run(AS_OF, "--format", "json", WITH_ERRORS));
		assertTrue(out.toString().startsWith("{")
				&& out.toString().contains("\"ruleId\": \"delegation.exceeds-delegator-limit\""));

		out.getBuffer().setLength(0);
		assertEquals(ExitCode.FINDINGS, run(AS_OF, "--format=sarif", WITH_ERRORS));
		assertTrue(out.toString().contains("\"version\": \"2.1.0\""), out.toString());
	}

	@Test
	void profileBesideTheModelIsUsedAndAnExplicitProfileWins() throws IOException {
		Path model = temp.resolve("exampleshire.placewise");
		Files.copy(Path.of(WITH_ERRORS), model);
		Files.writeString(temp.resolve("exampleshire.placewise.checks"),
				"delegation.exceeds-delegator-limit = warning\n");
		Path strict = Files.writeString(temp.resolve("strict.checks"), "measure.no-owner = error\n");

		assertEquals(ExitCode.OK, run(AS_OF, model.toString()));
		assertEquals(ExitCode.FINDINGS, run(AS_OF, "--profile", strict.toString(), model.toString()));
	}

	@Test
	void listRulesPrintsEveryRule() {
		assertEquals(ExitCode.OK, run("--list-rules"));

		for (CheckRule<?> rule : CheckCatalogue.placewise().rules()) {
			assertTrue(out.toString().contains(rule.id() + " "), rule.id());
		}
	}

	@Test
	void missingFileIsBadInput() {
		assertEquals(ExitCode.BAD_INPUT, run(temp.resolve("nowhere.placewise").toString()));

		assertOneLineReason("placewise check: Cannot open ");
		assertTrue(err.toString().contains("there is no such file"), err.toString());
		assertEquals("", out.toString());
	}

	@Test
	void fileThatIsNotAModelIsBadInput() throws IOException {
		Path notes = Files.writeString(temp.resolve("notes.placewise"), "Board meeting notes, not a model.\n");

		assertEquals(ExitCode.BAD_INPUT, run(notes.toString()));

		assertOneLineReason("placewise check: Cannot open " + notes.toAbsolutePath());
	}

	@Test
	void malformedModelIsBadInput() throws IOException {
		String text = Files.readString(Path.of(WITH_ERRORS));
		Path truncated = Files.writeString(temp.resolve("truncated.placewise"), text.substring(0, text.length() / 2));

		assertEquals(ExitCode.BAD_INPUT, run(truncated.toString()));

		assertOneLineReason("placewise check: Cannot open " + truncated.toAbsolutePath());
	}

	@Test
	void badDateProfileOrNoFileAreBadInput() throws IOException {
		assertEquals(ExitCode.BAD_INPUT, run("--as-of", "26/11/2026", NO_ERRORS));
		assertOneLineReason("placewise check: --as-of: '26/11/2026' is not a date");

		err.getBuffer().setLength(0);
		Path profile = Files.writeString(temp.resolve("bad.checks"), "board.no-such-rule = off\n");
		assertEquals(ExitCode.BAD_INPUT, run("--profile", profile.toString(), NO_ERRORS));
		assertOneLineReason("placewise check: " + profile + " line 1: unknown rule 'board.no-such-rule'");

		err.getBuffer().setLength(0);
		assertEquals(ExitCode.BAD_INPUT, run());
		assertOneLineReason("placewise check: no model file given");
	}
}
