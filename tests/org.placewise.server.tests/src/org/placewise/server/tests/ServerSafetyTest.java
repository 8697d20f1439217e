package org.placewise.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.stream.Stream;

import org.eclipse.emf.cdo.CDOObject;
import org.eclipse.emf.cdo.transaction.CDOTransaction;
import org.eclipse.emf.cdo.util.CDOUtil;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.net4j.util.om.OMPlatform;
import org.eclipse.net4j.util.om.log.OMLogHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placewise.server.LoginThrottle;
import org.placewise.server.RepositoryServer;
import org.placewise.server.RepositoryServer.HeldLock;
import org.placewise.server.ServerConfiguration;
import org.placewise.server.StoreKind;
import org.placewise.server.internal.ProtocolErrorFilter;

/**
 * Issue 19 defects 1, 5 and 7 and the server's smaller items, against a real server (H2) and real CDO clients over TCP
 * on 127.0.0.1: viewers take no locks and an admin breaks anyone's; the data directory is owner-only; failed logins
 * back off per user and per address and everything is in the audit log; connections that never log in are closed.
 */
class ServerSafetyTest {
	@TempDir
	Path temp;

	private StoreFixture fixture;

	private final TestClock clock = new TestClock();

	@AfterEach
	void stopServers() {
		if (fixture != null) {
			fixture.close();
		}
	}

	private RepositoryServer start(ServerConfiguration.Builder configuration) throws Exception {
		return fixture.start(configuration.clock(clock).build());
	}

	private RepositoryServer start() throws Exception {
		fixture = new StoreFixture(StoreKind.H2, temp);
		return start(fixture.configuration());
	}

	// --- defect 1: locks -------------------------------------------------------------------------------------------

	@Test
	void aViewerTakesNoLockOfAnyKindAndAnEditorCommitsUndisturbed() throws Exception {
		RepositoryServer server = start();
		commitSample(server);
		try (RepositoryClient viewer = RepositoryClient.connect(server, StoreFixture.VIEWER, StoreFixture.PASSWORD)) {
			CDOTransaction transaction = viewer.openTransaction();
			CDOObject partnership = CDOUtil.getCDOObject(transaction.getResource(RepositoryServerTest.RESOURCE)
					.getContents().get(0));
			assertRefused(assertThrows(Exception.class, () -> partnership.cdoWriteLock().lock(10_000)));
			assertRefused(assertThrows(Exception.class, () -> partnership.cdoReadLock().lock(10_000)));
			assertRefused(assertThrows(Exception.class, () -> partnership.cdoWriteOption().lock(10_000)));
			assertRefused(assertThrows(Exception.class, transaction::enableDurableLocking));
			assertEquals(List.of(), server.locks(), "the viewer holds no lock");

			try (RepositoryClient editor = RepositoryClient.connect(server, StoreFixture.EDITOR,
					StoreFixture.PASSWORD)) {
				CDOTransaction editing = editor.openTransaction();
				RepositoryServerTest.set(editing.getResource(RepositoryServerTest.RESOURCE).getContents().get(0),
						"memberCount",
						16);
				editing.commit();
			}
		}
		String audit = Files.readString(server.auditLog());
		assertTrue(audit.contains(" LOCK-REFUSED user=victor from=127.0.0.1 "), audit);
	}

	private static void assertRefused(Exception refusal) {
		String messages = messages(refusal);
		assertTrue(messages.contains("User 'victor' has role viewer and may not lock objects"), messages);
	}

	@Test
	void anAdminListsAndBreaksADurableLockThatOutlivesARestart() throws Exception {
		RepositoryServer server = start();
		commitSample(server);
		String durableId;
		try (RepositoryClient editor = RepositoryClient.connect(server, StoreFixture.EDITOR, StoreFixture.PASSWORD)) {
			CDOTransaction transaction = editor.openTransaction();
			durableId = transaction.enableDurableLocking();
			CDOObject partnership = CDOUtil.getCDOObject(transaction.getResource(RepositoryServerTest.RESOURCE)
					.getContents().get(0));
			partnership.cdoWriteLock().lock(10_000);
			assertTrue(
					server.locks().contains(new HeldLock(StoreFixture.EDITOR, partnership.cdoID().toString(), "write",
							durableId)),
					server.locks().toString());
		}
		server.close();
		RepositoryServer restarted = start(fixture.configuration());
		List<HeldLock> afterRestart = restarted.locks();
		assertFalse(afterRestart.isEmpty(), "the durable lock survived the restart");
		assertTrue(afterRestart.stream().allMatch(lock -> lock.user().equals(StoreFixture.EDITOR)
				&& durableId.equals(lock.durableLockingId())), afterRestart.toString());

		assertEquals(afterRestart.size(), restarted.breakLocks(StoreFixture.EDITOR, StoreFixture.ADMIN));
		assertEquals(List.of(), restarted.locks());
		try (RepositoryClient admin = RepositoryClient.connect(restarted, StoreFixture.ADMIN, StoreFixture.PASSWORD)) {
			CDOTransaction transaction = admin.openTransaction();
			CDOObject partnership = CDOUtil.getCDOObject(transaction.getResource(RepositoryServerTest.RESOURCE)
					.getContents().get(0));
			partnership.cdoWriteLock().lock(10_000);
			RepositoryServerTest.set(partnership, "memberCount", 17);
			transaction.commit();
		}
		String audit = Files.readString(restarted.auditLog());
		assertTrue(audit.contains(" LOCKS-BROKEN user=ada from=local owner=alice locks="), audit);
	}

	// --- defect 5: owner-only files ---------------------------------------------------------------------------------

	@Test
	void theDataDirectoryIsOwnerOnlyAndSoIsEveryFileInIt() throws Exception {
		fixture = new StoreFixture(StoreKind.H2, temp);
		Files.createDirectories(fixture.dataDirectory);
		Files.setPosixFilePermissions(fixture.dataDirectory, PosixFilePermissions.fromString("rwxr-xr-x"));
		Files.setPosixFilePermissions(fixture.usersFile, PosixFilePermissions.fromString("rw-r--r--"));
		RepositoryServer server = start(fixture.configuration());
		commitSample(server);
		// A refused login, so the audit log has something in it.
		assertThrows(SecurityException.class,
				() -> RepositoryClient.connect(server, StoreFixture.VIEWER, "wrong password").close());
		server.close();

		assertEquals(PosixFilePermissions.fromString("rwx------"),
				Files.getPosixFilePermissions(fixture.dataDirectory));
		assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(fixture.usersFile));
		Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
		List<Path> files;
		try (Stream<Path> listing = Files.list(fixture.dataDirectory)) {
			files = listing.toList();
		}
		assertTrue(files.stream().anyMatch(file -> file.getFileName().toString().equals("repository.h2.db")),
				files.toString());
		assertTrue(files.contains(server.auditLog()), files.toString());
		for (Path file : files) {
			assertEquals(ownerOnly, Files.getPosixFilePermissions(file), file.toString());
		}
	}

	// --- defect 7: back-off and audit log -------------------------------------------------------------------------

	@Test
	void failedLoginsForOneUserBackOffUntilTheTimeHasPassedOrAnAdminLiftsIt() throws Exception {
		RepositoryServer server = start();
		for (int attempt = 1; attempt <= LoginThrottle.FREE_FAILURES_PER_USER + 1; attempt++) {
			SecurityException refusal = assertThrows(SecurityException.class,
					() -> RepositoryClient.connect(server, StoreFixture.EDITOR, "guess").close());
			assertEquals("Login refused for user 'alice': unknown user or wrong password", refusal.getMessage(),
					"attempt " + attempt);
		}
		// One failure beyond the free ones: even the right password waits a second.
		SecurityException backOff = assertThrows(SecurityException.class,
				() -> RepositoryClient.connect(server, StoreFixture.EDITOR, StoreFixture.PASSWORD).close());
		assertEquals("Login refused for user 'alice': too many failed logins; try again in 1 second",
				backOff.getMessage());
		// Other users are not affected.
		RepositoryClient.connect(server, StoreFixture.VIEWER, StoreFixture.PASSWORD).close();

		clock.advance(Duration.ofSeconds(1));
		assertThrows(SecurityException.class,
				() -> RepositoryClient.connect(server, StoreFixture.EDITOR, "guess").close());
		SecurityException longer = assertThrows(SecurityException.class,
				() -> RepositoryClient.connect(server, StoreFixture.EDITOR, StoreFixture.PASSWORD).close());
		assertEquals("Login refused for user 'alice': too many failed logins; try again in 2 seconds",
				longer.getMessage(), "the back-off doubles");

		assertTrue(server.loginThrottle().clear(StoreFixture.EDITOR), "an admin lifts the back-off");
		RepositoryClient.connect(server, StoreFixture.EDITOR, StoreFixture.PASSWORD).close();
		assertEquals(0, server.loginThrottle().failures(StoreFixture.EDITOR));

		List<String> lines = Files.readAllLines(server.auditLog());
		assertEquals(LoginThrottle.FREE_FAILURES_PER_USER + 2,
				lines.stream().filter(line -> line.contains(" LOGIN-REFUSED user=alice from=127.0.0.1 ")).count(),
				String.join("\n", lines));
		assertEquals(2,
				lines.stream().filter(line -> line.contains(" LOGIN-THROTTLED user=alice from=127.0.0.1 ")).count(),
				String.join("\n", lines));
		assertTrue(lines.stream().anyMatch(line -> line.endsWith(" LOGIN user=alice from=127.0.0.1")),
				String.join("\n", lines));
		assertTrue(lines.get(0).startsWith("2026-12-02T09:00:00Z LOGIN-REFUSED "), "time from the server's clock: "
				+ lines.get(0));
	}

	@Test
	void failedLoginsFromOneAddressBackOffWhateverUserNamesAreTried() throws Exception {
		RepositoryServer server = start();
		for (int attempt = 1; attempt <= LoginThrottle.FREE_FAILURES_PER_ADDRESS + 1; attempt++) {
			String name = "guess" + attempt;
			SecurityException refusal = assertThrows(SecurityException.class,
					() -> RepositoryClient.connect(server, name, StoreFixture.PASSWORD).close());
			assertEquals("Login refused for user '" + name + "': unknown user or wrong password", refusal.getMessage());
		}
		SecurityException backOff = assertThrows(SecurityException.class,
				() -> RepositoryClient.connect(server, StoreFixture.ADMIN, StoreFixture.PASSWORD).close());
		assertEquals("Login refused for user 'ada': too many failed logins; try again in 1 second",
				backOff.getMessage());
		clock.advance(Duration.ofSeconds(1));
		RepositoryClient.connect(server, StoreFixture.ADMIN, StoreFixture.PASSWORD).close();
	}

	@Test
	void commitsAndRefusedCommitsAreAuditedWithWhoWhenAndWhereAndNoLineCanBeForged() throws Exception {
		RepositoryServer server = start();
		commitSample(server);
		try (RepositoryClient viewer = RepositoryClient.connect(server, StoreFixture.VIEWER, StoreFixture.PASSWORD)) {
			CDOTransaction transaction = viewer.openTransaction();
			RepositoryServerTest.set(transaction.getResource(RepositoryServerTest.RESOURCE).getContents().get(0),
					"name", "x");
			assertThrows(Exception.class, transaction::commit);
		}
		assertThrows(SecurityException.class,
				() -> RepositoryClient.connect(server, "eve\n2026-01-01T00:00:00Z LOGIN user=ada", "x").close());

		List<String> lines = Files.readAllLines(server.auditLog());
		String all = String.join("\n", lines);
		assertTrue(lines.stream().anyMatch(line -> line.matches(
				"\\S+Z COMMIT user=ada from=127\\.0\\.0\\.1 time=\\d+ new=\\d+ changed=\\d+ detached=0")), all);
		assertTrue(lines.stream().anyMatch(line -> line.contains(
				" COMMIT-REFUSED user=victor from=127.0.0.1 User 'victor' has role viewer and may not commit")), all);
		assertTrue(lines.stream().anyMatch(line -> line.contains(
				" LOGIN-REFUSED user=eve\\u000a2026-01-01T00:00:00Z\\u0020LOGIN\\u0020user=ada from=127.0.0.1 ")), all);
		assertFalse(lines.stream().anyMatch(line -> line.startsWith("2026-01-01T00:00:00Z")), all);
	}

	// --- smaller: idle connections ----------------------------------------------------------------------------------

	@Test
	void aConnectionThatNeverLogsInIsClosedAfterTheLoginTimeout() throws Exception {
		fixture = new StoreFixture(StoreKind.H2, temp);
		RepositoryServer server = start(fixture.configuration().loginTimeout(Duration.ofMillis(500)));
		try (Socket idle = new Socket(server.host(), server.port())) {
			idle.setSoTimeout(60_000); // a hang guard, not a speed assertion
			InputStream in = idle.getInputStream();
			assertEquals(-1, in.read(), "the server closed the idle connection");
		}
		try (RepositoryClient editor = RepositoryClient.connect(server, StoreFixture.EDITOR, StoreFixture.PASSWORD)) {
			// A client that logs in keeps its connection past the timeout: it still works after an idle connection was
			// closed for the same reason.
			assertNotNull(editor.openView().getRootResource());
		}
		String audit = Files.readString(server.auditLog(), StandardCharsets.UTF_8);
		assertTrue(audit.contains(" CONNECTION-CLOSED user=- from=127.0.0.1 no login within "), audit);
	}

	// --- smaller: garbage connections -------------------------------------------------------------------------------

	@Test
	void aConnectionSendingGarbageIsLoggedAsOneLineWithoutAStackTrace() throws Exception {
		fixture = new StoreFixture(StoreKind.H2, temp);
		RepositoryServer server = start(fixture.configuration().loginTimeout(Duration.ofSeconds(2)));
		List<String> passedOn = new CopyOnWriteArrayList<>();
		OMLogHandler stackTraces = (logger, level, message, thrown) -> {
			if (thrown != null) {
				passedOn.add(message + " / " + thrown);
			}
		};
		List<LogRecord> lines = new CopyOnWriteArrayList<>();
		Handler capture = new Handler() {
			@Override
			public void publish(LogRecord record) {
				lines.add(record);
			}

			@Override
			public void flush() {
			}

			@Override
			public void close() {
			}
		};
		java.util.logging.Logger logger = java.util.logging.Logger.getLogger(ProtocolErrorFilter.LOGGER_NAME);
		logger.addHandler(capture);
		OMPlatform.INSTANCE.addLogHandler(stackTraces);
		try (Socket garbage = new Socket(server.host(), server.port())) {
			garbage.setSoTimeout(60_000); // a hang guard, not a speed assertion
			garbage.getOutputStream()
					.write("GET / HTTP/1.1\r\nHost: placewise\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
			garbage.getOutputStream().flush();
			assertEquals(-1, readAfterClose(garbage), "the server closed the connection");
		} finally {
			OMPlatform.INSTANCE.removeLogHandler(stackTraces);
			logger.removeHandler(capture);
		}
		assertEquals(List.of(), passedOn, "nothing logged a stack trace");
		assertFalse(lines.isEmpty(), "the garbage was reported");
		for (LogRecord line : lines) {
			assertEquals(null, line.getThrown());
			assertTrue(
					line.getMessage().startsWith("Dropped a connection that does not speak the repository protocol: ")
							&& !line.getMessage().contains("\n"),
					line.getMessage());
		}
		try (RepositoryClient editor = RepositoryClient.connect(server, StoreFixture.EDITOR, StoreFixture.PASSWORD)) {
			assertNotNull(editor.openView().getRootResource(), "the server still serves");
		}
	}

	// ---------------------------------------------------------------------------------------------------------------

	private static void commitSample(RepositoryServer server) throws Exception {
		try (RepositoryClient admin = RepositoryClient.connect(server, StoreFixture.ADMIN, StoreFixture.PASSWORD)) {
			CDOTransaction transaction = admin.openTransaction();
			EObject partnership = RepositoryServerTest.samplePartnership(admin.model);
			transaction.getOrCreateResource(RepositoryServerTest.RESOURCE).getContents().add(partnership);
			transaction.commit();
		}
	}

	/** @return -1 once the server has closed the connection, whether cleanly or with a reset */
	private static int readAfterClose(Socket socket) throws java.io.IOException {
		try {
			return socket.getInputStream().read();
		} catch (java.net.SocketException reset) {
			return -1;
		}
	}

	static String messages(Throwable thrown) {
		StringBuilder all = new StringBuilder();
		for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			all.append(cause).append('\n');
		}
		return all.toString();
	}

	/** A clock the test moves forward by hand, so back-offs are tested without waiting. */
	private static final class TestClock extends Clock {
		private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-02T09:00:00Z"));

		void advance(Duration duration) {
			now.updateAndGet(instant -> instant.plus(duration));
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now.get();
		}
	}
}
