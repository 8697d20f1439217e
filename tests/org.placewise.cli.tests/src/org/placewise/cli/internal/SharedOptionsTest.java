package org.placewise.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The options several commands share ({@code --as-of}, the model argument) are one option each, worded once. */
class SharedOptionsTest {

	private static final String EXAMPLESHIRE = "../../samples/exampleshire-scheme-of-delegation.placewise";

	@TempDir
	Path temp;

	private final StringWriter out = new StringWriter();
	private final StringWriter err = new StringWriter();

	private int run(String... args) {
		return new PlacewiseCommandLine(new PrintWriter(out), new PrintWriter(err), temp.resolve("cli.log")).run(args);
	}

	@ParameterizedTest
	@ValueSource(strings = { "check", "diagram", "report" })
	void everyCommandRefusesABadAsOfDateWithTheSameMessage(String command) {
		String[] args = switch (command) {
		case "diagram" -> new String[] { command, EXAMPLESHIRE, "--kind", "governance", "-o",
				temp.resolve("d.svg").toString(), "--as-of", "30/06/2025" };
		case "report" -> new String[] { command, EXAMPLESHIRE, "-o", temp.resolve("pack").toString(), "--as-of",
				"30/06/2025" };
		default -> new String[] { command, EXAMPLESHIRE, "--as-of", "30/06/2025" };
		};
		assertEquals(ExitCode.BAD_INPUT, run(args), err.toString());
		assertEquals("placewise " + command
				+ ": --as-of: '30/06/2025' is not a date; write it as YYYY-MM-DD, e.g. 2026-11-26"
				+ System.lineSeparator(),
				err.toString());
	}

	@ParameterizedTest
	@ValueSource(strings = { "check", "diagram", "report" })
	void everyCommandDescribesTheAsOfOptionTheSameWay(String command) {
		assertEquals(ExitCode.OK, run(command, "--help"), err.toString());
		String help = out.toString().replaceAll("\\s+", " ");
		assertTrue(help.contains("--as-of=YYYY-MM-DD The date the model is read as of (default: today)"), help);
	}

	@ParameterizedTest
	@ValueSource(strings = { "diagram", "spc", "report" })
	void everyCommandOnOneModelNamesItsArgumentModel(String command) {
		assertEquals(ExitCode.OK, run(command, "--help"), err.toString());
		String help = out.toString().replaceAll("\\s+", " ");
		assertTrue(help.contains(
				"MODEL The model file (.placewise), or a repository model cdo://user@host:port/repository/path."),
				help);
	}

	@Command(name = "dated")
	static final class Dated implements Runnable {
		@Mixin
		AsOfOption asOf = new AsOfOption();

		@Override
		public void run() {
		}
	}

	@Test
	void asOfIsTodayWhenNotGivenAndTheDateGivenOtherwise() {
		Dated none = new Dated();
		new CommandLine(none).parseArgs();
		assertEquals(LocalDate.of(2026, 1, 2), none.asOf.date(LocalDate.of(2026, 1, 2)));
		Dated given = new Dated();
		new CommandLine(given).parseArgs("--as-of", " 2025-03-31 ");
		assertEquals(LocalDate.of(2025, 3, 31), given.asOf.date(LocalDate.of(2026, 1, 2)));
	}
}
