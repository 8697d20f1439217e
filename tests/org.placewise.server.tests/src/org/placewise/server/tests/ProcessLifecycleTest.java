package org.placewise.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.cdo.transaction.CDOTransaction;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.placewise.server.StoreKind;

/**
 * The server as its own process: killed with SIGKILL in the middle of a commit storm it loses no acknowledged commit;
 * stopped with SIGTERM it shuts down cleanly.
 */
class ProcessLifecycleTest {
	private static final int CLIENTS = 4;

	private static final int ACKNOWLEDGED_BEFORE_KILL = 40;

	@TempDir
	Path temp;

	@ParameterizedTest
	@EnumSource(StoreKind.class)
	void killMinus9DuringACommitStormLosesNoAcknowledgedCommit(StoreKind kind) throws Exception {
		StoreFixture fixture = new StoreFixture(kind, temp);
		Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		CountDownLatch enoughAcknowledged = new CountDownLatch(ACKNOWLEDGED_BEFORE_KILL);
		try (ChildServer server = ChildServer.start(fixture, temp.resolve("server-1.log"))) {
			try (RepositoryClient admin = server.connect(StoreFixture.ADMIN, StoreFixture.PASSWORD)) {
				CDOTransaction transaction = admin.openTransaction();
				EObject partnership = EcoreUtil.create(admin.model.partnership);
				for (int client = 0; client < CLIENTS; client++) {
					EObject log = EcoreUtil.create(admin.model.commitLog);
					RepositoryServerTest.set(log, "client", client);
					RepositoryServerTest.list(partnership, "logs").add(log);
				}
				transaction.getOrCreateResource(RepositoryServerTest.RESOURCE).getContents().add(partnership);
				transaction.commit();
			}

			ExecutorService executor = Executors.newFixedThreadPool(CLIENTS);
			List<Future<?>> storm = new ArrayList<>();
			for (int client = 0; client < CLIENTS; client++) {
				int index = client;
				storm.add(executor
						.submit(() -> commitUntilTheServerDies(server, index, acknowledged, enoughAcknowledged)));
			}
			assertTrue(enoughAcknowledged.await(5, TimeUnit.MINUTES), "the commit storm never got going"); // hang guard
			server.kill();
			for (Future<?> client : storm) {
				client.get(5, TimeUnit.MINUTES); // hang guard: clients must notice the dead server
			}
			executor.shutdownNow();
		}

		try (ChildServer restarted = ChildServer.start(fixture, temp.resolve("server-2.log"));
				RepositoryClient reader = restarted.connect(StoreFixture.VIEWER, StoreFixture.PASSWORD)) {
			List<EObject> logs = RepositoryServerTest
					.list(reader.openView().getResource(RepositoryServerTest.RESOURCE).getContents().get(0), "logs");
			int found = 0;
			for (EObject log : logs) {
				int client = (Integer) RepositoryServerTest.get(log, "client");
				List<EObject> entries = RepositoryServerTest.list(log, "entries");
				for (int seq = 0; seq < entries.size(); seq++) {
					assertEquals(seq, RepositoryServerTest.get(entries.get(seq), "seq"),
							"client " + client + " entry order");
				}
				for (String key : acknowledged) {
					if (key.startsWith(client + ":")) {
						int seq = Integer.parseInt(key.substring(key.indexOf(':') + 1));
						assertTrue(seq < entries.size(), "acknowledged commit " + key + " was lost");
						found++;
					}
				}
				// At most the one commit in flight at the kill may be there without an acknowledgement.
				long acknowledgedForClient = acknowledged.stream().filter(key -> key.startsWith(client + ":")).count();
				assertTrue(entries.size() <= acknowledgedForClient + 1,
						"client " + client + " has unexplained entries");
			}
			assertEquals(acknowledged.size(), found);
			assertTrue(found >= ACKNOWLEDGED_BEFORE_KILL);
		}
	}

	private static Void commitUntilTheServerDies(ChildServer server, int client, Set<String> acknowledged,
			CountDownLatch enoughAcknowledged) {
		try (RepositoryClient editor = server.connect(StoreFixture.EDITOR, StoreFixture.PASSWORD)) {
			CDOTransaction transaction = editor.openTransaction();
			EObject log = RepositoryServerTest
					.<EObject>list(transaction.getResource(RepositoryServerTest.RESOURCE).getContents().get(0), "logs")
					.get(client);
			for (int seq = 0;; seq++) {
				EObject entry = EcoreUtil.create(editor.model.logEntry);
				RepositoryServerTest.set(entry, "seq", seq);
				RepositoryServerTest.list(log, "entries").add(entry);
				transaction.commit();
				acknowledged.add(client + ":" + seq);
				enoughAcknowledged.countDown();
			}
		} catch (Exception ex) {
			// Expected once the server is killed: the commit in flight fails or the session dies.
			return null;
		}
	}

	@Test
	void sigtermClosesTheRepositoryCleanlyAndDataIsThereAfterRestart() throws Exception {
		StoreFixture fixture = new StoreFixture(StoreKind.H2, temp);
		try (ChildServer server = ChildServer.start(fixture, temp.resolve("server-1.log"))) {
			// The admin: ServerMain alone serves no packages, so the first commit registers the test package.
			try (RepositoryClient admin = server.connect(StoreFixture.ADMIN, StoreFixture.PASSWORD)) {
				CDOTransaction transaction = admin.openTransaction();
				transaction.getOrCreateResource(RepositoryServerTest.RESOURCE).getContents()
						.add(RepositoryServerTest.samplePartnership(admin.model));
				transaction.commit();
			}
			assertEquals(143, server.terminate(), "exit status after SIGTERM (128 + 15)");
			assertFalse(server.process.isAlive());
		}
		try (ChildServer restarted = ChildServer.start(fixture, temp.resolve("server-2.log"));
				RepositoryClient reader = restarted.connect(StoreFixture.VIEWER, StoreFixture.PASSWORD)) {
			EObject partnership = reader.openView().getResource(RepositoryServerTest.RESOURCE).getContents().get(0);
			ModelAssertions.assertSameContent(RepositoryServerTest.samplePartnership(reader.model), partnership,
					"partnership");
		}
	}
}
