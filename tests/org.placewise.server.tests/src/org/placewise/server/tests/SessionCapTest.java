package org.placewise.server.tests;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placewise.model.PlacewisePackages;
import org.placewise.server.RepositoryServer;
import org.placewise.server.StoreKind;
import org.placewise.store.repository.RepositoryConnection;
import org.placewise.store.repository.RepositoryException;

/** One user may hold only so many sessions at once; the refusal names the cap; other users are not affected. */
class SessionCapTest {
	@TempDir
	Path temp;

	private static RepositoryConnection connect(RepositoryServer server, String user) throws RepositoryException {
		return RepositoryConnection.connect(server.host(), server.port(), user, StoreFixture.PASSWORD.toCharArray());
	}

	@Test
	void aUserBeyondTheCapIsRefusedNamingItUntilASessionCloses() throws Exception {
		try (StoreFixture fixture = new StoreFixture(StoreKind.H2, temp)) {
			RepositoryServer server = fixture.start(fixture.configuration().packages(PlacewisePackages.all())
					.maxSessionsPerUser(2).build());
			try (RepositoryConnection first = connect(server, StoreFixture.EDITOR);
					RepositoryConnection second = connect(server, StoreFixture.EDITOR)) {
				RepositoryException refused = assertThrows(RepositoryException.class,
						() -> connect(server, StoreFixture.EDITOR));
				assertTrue(refused.getMessage().contains("User 'alice' already has 2 sessions open")
						&& refused.getMessage().contains("(2)"), refused.getMessage());
				try (RepositoryConnection viewer = connect(server, StoreFixture.VIEWER)) {
					assertTrue(viewer.listModels().isEmpty(), "another user still gets in");
				}
				first.close();
				// The server learns of the closed session when its connection ends: a moment later.
				RepositoryConnection third = null;
				for (long end = System.nanoTime() + 30_000_000_000L; third == null && System.nanoTime() < end;) {
					try {
						third = connect(server, StoreFixture.EDITOR);
					} catch (RepositoryException stillCounted) {
						Thread.sleep(100);
					}
				}
				assertTrue(third != null, "a closed session frees its place");
				third.close();
			}
			String audit = Files.readString(server.auditLog());
			assertTrue(audit.contains("LOGIN-REFUSED user=alice") && audit.contains("session cap 2"), audit);
		}
	}

	@Test
	void theDefaultCapIsTwenty() {
		assertTrue(org.placewise.server.ServerConfiguration.builder().dataDirectory(Path.of("unused")).build()
				.maxSessionsPerUser() == 20);
	}
}
