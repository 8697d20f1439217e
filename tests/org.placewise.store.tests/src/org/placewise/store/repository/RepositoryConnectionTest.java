package org.placewise.store.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placewise.model.resource.ModelDifferences;
import org.placewise.model.core.CorePackage;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.GovernancePackage;
import org.placewise.store.ModelFiles;

/**
 * The client store API against a real repository server in this JVM: import, export, list, create, commit, history,
 * past models, passive updates and refusals. Each test uses models of its own in one shared server.
 */
class RepositoryConnectionTest {

	static final Path SAMPLES = Path.of("../../samples");

	static final Path EXAMPLESHIRE = SAMPLES.resolve("exampleshire-scheme-of-delegation.placewise");

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

	static Delegation delegation(PlacewiseModel model, String name) {
		return model.getDelegations().stream().filter(delegation -> name.equals(delegation.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no delegation '" + name + "'"));
	}

	@Test
	void everyImportedSampleReadBackInAFreshConnectionEqualsTheFile() throws Exception {
		List<Path> samples;
		try (Stream<Path> files = Files.list(SAMPLES)) {
			samples = files.filter(file -> file.toString().endsWith(".placewise")).sorted().toList();
		}
		assertTrue(samples.size() >= 6, samples.toString());
		try (RepositoryConnection editor = repository.connect(RepositoryFixture.EDITOR)) {
			for (Path sample : samples) {
				editor.importFile(sample, "/imported/" + sample.getFileName(), null);
			}
		}
		try (RepositoryConnection reader = repository.connect(RepositoryFixture.VIEWER)) {
			assertTrue(reader.listModels().containsAll(
					samples.stream().map(sample -> "/imported/" + sample.getFileName()).toList()),
					reader.listModels().toString());
			for (Path sample : samples) {
				PlacewiseModel copy = reader.readCopy("/imported/" + sample.getFileName());
				assertSameModel(new ModelFiles().load(sample), copy, sample.getFileName().toString());
			}
		}
	}

	@Test
	void anExportedModelEqualsTheImportedFile() throws Exception {
		Path exported = folder.resolve("exported.placewise");
		try (RepositoryConnection editor = repository.connect(RepositoryFixture.EDITOR)) {
			editor.importFile(EXAMPLESHIRE, "/export/exampleshire", "Scheme of delegation 2024");
			editor.exportModel("/export/exampleshire", exported);
		}
		assertSameModel(new ModelFiles().load(EXAMPLESHIRE), new ModelFiles().load(exported), "exported");
	}

	@Test
	void aCreatedModelIsListedAndOpensEmpty() throws Exception {
		try (RepositoryConnection editor = repository.connect(RepositoryFixture.EDITOR);
				SharedModel created = editor.create("/created/new-place", "New place partnership")) {
			assertEquals("New place partnership", created.model().getName());
			assertNotNull(created.model().getId());
			assertTrue(editor.listModels().contains("/created/new-place"));
			RepositoryException taken = assertThrows(RepositoryException.class,
					() -> editor.create("/created/new-place", "Again"));
			assertEquals("The repository already has a model at /created/new-place; choose another path",
					taken.getMessage());
			RepositoryException missing = assertThrows(RepositoryException.class, () -> editor.open("/no/such/model"));
			assertEquals("The repository has no model at /no/such/model", missing.getMessage());
		}
	}

	@Test
	void historyTellsWhoWhenWhyAndWhatAndThePastModelShowsOldValuesReadOnly() throws Exception {
		CommitRecord imported;
		CommitRecord renamed;
		String delegationId;
		try (RepositoryConnection editor = repository.connect(RepositoryFixture.EDITOR)) {
			imported = editor.importFile(EXAMPLESHIRE, "/history/exampleshire", "Scheme of delegation 2024");
			try (SharedModel shared = editor.open("/history/exampleshire")) {
				Delegation discharge = delegation(shared.model(), "Discharge fund");
				delegationId = discharge.getId();
				discharge.setFinancialLimit(new BigDecimal("2500000"));
				renamed = shared.commit("Winter pressures: discharge fund raised");
			}
		}
		assertEquals(RepositoryFixture.EDITOR, renamed.user());
		assertEquals("Winter pressures: discharge fund raised", renamed.comment());
		assertEquals(List.of(delegationId), renamed.changed());
		assertTrue(imported.added().contains(delegationId), "the import added every object");

		try (RepositoryConnection reader = repository.connect(RepositoryFixture.VIEWER)) {
			List<Long> times = reader.history().stream().map(CommitRecord::time).toList();
			assertTrue(times.indexOf(imported.time()) >= 0 && times.indexOf(imported.time()) < times.indexOf(
					renamed.time()), "both commits in the history, oldest first: " + times);
			CommitRecord listed = reader.history().get(times.indexOf(renamed.time()));
			assertEquals(List.of(RepositoryFixture.EDITOR, "Winter pressures: discharge fund raised",
					List.of(delegationId)), List.of(listed.user(), listed.comment(), listed.changed()));
			try (PastModel past = reader.openAt("/history/exampleshire", imported.time())) {
				Delegation then = delegation(past.model(), "Discharge fund");
				assertEquals(0, new BigDecimal("2000000").compareTo(then.getFinancialLimit()));
				assertThrows(RuntimeException.class, () -> then.setFinancialLimit(BigDecimal.ONE), "read-only");
			}
			assertEquals(0, new BigDecimal("2500000")
					.compareTo(delegation(reader.readCopy("/history/exampleshire"), "Discharge fund")
							.getFinancialLimit()));
			RepositoryException before = assertThrows(RepositoryException.class,
					() -> reader.openAt("/history/exampleshire", imported.time() - 1));
			assertTrue(before.getMessage().startsWith("There was no model at /history/exampleshire at "),
					before.getMessage());
		}
	}

	@Test
	void anotherUsersCommitArrivesWithTheChangedObjectsAndShowsInTheOpenModel() throws Exception {
		try (RepositoryConnection alice = repository.connect(RepositoryFixture.EDITOR);
				RepositoryConnection bob = repository.connect(RepositoryFixture.OTHER_EDITOR)) {
			alice.importFile(EXAMPLESHIRE, "/passive/exampleshire", null);
			BlockingQueue<CommitRecord> seenByAlice = new LinkedBlockingQueue<>();
			try (SharedModel alicesModel = alice.open("/passive/exampleshire");
					SharedModel bobsModel = bob.open("/passive/exampleshire")) {
				alice.addCommitListener(seenByAlice::add);
				Delegation bobsDelegation = delegation(bobsModel.model(), "Discharge fund");
				bobsDelegation.setScope("Discharge fund and reablement");
				CommitRecord bobs = bobsModel.commit("Reablement added to the discharge fund");

				CommitRecord seen = seenByAlice.poll(1, TimeUnit.MINUTES); // a hang guard, not a speed assertion
				assertEquals(bobs, seen);
				assertEquals("bob", seen.user());
				assertEquals(List.of(bobsDelegation.getId()), seen.changed());
				assertEquals("Discharge fund and reablement",
						delegation(alicesModel.model(), "Discharge fund").getScope());
				assertFalse(alicesModel.isDirty());
			}
		}
	}

	@Test
	void anotherUsersRemovalIsToldInPlaceWithoutTheRemovedObjectWhichCannotBeRead() throws Exception {
		try (RepositoryConnection alice = repository.connect(RepositoryFixture.EDITOR);
				RepositoryConnection bob = repository.connect(RepositoryFixture.OTHER_EDITOR)) {
			alice.importFile(EXAMPLESHIRE, "/removal/exampleshire", null);
			BlockingQueue<CommitRecord> seenByAlice = new LinkedBlockingQueue<>();
			try (SharedModel alicesModel = alice.open("/removal/exampleshire");
					SharedModel bobsModel = bob.open("/removal/exampleshire")) {
				alice.addCommitListener(seenByAlice::add);
				Delegation alicesDelegation = delegation(alicesModel.model(), "Discharge fund");
				EcoreUtil.delete(delegation(bobsModel.model(), "Discharge fund"), true);
				bobsModel.commit("Discharge fund withdrawn");

				CommitRecord seen = seenByAlice.poll(1, TimeUnit.MINUTES); // a hang guard, not a speed assertion
				assertNotNull(seen);
				assertTrue(seen.removed().contains(alicesDelegation.getId()));
				ArrivedChanges arrived = alicesModel.arrived(seen);
				assertFalse(arrived.needsWholeModel(), "a removal is told in place");
				assertTrue(arrived.removedTypes().contains(GovernancePackage.Literals.DELEGATION),
						arrived.removedTypes().toString());
				List<Notification> told = new ArrayList<>();
				alicesModel.model().eAdapters().add(new EContentAdapter() {
					@Override
					public void notifyChanged(Notification notification) {
						super.notifyChanged(notification);
						told.add(notification);
					}
				});
				arrived.notifyAdapters();
				assertTrue(told.stream()
						.anyMatch(n -> n.getEventType() == Notification.REMOVE
								&& n.getFeature() == CorePackage.Literals.PLACEWISE_MODEL__DELEGATIONS
								&& n.getOldValue() == null),
						"the model is told a delegation went, without it: " + told);
			}
		}
	}

	@Test
	void aViewerMayReadButNotCommitAndNothingIsWritten() throws Exception {
		try (RepositoryConnection editor = repository.connect(RepositoryFixture.EDITOR)) {
			editor.importFile(EXAMPLESHIRE, "/viewer/exampleshire", null);
		}
		try (RepositoryConnection viewer = repository.connect(RepositoryFixture.VIEWER);
				SharedModel shared = viewer.open("/viewer/exampleshire")) {
			int commitsBefore = viewer.history().size();
			delegation(shared.model(), "Discharge fund").setScope("Changed by a viewer");
			RepositoryException refused = assertThrows(RepositoryException.class, () -> shared.commit("Attempt"));
			assertTrue(refused.getMessage().startsWith("The repository refused the commit to /viewer/exampleshire: "
					+ "User 'victor' has role viewer and may not commit. Nothing was written"), refused.getMessage());
			assertTrue(shared.isDirty(), "the viewer's change is still there to copy elsewhere");
			assertEquals(commitsBefore, viewer.history().size());
			assertEquals("Discharge fund allocations",
					delegation(viewer.readCopy("/viewer/exampleshire"), "Discharge fund").getScope());
		}
	}

	@Test
	void wrongPasswordUnknownUserAndNoServerAreRefusedWithAClearMessage() {
		RepositoryException wrong = assertThrows(RepositoryException.class, () -> RepositoryConnection
				.connect(repository.server.host(), repository.server.port(), "alice", "guess".toCharArray()));
		assertEquals("Login refused for user 'alice': unknown user or wrong password", wrong.getMessage());
		RepositoryException unknown = assertThrows(RepositoryException.class, () -> RepositoryConnection
				.connect(repository.server.host(), repository.server.port(), "mallory", RepositoryFixture.PASSWORD));
		assertEquals("Login refused for user 'mallory': unknown user or wrong password", unknown.getMessage());
		RepositoryException noServer = assertThrows(RepositoryException.class,
				() -> RepositoryConnection.connect("127.0.0.1", 1, "alice", RepositoryFixture.PASSWORD));
		assertTrue(noServer.getMessage().startsWith("Cannot reach the Placewise repository server at 127.0.0.1:1"),
				noServer.getMessage());
	}

	@Test
	void aRepositoryUrlOpensACopyOfTheModel() throws Exception {
		try (RepositoryConnection editor = repository.connect(RepositoryFixture.EDITOR)) {
			editor.importFile(EXAMPLESHIRE, "/url/exampleshire", null);
		}
		String url = repository.url(RepositoryFixture.VIEWER, "/url/exampleshire");
		PlacewiseModel copy = ModelLocations.load(url, java.util.Map.of(ModelLocations.PASSWORD_VARIABLE,
				new String(RepositoryFixture.PASSWORD)));
		assertSameModel(new ModelFiles().load(EXAMPLESHIRE), copy, url);
		PlacewiseModel file = ModelLocations.load(EXAMPLESHIRE.toString(), java.util.Map.of());
		assertSameModel(new ModelFiles().load(EXAMPLESHIRE), file, "file");
		RepositoryException noPassword = assertThrows(RepositoryException.class,
				() -> ModelLocations.load(url, java.util.Map.of()));
		assertEquals("Set PLACEWISE_PASSWORD to the password of 'victor' to open " + url, noPassword.getMessage());
	}

	/** The two models hold the same objects (by id) with the same values. */
	private static void assertSameModel(org.eclipse.emf.ecore.EObject expected, org.eclipse.emf.ecore.EObject actual,
			String what) {
		org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), ModelDifferences.byId(expected, actual),
				what);
	}
}
