package org.placewise.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.emf.cdo.transaction.CDOTransaction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placewise.model.PlacewisePackages;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.server.RepositoryServer;
import org.placewise.server.StoreKind;
import org.placewise.store.repository.RepositoryConnection;
import org.placewise.store.repository.SharedModel;

/** Shared models committed by an earlier Placewise are migrated when opened, as files are. */
class SharedModelMigrationTest {
	private static final String PATH = "/migration/exampleshire";

	@TempDir
	Path temp;

	private StoreFixture fixture;

	@AfterEach
	void stopServers() {
		if (fixture != null) {
			fixture.close();
		}
	}

	private static RepositoryConnection connect(RepositoryServer server, String user) throws Exception {
		return RepositoryConnection.connect(server.host(), server.port(), user, StoreFixture.PASSWORD.toCharArray());
	}

	/**
	 * A model committed by a version-1 client (no formatVersion, a CCG without its abolition date) is migrated when
	 * opened, locally, and the migration is committed with the next commit. The packages are this version's: the
	 * version-1 packages are not available to build, so what CDO does when a repository holds differing packages under
	 * the same namespace is not shown here.
	 */
	@Test
	void aModelCommittedByAnEarlierPlacewiseIsMigratedOnOpenAndCommittedWithTheNextCommit() throws Exception {
		fixture = new StoreFixture(StoreKind.H2, temp);
		RepositoryServer server = fixture.start(fixture.configuration().packages(PlacewisePackages.all()).build());
		PlacewiseModel old = new org.placewise.store.ModelFiles()
				.load(SampleRoundTripTest.SAMPLES.resolve("exampleshire-scheme-of-delegation.placewise"));
		org.placewise.model.organisation.Organisation ccg = old.getOrganisations().get(0);
		ccg.setKind(org.placewise.model.organisation.OrganisationKind.CLINICAL_COMMISSIONING_GROUP);
		ccg.setAbolishedDate(null);
		old.setFormatVersion(null);
		try (RepositoryClient raw = RepositoryClient.connect(server, StoreFixture.EDITOR, StoreFixture.PASSWORD)) {
			CDOTransaction transaction = raw.openTransaction();
			transaction.createResource(PATH).getContents().add(old);
			transaction.setCommitComment("Committed by a version 1 client");
			transaction.commit();
		}
		try (RepositoryConnection alice = connect(server, StoreFixture.EDITOR)) {
			try (SharedModel opened = alice.open(PATH)) {
				var migration = opened.migration().orElseThrow();
				assertEquals(1, migration.fromVersion());
				assertEquals(2, migration.toVersion());
				assertEquals(2, opened.model().getFormatVersion());
				assertEquals(java.time.LocalDate.of(2022, 7, 1),
						opened.model().getOrganisations().get(0).getAbolishedDate());
				assertTrue(opened.isDirty(), "migrated here, not yet in the repository");
				assertEquals(null, alice.readCopy(PATH).getFormatVersion(), "the repository's copy is unchanged");
				opened.commit("Opened in Placewise 2");
			}
			try (SharedModel again = alice.open(PATH)) {
				assertTrue(again.migration().isEmpty(), "migrated once");
				assertEquals(2, again.model().getFormatVersion());
				assertFalse(again.isDirty());
			}
		}
	}

}
