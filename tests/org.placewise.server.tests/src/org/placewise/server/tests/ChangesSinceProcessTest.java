package org.placewise.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placewise.cli.internal.PlacewiseCommandLine;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.Delegation;
import org.placewise.server.StoreKind;
import org.placewise.store.repository.CommitRecord;
import org.placewise.store.repository.RepositoryConnection;
import org.placewise.store.repository.SharedModel;

/**
 * {@code placewise changes cdo://… --since COMMIT|DATE} against a real server in its own JVM: the Exampleshire scheme
 * is pushed, a user raises the discharge fund limit and the committee's quorum, and the command lists those changes
 * since the first commit, none since the end of today, and refuses a file-only option.
 */
class ChangesSinceProcessTest {
	private static final Path EXAMPLESHIRE = Path.of("../../samples/exampleshire-scheme-of-delegation.placewise");

	@TempDir
	Path temp;

	private record Run(int status, String out, String err) {
	}

	private Run placewise(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int status = new PlacewiseCommandLine(new PrintWriter(out), new PrintWriter(err), temp.resolve("cli.log"),
				Map.of("PLACEWISE_PASSWORD", StoreFixture.PASSWORD)).run(args);
		return new Run(status, out.toString().replace("\r\n", "\n"), err.toString());
	}

	private static <T extends org.placewise.model.core.NamedElement> T named(List<T> list, String name) {
		return list.stream().filter(e -> name.equals(e.getName())).findFirst().orElseThrow();
	}

	@Test
	void changesSinceACommitAndSinceADateOfASharedModel() throws Exception {
		try (StoreFixture h2 = new StoreFixture(StoreKind.H2, temp.resolve("h2"));
				ChildServer server = ChildServer.start(h2, temp.resolve("h2-server.log"))) {
			String url = "cdo://alice@127.0.0.1:" + server.port + "/placewise/exampleshire/scheme";
			Run push = placewise("repository", "push", EXAMPLESHIRE.toString(), url, "-m", "Scheme of delegation");
			assertEquals(0, push.status(), push.err());

			long first;
			try (RepositoryConnection alice = RepositoryConnection.connect("127.0.0.1", server.port,
					StoreFixture.EDITOR, StoreFixture.PASSWORD.toCharArray());
					SharedModel shared = alice.open("/exampleshire/scheme")) {
				first = alice.log("/exampleshire/scheme").get(0).time();
				PlacewiseModel model = shared.model();
				named(model.getDelegations(), "Discharge fund").setFinancialLimit(new BigDecimal("2500000"));
				Board committee = named(model.getBoards(), "Exampletown Place Committee");
				committee.setQuorum(4);
				shared.commit("Winter: discharge fund raised, quorum of four");
			}

			Run sinceCommit = placewise("changes", url, "--since", Long.toString(first));
			assertEquals(0, sinceCommit.status(), sinceCommit.err());
			String firstDay = PlacewiseLabels.date(LocalDate.ofInstant(Instant.ofEpochMilli(first),
					ZoneId.systemDefault()));
			assertEquals("Changes to " + url + " since commit " + first + " by alice on " + firstDay + "\n"
					+ "Scheme of delegation: 1 changed, 0 added, 0 removed; boards: 1 changed, 0 added, 0 removed;"
					+ " measures: 0 changed, 0 added, 0 removed; 0 new observations, 0 removed.\n"
					+ "\n"
					+ "Scheme of delegation\n"
					+ "  Changed: Delegation 'Discharge fund' (Exampletown Place Committee \u2192 Exampletown place lead)\n"
					+ "    Financial limit: £2,000,000 \u2192 £2,500,000\n"
					+ "\n"
					+ "Boards\n"
					+ "  Changed: Board 'Exampletown Place Committee'\n"
					+ "    Quorum: 3 \u2192 4\n", sinceCommit.out());

			List<CommitRecord> log;
			try (RepositoryConnection reader = RepositoryConnection.connect("127.0.0.1", server.port,
					StoreFixture.VIEWER, StoreFixture.PASSWORD.toCharArray())) {
				log = reader.log("/exampleshire/scheme");
			}
			assertEquals(2, log.size());
			LocalDate today = LocalDate.ofInstant(log.get(1).instant(), ZoneId.systemDefault());
			Run sinceToday = placewise("changes", url, "--since", today.toString());
			assertEquals(0, sinceToday.status(), sinceToday.err());
			assertTrue(sinceToday.out().endsWith("\n\nNo changes in the scheme of delegation, boards or measures.\n"),
					sinceToday.out());

			Run withAgainst = placewise("changes", url, "--against", EXAMPLESHIRE.toString());
			assertEquals(2, withAgainst.status());
			assertTrue(withAgainst.err().contains("--against compares model files"), withAgainst.err());
		}
	}
}
