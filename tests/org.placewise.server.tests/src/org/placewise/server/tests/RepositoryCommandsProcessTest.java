package org.placewise.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placewise.cli.internal.PlacewiseCommandLine;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.governance.Delegation;
import org.placewise.server.Role;
import org.placewise.server.StoreKind;
import org.placewise.server.UsersFile;
import org.placewise.store.ModelFiles;
import org.placewise.store.repository.CommitRecord;
import org.placewise.store.repository.ConflictException;
import org.placewise.store.repository.ModelDifference;
import org.placewise.store.repository.RepositoryConnection;
import org.placewise.store.repository.SharedModel;

/**
 * The repository as a team uses it, with the server in its own JVM: {@code placewise repository push} a sample, two
 * clients open it and commit, one conflict settled "keep mine" and one "take theirs", then {@code log}, {@code show}
 * and {@code diff} give the expected answers, and {@code copy} moves the model with every commit (author, time,
 * comment) from the H2 server to a PostgreSQL server, also in its own JVM.
 */
class RepositoryCommandsProcessTest {
	private static final Path EXAMPLESHIRE = Path.of("../../samples/exampleshire-scheme-of-delegation.placewise");

	private static final String BOB = "bob";

	@TempDir
	Path temp;

	private record Run(int status, String out, String err) {
	}

	private Run placewise(Map<String, String> environment, String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int status = new PlacewiseCommandLine(new PrintWriter(out), new PrintWriter(err), temp.resolve("cli.log"),
				environment).run(args);
		return new Run(status, out.toString().replace("\r\n", "\n"), err.toString());
	}

	private static Delegation delegation(PlacewiseModel model, String name) {
		return model.getDelegations().stream().filter(d -> name.equals(d.getName())).findFirst().orElseThrow();
	}

	private static String today(CommitRecord commit) {
		return PlacewiseLabels.date(LocalDate.ofInstant(commit.instant(), ZoneId.systemDefault()));
	}

	@Test
	void pushTwoEditorsLogShowDiffAndCopyToPostgreSql() throws Exception {
		Map<String, String> asAlice = Map.of("PLACEWISE_PASSWORD", StoreFixture.PASSWORD);
		try (StoreFixture h2 = new StoreFixture(StoreKind.H2, temp.resolve("h2"));
				StoreFixture postgreSql = new StoreFixture(StoreKind.POSTGRESQL, temp.resolve("pg"))) {
			UsersFile.open(h2.usersFile, StoreFixture.TEST_ITERATIONS).addUser(BOB, Role.EDITOR,
					StoreFixture.PASSWORD.toCharArray());
			try (ChildServer server = ChildServer.start(h2, temp.resolve("h2-server.log"))) {
				String url = "cdo://alice@127.0.0.1:" + server.port + "/placewise/exampleshire/scheme";

				Run push = placewise(asAlice, "repository", "push", EXAMPLESHIRE.toString(), url, "-m",
						"Scheme of delegation 2024");
				assertEquals(0, push.status(), push.err());
				assertTrue(push.out().startsWith("Pushed " + EXAMPLESHIRE + " to " + url + " as commit "), push.out());
				Run list = placewise(asAlice, "repository", "list", "cdo://alice@127.0.0.1:" + server.port
						+ "/placewise");
				assertEquals("/exampleshire/scheme\n1 model in alice@127.0.0.1:" + server.port + "/placewise\n",
						list.out(), list.err());

				// Two clients: a conflict Bob settles by keeping his value, then one Alice settles by taking Bob's.
				try (RepositoryConnection alice = RepositoryConnection.connect("127.0.0.1", server.port,
						StoreFixture.EDITOR, StoreFixture.PASSWORD.toCharArray());
						RepositoryConnection bob = RepositoryConnection.connect("127.0.0.1", server.port, BOB,
								StoreFixture.PASSWORD.toCharArray());
						SharedModel alicesModel = alice.open("/exampleshire/scheme");
						SharedModel bobsModel = bob.open("/exampleshire/scheme")) {
					delegation(alicesModel.model(), "Discharge fund").setFinancialLimit(new BigDecimal("6000000"));
					delegation(bobsModel.model(), "Discharge fund").setFinancialLimit(new BigDecimal("5500000"));
					alicesModel.commit("Raised the discharge fund limit");
					ConflictException first = assertThrows(ConflictException.class,
							() -> bobsModel.commit("Winter limit"));
					assertEquals("alice", first.conflicts().get(0).theirUser());
					bobsModel.keepMine();
					bobsModel.commit("Winter limit");

					// Alice is drafting a scope and a pool limit when Bob commits another scope.
					delegation(alicesModel.model(), "Intermediate care pool decisions")
							.setFinancialLimit(new BigDecimal("8000000"));
					delegation(alicesModel.model(), "Discharge fund").setScope("Discharge only");
					delegation(bobsModel.model(), "Discharge fund").setScope("Discharge and reablement");
					bobsModel.commit("Widened the scope");
					ConflictException second = assertThrows(ConflictException.class,
							() -> alicesModel.commit("Raised the pool limit"));
					assertEquals(BOB, second.conflicts().get(0).theirUser());
					assertEquals("scope", second.conflicts().get(0).feature());
					alicesModel.takeTheirs();
					alicesModel.commit("Raised the pool limit");
				}

				List<CommitRecord> h2History;
				try (RepositoryConnection reader = RepositoryConnection.connect("127.0.0.1", server.port,
						StoreFixture.VIEWER, StoreFixture.PASSWORD.toCharArray())) {
					h2History = reader.log("/exampleshire/scheme");
					PlacewiseModel now = reader.readCopy("/exampleshire/scheme");
					assertEquals(new BigDecimal("5500000"), delegation(now, "Discharge fund").getFinancialLimit(),
							"Bob kept his value");
					assertEquals("Discharge and reablement", delegation(now, "Discharge fund").getScope(),
							"Alice took Bob's value");
					assertEquals(0, new BigDecimal("8000000").compareTo(delegation(now,
							"Intermediate care pool decisions").getFinancialLimit()), "and her own change stayed");
				}
				assertEquals(List.of("Scheme of delegation 2024", "Raised the discharge fund limit", "Winter limit",
						"Widened the scope", "Raised the pool limit"),
						h2History.stream().map(CommitRecord::comment)
								.toList());
				assertEquals(List.of("alice", "alice", BOB, BOB, "alice"), h2History.stream().map(
						CommitRecord::user).toList());

				Run log = placewise(asAlice, "repository", "log", url);
				assertEquals(0, log.status(), log.err());
				String[] lines = log.out().split("\n");
				assertEquals(10, lines.length, log.out());
				for (int i = 0; i < h2History.size(); i++) {
					CommitRecord commit = h2History.get(i);
					assertTrue(lines[2 * i].matches(commit.time() + "  " + commit.user() + ", " + today(commit)
							+ " \\d\\d:\\d\\d  " + commit.comment()), lines[2 * i]);
				}
				assertEquals("    Added the model with " + PlacewiseLabels.count(ModelDifference.objectCount(
						new ModelFiles().load(EXAMPLESHIRE)), "object", "objects"), lines[1]);
				assertEquals("    Delegation 'Discharge fund' financial limit £2,000,000 \u2192 £6,000,000", lines[3]);
				assertEquals("    Delegation 'Discharge fund' financial limit £6,000,000 \u2192 £5,500,000", lines[5]);
				assertEquals("    Delegation 'Discharge fund' scope 'Discharge fund allocations' \u2192 'Discharge and "
						+ "reablement'", lines[7]);
				assertEquals("    Delegation 'Intermediate care pool decisions' financial limit £7,500,000 \u2192 "
						+ "£8,000,000", lines[9]);

				Path raised = temp.resolve("raised.placewise");
				Run show = placewise(asAlice, "repository", "show", url + "@" + h2History.get(1).time(), "-o",
						raised.toString());
				assertEquals(0, show.status(), show.err());
				assertEquals(0, new BigDecimal("6000000").compareTo(delegation(new ModelFiles().load(raised),
						"Discharge fund").getFinancialLimit()));
				Run before = placewise(asAlice, "repository", "show", url + "@2000-01-01", "-o", raised.toString());
				assertEquals(2, before.status());
				assertTrue(before.err().contains("There was no model at /exampleshire/scheme"), before.err());

				Run diff = placewise(asAlice, "repository", "diff", url + "@" + h2History.get(0).time(),
						url + "@" + h2History.get(2).time());
				assertEquals(1, diff.status(), diff.err());
				assertEquals("Delegation 'Discharge fund' financial limit £2,000,000 \u2192 £5,500,000 (bob, "
						+ today(h2History.get(2)) + ")\n1 difference.\n", diff.out());
				Path pulled = temp.resolve("pulled.placewise");
				assertEquals(0, placewise(asAlice, "repository", "pull", url, "-o", pulled.toString()).status());
				Run same = placewise(asAlice, "repository", "diff", url, pulled.toString());
				assertEquals(0, same.status(), same.err());
				assertEquals("No differences.\n", same.out());
				Run againstSample = placewise(asAlice, "repository", "diff", EXAMPLESHIRE.toString(), url);
				assertEquals(1, againstSample.status(), againstSample.err());
				assertTrue(againstSample.out().endsWith("3 differences.\n"), againstSample.out());

				try (ChildServer pgServer = ChildServer.start(postgreSql, temp.resolve("pg-server.log"))) {
					String destination = "cdo://ada@127.0.0.1:" + pgServer.port + "/placewise/exampleshire/scheme";
					Map<String, String> environment = new HashMap<>(asAlice);
					environment.put("PLACEWISE_DEST_PASSWORD", StoreFixture.PASSWORD);
					Run copy = placewise(environment, "repository", "copy", url, destination);
					assertEquals(0, copy.status(), copy.err());
					assertEquals("Copied " + url + " to " + destination + " with 5 commits of history\n", copy.out());
					try (RepositoryConnection copied = RepositoryConnection.connect("127.0.0.1", pgServer.port,
							StoreFixture.VIEWER, StoreFixture.PASSWORD.toCharArray());
							RepositoryConnection original = RepositoryConnection.connect("127.0.0.1", server.port,
									StoreFixture.VIEWER, StoreFixture.PASSWORD.toCharArray())) {
						List<CommitRecord> pgHistory = copied.log("/exampleshire/scheme");
						assertEquals(h2History.stream().map(CommitRecord::user).toList(),
								pgHistory.stream().map(CommitRecord::author).toList());
						assertEquals(h2History.stream().map(CommitRecord::instant).toList(),
								pgHistory.stream().map(CommitRecord::authoredAt).toList());
						assertEquals(h2History.stream().map(CommitRecord::comment).toList(),
								pgHistory.stream().map(CommitRecord::originalComment).toList());
						for (int i = 0; i < h2History.size(); i++) {
							assertEquals(List.of(), ModelDifference.between(
									original.readCopyAt("/exampleshire/scheme", h2History.get(i).time()),
									copied.readCopyAt("/exampleshire/scheme", pgHistory.get(i).time())),
									"the model after commit " + i);
						}
					}
					Run pgLog = placewise(asAlice, "repository", "log", destination);
					assertEquals(0, pgLog.status(), pgLog.err());
					assertTrue(pgLog.out().contains("bob, " + today(h2History.get(3))) && pgLog.out().contains(
							"(copied by ada, "), pgLog.out());
				}
			}
		}
	}
}
