package org.placewise.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.eclipse.emf.cdo.CDOObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placewise.model.PlacewisePackages;
import org.placewise.server.RepositoryServer;
import org.placewise.server.ServerMain;
import org.placewise.server.StoreKind;
import org.placewise.store.repository.CommitRecord;
import org.placewise.store.repository.RepositoryConnection;
import org.placewise.store.repository.SharedModel;

/**
 * {@code placewise server backup} while clients commit gives a copy a server starts on, holding a consistent prefix of
 * the history (every commit in it whole, the model at its last commit as it was then); {@code locks} and {@code unlock}
 * reach the running server through its owner-only admin channel.
 */
class BackupAndLocksCommandTest {
	@TempDir
	Path temp;

	private record Run(int status, String out, String err) {
	}

	private static Run serverCommand(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = ServerMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), PlacewisePackages.all());
		return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private static RepositoryConnection connect(RepositoryServer server, String user) throws Exception {
		return RepositoryConnection.connect(server.host(), server.port(), user, StoreFixture.PASSWORD.toCharArray());
	}

	@Test
	void aBackupTakenWhileClientsCommitRestoresToAConsistentHistory() throws Exception {
		List<Path> backups = new ArrayList<>();
		List<long[]> backupWindows = new ArrayList<>();
		List<CommitRecord> history;
		List<Long> committedAt = new CopyOnWriteArrayList<>();
		try (StoreFixture fixture = new StoreFixture(StoreKind.H2, temp)) {
			RepositoryServer server = fixture.start(fixture.configuration().packages(PlacewisePackages.all()).build());
			try (RepositoryConnection alice = connect(server, StoreFixture.EDITOR)) {
				alice.create("/backup/partnership", "Version 0").close();
				AtomicBoolean writing = new AtomicBoolean(true);
				Thread writer = Thread.ofPlatform().start(() -> {
					try (SharedModel shared = alice.open("/backup/partnership")) {
						for (int i = 1; writing.get(); i++) {
							shared.model().setName("Version " + i);
							shared.model().setDescription("Written in commit " + i);
							committedAt.add(shared.commit("Commit " + i).time());
						}
					} catch (Exception e) {
						throw new IllegalStateException(e);
					}
				});
				for (int i = 0; i < 3; i++) {
					Path backup = temp.resolve("backup-" + i + ".zip");
					long start = System.currentTimeMillis();
					Run run = serverCommand("backup", "--data", fixture.dataDirectory.toString(), "--users",
							fixture.usersFile.toString(), "-o", backup.toString());
					backupWindows.add(new long[] { start, System.currentTimeMillis() });
					assertEquals(0, run.status(), run.err());
					assertTrue(run.out().contains("Backed up the running repository"), run.out());
					backups.add(backup);
				}
				writing.set(false);
				writer.join();
				history = alice.log("/backup/partnership");
			}
		}
		assertTrue(committedAt.size() > 3, "commits went on during the backups: " + committedAt.size());
		for (Path backup : backups) {
			Path restored = temp.resolve("restored-" + backup.getFileName());
			unzip(backup, restored);
			assertTrue(Files.exists(restored.resolve("repository.h2.db")) && Files.exists(restored.resolve(
					"users.txt")), "database and users file are in the backup");
			try (StoreFixture copy = new StoreFixture(StoreKind.H2, restored.resolve("fixture"))) {
				RepositoryServer server = copy.start(copy.configuration().dataDirectory(restored).usersFile(restored
						.resolve("users.txt")).packages(PlacewisePackages.all()).build());
				try (RepositoryConnection reader = connect(server, StoreFixture.VIEWER)) {
					List<CommitRecord> restoredHistory = reader.log("/backup/partnership");
					assertTrue(!restoredHistory.isEmpty() && restoredHistory.size() <= history.size());
					assertEquals(history.subList(0, restoredHistory.size()), restoredHistory,
							"the backup holds a prefix of the history, every commit whole");
					int last = restoredHistory.size() - 1;
					var model = reader.readCopy("/backup/partnership");
					assertEquals("Version " + last, model.getName());
					assertEquals(last == 0 ? null : "Written in commit " + last, model.getDescription(),
							"both values of the last commit are there, not one of them");
				}
			}
		}
	}

	@Test
	void aBackupWithoutARunningServerOpensTheDatabaseItself() throws Exception {
		Path backup = temp.resolve("offline.zip");
		try (StoreFixture fixture = new StoreFixture(StoreKind.H2, temp)) {
			RepositoryServer server = fixture.start(fixture.configuration().packages(PlacewisePackages.all()).build());
			try (RepositoryConnection alice = connect(server, StoreFixture.EDITOR)) {
				alice.create("/offline/partnership", "Stopped").close();
			}
			server.close();
			assertTrue(!Files.exists(fixture.dataDirectory.resolve("admin.channel")), "the channel file is gone");
			Run run = serverCommand("backup", "--data", fixture.dataDirectory.toString(), "-o", backup.toString());
			assertEquals(0, run.status(), run.err());
			assertTrue(run.out().startsWith("Backed up the repository in"), run.out());
		}
		assertTrue(entries(backup).contains("repository.h2.db"), entries(backup).toString());
		Run missing = serverCommand("backup", "--data", temp.resolve("nowhere").toString(), "-o", backup.toString());
		assertEquals(1, missing.status());
		assertTrue(missing.err().contains("There is no H2 repository in"), missing.err());
	}

	@Test
	void locksAreListedAndAUsersLocksBrokenOnTheRunningServer() throws Exception {
		try (StoreFixture fixture = new StoreFixture(StoreKind.H2, temp)) {
			RepositoryServer server = fixture.start(fixture.configuration().packages(PlacewisePackages.all()).build());
			String data = fixture.dataDirectory.toString();
			Run none = serverCommand("locks", "--data", data);
			assertEquals(0, none.status(), none.err());
			assertEquals("Nobody holds a lock.", none.out().strip());
			try (RepositoryConnection alice = connect(server, StoreFixture.EDITOR);
					SharedModel shared = alice.create("/locks/partnership", "Locked")) {
				CDOObject model = (CDOObject) shared.model();
				model.cdoWriteLock().lock(10_000);
				Run listed = serverCommand("locks", "--data", data);
				assertEquals(0, listed.status(), listed.err());
				assertTrue(listed.out().startsWith("alice write "), listed.out());
				assertTrue(listed.out().contains(" reserved since "), "an explicit write lock is a reservation: "
						+ listed.out());
				Run unlocked = serverCommand("unlock", "--data", data, "alice");
				assertEquals(0, unlocked.status(), unlocked.err());
				assertEquals("Broke 1 lock of user 'alice'", unlocked.out().strip());
				assertEquals("Nobody holds a lock.", serverCommand("locks", "--data", data).out().strip());
				assertTrue(Files.readString(server.auditLog()).contains("LOCKS-BROKEN"), "recorded");
			}
			server.close();
			Run stopped = serverCommand("locks", "--data", data);
			assertEquals(1, stopped.status());
			assertTrue(stopped.err().contains("No Placewise server is running on"), stopped.err());
		}
	}

	private static List<String> entries(Path zip) throws Exception {
		List<String> names = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				names.add(entry.getName());
			}
		}
		return names;
	}

	private static void unzip(Path zip, Path directory) throws Exception {
		Files.createDirectories(directory);
		try (InputStream raw = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(raw)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				Files.copy(in, directory.resolve(entry.getName()));
			}
		}
	}
}
