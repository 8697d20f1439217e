package org.placewise.store.repository;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placewise.model.core.PlacewiseModel;

/**
 * Issue 19 defect 8: a repository model read for a headless command is in a resource like a model file (check and
 * diagram walk the resource), and a connection whose server has died answers with {@link RepositoryException}, never a
 * NullPointerException.
 */
class RepositoryFailureTest {

	@TempDir
	Path folder;

	private RepositoryFixture repository;

	@AfterEach
	void stopServer() {
		if (repository != null) {
			repository.close();
		}
	}

	@Test
	void aRepositoryCopyIsTheOnlyContentOfAResourceLikeAModelFile() throws Exception {
		repository = new RepositoryFixture(folder);
		try (RepositoryConnection editor = repository.connect(RepositoryFixture.EDITOR)) {
			editor.importFile(RepositoryConnectionTest.EXAMPLESHIRE, "/copy/exampleshire", null);
		}
		String url = repository.url(RepositoryFixture.VIEWER, "/copy/exampleshire");
		PlacewiseModel copy = ModelLocations.load(url,
				Map.of(ModelLocations.PASSWORD_VARIABLE, new String(RepositoryFixture.PASSWORD)));
		assertNotNull(copy.eResource(), "the copy is in a resource");
		assertSame(copy, copy.eResource().getContents().get(0));
		assertTrue(copy.eResource().getContents().size() == 1, copy.eResource().getContents().toString());
	}

	@Test
	void everyCallOnAConnectionWhoseServerDiedIsARepositoryException() throws Exception {
		repository = new RepositoryFixture(folder);
		try (RepositoryConnection editor = repository.connect(RepositoryFixture.EDITOR)) {
			editor.importFile(RepositoryConnectionTest.EXAMPLESHIRE, "/dead/exampleshire", null);
			SharedModel shared = editor.open("/dead/exampleshire");
			shared.model().setName("Renamed just before the server died");
			repository.close();

			assertServerGone(assertThrows(RepositoryException.class, () -> shared.commit("too late")));
			assertServerGone(assertThrows(RepositoryException.class, () -> editor.readCopy("/dead/exampleshire")));
			assertServerGone(assertThrows(RepositoryException.class, () -> editor.open("/dead/exampleshire")));
			assertServerGone(assertThrows(RepositoryException.class, () -> editor.create("/dead/new", "New")));
			assertServerGone(assertThrows(RepositoryException.class,
					() -> editor.importFile(RepositoryConnectionTest.EXAMPLESHIRE, "/dead/again", null)));
			assertServerGone(assertThrows(RepositoryException.class,
					() -> editor.exportModel("/dead/exampleshire", folder.resolve("out.placewise"))));
			assertServerGone(assertThrows(RepositoryException.class, () -> editor.openAt("/dead/exampleshire", 1L)));
		}
	}

	private static void assertServerGone(RepositoryException refusal) {
		assertTrue(refusal.getMessage().contains("The connection to the Placewise repository server")
				&& refusal.getMessage().contains("was lost"), refusal.getMessage());
	}
}
