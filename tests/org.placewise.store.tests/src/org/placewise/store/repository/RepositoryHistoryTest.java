package org.placewise.store.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.io.TempDir;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.governance.Delegation;
import org.placewise.store.ModelFiles;
import org.placewise.store.repository.ModelDifference.Change;
import org.placewise.store.repository.ModelDifference.Kind;

/**
 * The history of one model (not of the whole repository), the difference between two versions by object id, a new
 * version of a file committed as just its changes, and a model copied to another server with every commit's author,
 * time and comment.
 */
class RepositoryHistoryTest {

	@TempDir
	static Path folder;

	static RepositoryFixture repository;

	@BeforeAll
	static void startServer() throws Exception {
		repository = new RepositoryFixture(folder.resolve("first"));
	}

	@AfterAll
	static void stopServer() {
		if (repository != null) {
			repository.close();
		}
	}

	@Test
	void theLogOfAModelHasOnlyItsCommitsWithOnlyItsObjects() throws Exception {
		try (RepositoryConnection alice = repository.connect(RepositoryFixture.EDITOR);
				RepositoryConnection bob = repository.connect(RepositoryFixture.OTHER_EDITOR)) {
			alice.importFile(RepositoryConnectionTest.EXAMPLESHIRE, "/log/mine", "Scheme 2024");
			bob.importFile(RepositoryConnectionTest.EXAMPLESHIRE, "/log/other", "Someone else's copy");
			String dischargeId;
			try (SharedModel shared = bob.open("/log/mine")) {
				Delegation discharge = RepositoryConnectionTest.delegation(shared.model(), "Discharge fund");
				dischargeId = discharge.getId();
				discharge.setFinancialLimit(new BigDecimal("6000000"));
				shared.commit("Raised the discharge fund limit");
			}
			try (SharedModel other = alice.open("/log/other")) {
				RepositoryConnectionTest.delegation(other.model(), "Discharge fund").setScope("Elsewhere");
				other.commit("Changed the other model");
			}
			List<CommitRecord> log = alice.log("/log/mine");
			assertEquals(List.of("Scheme 2024", "Raised the discharge fund limit"),
					log.stream().map(CommitRecord::comment).toList());
			assertEquals(List.of("alice", "bob"), log.stream().map(CommitRecord::user).toList());
			assertEquals(List.of(dischargeId), log.get(1).changed());
			assertEquals(ModelDifference.objectCount(new ModelFiles().load(RepositoryConnectionTest.EXAMPLESHIRE)),
					log.get(0).added().size(), "the import added every object of the model, and only those");

			PlacewiseModel before = alice.readCopyAt("/log/mine", log.get(0).time());
			PlacewiseModel after = alice.readCopy("/log/mine");
			List<Change> changes = ModelDifference.between(before, after);
			assertEquals(1, changes.size(), changes.toString());
			Change change = changes.get(0);
			assertEquals(Kind.CHANGED, change.kind());
			assertEquals(dischargeId, change.id());
			assertEquals("financialLimit", change.feature().getName());
			assertEquals(0, new BigDecimal("6000000").compareTo((BigDecimal) change.newValue()));
		}
	}

	@Test
	void aNewVersionOfAFileIsCommittedAsJustItsChanges() throws Exception {
		try (RepositoryConnection alice = repository.connect(RepositoryFixture.EDITOR)) {
			PlacewiseModel file = new ModelFiles().load(RepositoryConnectionTest.EXAMPLESHIRE);
			alice.commitVersion("/push/exampleshire", file, "First push");
			Delegation discharge = RepositoryConnectionTest.delegation(file, "Discharge fund");
			discharge.setFinancialLimit(new BigDecimal("2500000"));
			Delegation removed = file.getDelegations().get(0) == discharge ? file.getDelegations().get(1)
					: file.getDelegations().get(0);
			List<String> removedIds = new java.util.ArrayList<>(List.of(removed.getId()));
			removed.eAllContents().forEachRemaining(
					contained -> removedIds.add(((org.placewise.model.core.Identified) contained).getId()));
			EcoreUtil.delete(removed, true);

			java.util.Set<String> differing = new java.util.HashSet<>(List.of(file.getId()));
			ModelDifference.between(alice.readCopy("/push/exampleshire"), file).forEach(change -> differing.add(
					change.id()));
			CommitRecord second = alice.commitVersion("/push/exampleshire", file, "Second push");
			assertTrue(differing.containsAll(second.changed()), "only objects that differ were changed: "
					+ second.changed() + " of " + differing);
			assertEquals(List.of(), second.added());
			assertTrue(second.changed().contains(discharge.getId()), second.toString());
			assertEquals(removedIds.stream().sorted().toList(), second.removed().stream().sorted().toList(),
					"the delegation and what it contained");
			assertEquals(List.of(), ModelDifference.between(alice.readCopy("/push/exampleshire"), file),
					"the repository now equals the file");
			assertNull(alice.commitVersion("/push/exampleshire", file, "Nothing new"), "nothing to commit");
		}
	}

	@Test
	void aCopyToAnotherServerKeepsEveryCommitWithItsAuthorTimeAndComment() throws Exception {
		try (RepositoryFixture second = new RepositoryFixture(folder.resolve("second"));
				RepositoryConnection alice = repository.connect(RepositoryFixture.EDITOR);
				RepositoryConnection bob = repository.connect(RepositoryFixture.OTHER_EDITOR)) {
			alice.importFile(RepositoryConnectionTest.EXAMPLESHIRE, "/copy/exampleshire", "Scheme 2024");
			try (SharedModel shared = bob.open("/copy/exampleshire")) {
				RepositoryConnectionTest.delegation(shared.model(), "Discharge fund")
						.setFinancialLimit(new BigDecimal("6000000"));
				shared.commit("Raised the limit");
			}
			try (SharedModel shared = alice.open("/copy/exampleshire")) {
				EcoreUtil.delete(RepositoryConnectionTest.delegation(shared.model(), "Discharge fund"), true);
				shared.commit("Removed the discharge fund delegation");
			}
			List<CommitRecord> original = alice.log("/copy/exampleshire");
			try (RepositoryConnection copier = second.connect(RepositoryFixture.EDITOR)) {
				List<CommitRecord> copied = alice.copyWithHistory("/copy/exampleshire", copier, "/moved/exampleshire");
				assertEquals(3, copied.size());
				List<CommitRecord> log = copier.log("/moved/exampleshire");
				assertEquals(original.stream().map(CommitRecord::user).toList(),
						log.stream().map(CommitRecord::author).toList());
				assertEquals(original.stream().map(CommitRecord::instant).toList(),
						log.stream().map(CommitRecord::authoredAt).toList());
				assertEquals(original.stream().map(CommitRecord::comment).toList(),
						log.stream().map(CommitRecord::originalComment).toList());
				for (int i = 0; i < original.size(); i++) {
					assertEquals(original.get(i).touched().stream().sorted().toList(),
							log.get(i).touched().stream().sorted().toList(),
							"commit " + i + " touched the same objects");
					assertEquals(List.of(), ModelDifference.between(
							alice.readCopyAt("/copy/exampleshire", original.get(i).time()),
							copier.readCopyAt("/moved/exampleshire", log.get(i).time())),
							"the model after commit " + i);
				}
			}
		}
	}
}
