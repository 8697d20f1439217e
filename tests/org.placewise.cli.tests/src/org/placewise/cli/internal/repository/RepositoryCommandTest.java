package org.placewise.cli.internal.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placewise.cli.internal.ExitCode;
import org.placewise.cli.internal.PlacewiseCommandLine;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.governance.Delegation;
import org.placewise.store.ModelFiles;
import org.placewise.store.repository.ModelDifference;
import org.placewise.store.repository.ModelDifference.Change;

/**
 * {@code placewise repository}: help on every subcommand, bad input named in one line with exit code 2 (before any
 * connection where possible), no password on the command line, and changes in words through PlacewiseLabels.
 */
class RepositoryCommandTest {
	private static final Path EXAMPLESHIRE = Path.of("../../samples/exampleshire-scheme-of-delegation.placewise");

	@TempDir
	Path temp;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private int run(Map<String, String> environment, String... args) {
		return new PlacewiseCommandLine(new PrintWriter(out), new PrintWriter(err), temp.resolve("cli.log"),
				environment).run(args);
	}

	@Test
	void everySubcommandHasHelp() {
		for (String subcommand : List.of("push", "pull", "list", "log", "show", "diff", "copy")) {
			assertEquals(ExitCode.OK, run(Map.of(), "repository", subcommand, "--help"), subcommand);
		}
		assertTrue(out.toString().contains("Usage: placewise repository push"), out.toString());
		assertTrue(out.toString().contains("--tls-truststore"), out.toString());
		assertEquals(ExitCode.OK, run(Map.of(), "repository", "--help"));
		assertTrue(out.toString().contains("PLACEWISE_PASSWORD"), out.toString());
	}

	@Test
	void aMalformedUrlIsBadInputInOneLine() {
		assertEquals(ExitCode.BAD_INPUT, run(Map.of(), "repository", "log", "cdo://127.0.0.1:1/placewise"));
		assertTrue(err.toString().startsWith("placewise repository log: 'cdo://127.0.0.1:1/placewise' names no user"),
				err.toString());
		assertFalse(err.toString().contains("Exception"), err.toString());
	}

	@Test
	void aPasswordInTheUrlIsRefused() {
		assertEquals(ExitCode.BAD_INPUT,
				run(Map.of(), "repository", "list", "cdo://alice:secret@127.0.0.1:1/placewise/x"));
		assertTrue(err.toString().contains("must not hold a password"), err.toString());
	}

	@Test
	void showWithoutAPointAndABadPointAreNamed() {
		assertEquals(ExitCode.BAD_INPUT,
				run(Map.of(), "repository", "show", "cdo://alice@127.0.0.1:1/placewise/x", "-o", "x.placewise"));
		assertTrue(err.toString().contains("names no point: add @YYYY-MM-DD or @COMMIT"), err.toString());
		assertEquals(ExitCode.BAD_INPUT, run(Map.of(), "repository", "show",
				"cdo://alice@127.0.0.1:1/placewise/x@last-tuesday", "-o", "x.placewise"));
		assertTrue(err.toString().contains("after @ comes a date (YYYY-MM-DD) or a commit number"), err.toString());
	}

	@Test
	void noPasswordAndNoTerminalIsBadInputNamingTheVariable() {
		assertEquals(ExitCode.BAD_INPUT, run(Map.of(), "repository", "list", "cdo://alice@127.0.0.1:1/placewise"));
		assertTrue(err.toString().contains("Set PLACEWISE_PASSWORD"), err.toString());
	}

	@Test
	void anUnreachableServerIsBadInputNamingTheAddress() throws Exception {
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		assertEquals(ExitCode.BAD_INPUT, run(Map.of("PLACEWISE_PASSWORD", "x"), "repository", "list",
				"cdo://alice@127.0.0.1:" + port + "/placewise"));
		assertTrue(err.toString().contains("127.0.0.1:" + port), err.toString());
		assertEquals(ExitCode.BAD_INPUT, run(Map.of("PLACEWISE_PASSWORD", "x"), "repository", "list",
				"cdos://alice@127.0.0.1:" + port + "/placewise"));
		assertTrue(err.toString().contains("Cannot reach the Placewise repository server at 127.0.0.1:" + port),
				err.toString());
	}

	@Test
	void diffOfTwoFilesNeedsNoServerAndWordsEachChange() throws Exception {
		PlacewiseModel model = new ModelFiles().load(EXAMPLESHIRE);
		Delegation discharge = model.getDelegations().stream().filter(d -> "Discharge fund".equals(d.getName()))
				.findFirst().orElseThrow();
		discharge.setFinancialLimit(new BigDecimal("6000000"));
		discharge.setScope("Discharge and reablement");
		Delegation pool = model.getDelegations().stream()
				.filter(d -> "Intermediate care pool decisions".equals(d.getName())).findFirst().orElseThrow();
		EcoreUtil.delete(pool, true);
		Path changed = temp.resolve("changed.placewise");
		new ModelFiles().save(model, changed);

		assertEquals(ExitCode.FINDINGS, run(Map.of(), "repository", "diff", EXAMPLESHIRE.toString(),
				changed.toString()));
		List<String> lines = out.toString().lines().toList();
		assertTrue(lines.contains("Removed delegation 'Intermediate care pool decisions'"), out.toString());
		assertTrue(lines.contains("Delegation 'Discharge fund' financial limit £2,000,000 \u2192 £6,000,000"),
				out.toString());
		assertTrue(lines.contains("Delegation 'Discharge fund' scope 'Discharge fund allocations' \u2192 "
				+ "'Discharge and reablement'"), out.toString());
		assertTrue(lines.get(lines.size() - 1).matches("\\d+ differences\\."), out.toString());

		out.getBuffer().setLength(0);
		assertEquals(ExitCode.OK, run(Map.of(), "repository", "diff", changed.toString(), changed.toString()));
		assertEquals("No differences.", out.toString().strip());
	}

	@Test
	void datesReferencesAndEmptyValuesAreWorded() throws Exception {
		PlacewiseModel before = new ModelFiles().load(EXAMPLESHIRE);
		PlacewiseModel after = EcoreUtil.copy(before);
		Delegation discharge = after.getDelegations().stream().filter(d -> "Discharge fund".equals(d.getName()))
				.findFirst().orElseThrow();
		discharge.setReviewDate(java.time.LocalDate.of(2026, 3, 31));
		discharge.setFinancialLimit(null);
		List<String> words = ModelDifference.between(before, after).stream().map(ChangeWords::of).toList();
		assertTrue(words.contains("Delegation 'Discharge fund' review date 31 Mar 2025 \u2192 31 Mar 2026"),
				words.toString());
		assertTrue(words.contains("Delegation 'Discharge fund' financial limit £2,000,000 \u2192 (not recorded)"),
				words.toString());
		Change change = ModelDifference.between(before, after).get(0);
		assertEquals(discharge.getId(), change.id());
	}
}
