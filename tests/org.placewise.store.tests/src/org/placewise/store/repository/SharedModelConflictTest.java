package org.placewise.store.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placewise.model.governance.Delegation;

/**
 * Two editors change the same delegation at once: the second commit is refused with both values, nothing is lost, and
 * the editor settles it by keeping theirs, taking the other's or reloading. Changes to different values of the same
 * delegation are both kept without asking.
 */
class SharedModelConflictTest {

	@TempDir
	static Path folder;

	static RepositoryFixture repository;

	@BeforeAll
	static void startServer() throws Exception {
		repository = new RepositoryFixture(folder);
	}

	@AfterAll
	static void stopServer() {
		if (repository != null) {
			repository.close();
		}
	}

	private static Delegation discharge(SharedModel shared) {
		return RepositoryConnectionTest.delegation(shared.model(), "Discharge fund");
	}

	private static BigDecimal committedLimit(String path) throws RepositoryException {
		try (RepositoryConnection reader = repository.connect(RepositoryFixture.VIEWER)) {
			return RepositoryConnectionTest.delegation(reader.readCopy(path), "Discharge fund").getFinancialLimit();
		}
	}

	/** Alice commits 1,750,000; Bob, who changed the same limit to 1,900,000 meanwhile, commits second. */
	private static ConflictException secondCommitConflicts(RepositoryConnection alice, RepositoryConnection bob,
			String path, SharedModel bobsModel) throws Exception {
		try (SharedModel alicesModel = alice.open(path)) {
			discharge(alicesModel).setFinancialLimit(new BigDecimal("1750000"));
			discharge(bobsModel).setFinancialLimit(new BigDecimal("1900000"));
			alicesModel.commit("Limit lowered after audit");
		}
		return assertThrows(ConflictException.class, () -> bobsModel.commit("Limit raised for winter"));
	}

	@Test
	void theSecondCommitSurfacesTheConflictWithBothValuesAndTakeTheirsKeepsTheFirst() throws Exception {
		String path = "/conflict/take-theirs";
		try (RepositoryConnection alice = repository.connect(RepositoryFixture.EDITOR);
				RepositoryConnection bob = repository.connect(RepositoryFixture.OTHER_EDITOR)) {
			alice.importFile(RepositoryConnectionTest.EXAMPLESHIRE, path, null);
			try (SharedModel bobsModel = bob.open(path)) {
				discharge(bobsModel).setScope("Discharge and reablement");
				ConflictException conflict = secondCommitConflicts(alice, bob, path, bobsModel);
				Delegation delegation = discharge(bobsModel);
				assertEquals(List.of(new Conflict(delegation.getId(), "Delegation 'Discharge fund' (id "
						+ delegation.getId() + ")", "financialLimit", new BigDecimal("1900000"),
						new BigDecimal("1750000"), "alice")), conflict.conflicts());
				assertTrue(conflict.getMessage().contains("yours is 1900000, alice committed 1750000"),
						conflict.getMessage());
				assertEquals(new BigDecimal("1900000"), discharge(bobsModel).getFinancialLimit(),
						"Bob's value is still in his model");
				assertEquals(0, new BigDecimal("1750000").compareTo(committedLimit(path)), "nothing was written");

				bobsModel.takeTheirs();
				assertEquals(0, new BigDecimal("1750000").compareTo(discharge(bobsModel).getFinancialLimit()));
				assertEquals("Discharge and reablement", discharge(bobsModel).getScope(),
						"Bob's other change is kept");
				bobsModel.commit("Reablement added");
			}
			assertEquals(0, new BigDecimal("1750000").compareTo(committedLimit(path)));
		}
	}

	@Test
	void keepMineCommitsTheSecondValueAndTheHistoryHoldsBoth() throws Exception {
		String path = "/conflict/keep-mine";
		try (RepositoryConnection alice = repository.connect(RepositoryFixture.EDITOR);
				RepositoryConnection bob = repository.connect(RepositoryFixture.OTHER_EDITOR)) {
			CommitRecord imported = alice.importFile(RepositoryConnectionTest.EXAMPLESHIRE, path, null);
			try (SharedModel bobsModel = bob.open(path)) {
				secondCommitConflicts(alice, bob, path, bobsModel);
				bobsModel.keepMine();
				assertTrue(bobsModel.conflicts().isEmpty());
				bobsModel.commit("Limit raised for winter, agreed with Alice");
			}
			assertEquals(0, new BigDecimal("1900000").compareTo(committedLimit(path)));
			List<BigDecimal> limits = new java.util.ArrayList<>();
			for (CommitRecord commit : bob.history()) {
				if (commit.time() >= imported.time()) {
					try (PastModel past = bob.openAt(path, commit.time())) {
						limits.add(RepositoryConnectionTest.delegation(past.model(), "Discharge fund")
								.getFinancialLimit().stripTrailingZeros());
					}
				}
			}
			assertEquals(List.of(new BigDecimal("2E+6"), new BigDecimal("1.75E+6"), new BigDecimal("1.9E+6")), limits,
					"every committed value is in the history");
		}
	}

	@Test
	void reloadDropsEveryLocalChange() throws Exception {
		String path = "/conflict/reload";
		try (RepositoryConnection alice = repository.connect(RepositoryFixture.EDITOR);
				RepositoryConnection bob = repository.connect(RepositoryFixture.OTHER_EDITOR)) {
			alice.importFile(RepositoryConnectionTest.EXAMPLESHIRE, path, null);
			try (SharedModel bobsModel = bob.open(path)) {
				discharge(bobsModel).setScope("Discharge and reablement");
				secondCommitConflicts(alice, bob, path, bobsModel);
				bobsModel.reload();
				assertFalse(bobsModel.isDirty());
				assertEquals(0, new BigDecimal("1750000").compareTo(discharge(bobsModel).getFinancialLimit()));
				assertEquals("Discharge fund allocations", discharge(bobsModel).getScope());
			}
		}
	}

	@Test
	void changesToDifferentValuesOfOneDelegationAreBothKept() throws Exception {
		String path = "/conflict/different-values";
		try (RepositoryConnection alice = repository.connect(RepositoryFixture.EDITOR);
				RepositoryConnection bob = repository.connect(RepositoryFixture.OTHER_EDITOR)) {
			alice.importFile(RepositoryConnectionTest.EXAMPLESHIRE, path, null);
			try (SharedModel alicesModel = alice.open(path); SharedModel bobsModel = bob.open(path)) {
				discharge(alicesModel).setFinancialLimit(new BigDecimal("1750000"));
				discharge(bobsModel).setScope("Discharge and reablement");
				alicesModel.commit("Limit lowered");
				bobsModel.commit("Reablement added");
			}
			try (RepositoryConnection reader = repository.connect(RepositoryFixture.VIEWER)) {
				Delegation committed = RepositoryConnectionTest.delegation(reader.readCopy(path), "Discharge fund");
				assertEquals(0, new BigDecimal("1750000").compareTo(committed.getFinancialLimit()));
				assertEquals("Discharge and reablement", committed.getScope());
			}
		}
	}
}
