package org.placewise.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.eclipse.emf.cdo.transaction.CDOTransaction;
import org.eclipse.emf.cdo.util.CommitException;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placewise.model.PlacewisePackages;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.governance.Delegation;
import org.placewise.server.RepositoryServer;
import org.placewise.server.StoreKind;
import org.placewise.store.repository.RepositoryConnection;
import org.placewise.store.repository.RepositoryException;
import org.placewise.store.repository.Reservation;
import org.placewise.store.repository.ReservedException;
import org.placewise.store.repository.SharedModel;

/**
 * "Reserve for editing" against a real server: a reservation is a CDO explicit write lock; the server records who holds
 * it and since when, answers the reservations query, lists it for the admin, and refuses another user's commit at once,
 * naming the holder; the holder's own commits keep it or release it as they choose; viewers may not reserve.
 */
class ReservationTest {
	private static final String PATH = "/reservations/exampleshire";

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

	private static Delegation firstDelegation(PlacewiseModel model) {
		for (var all = model.eAllContents(); all.hasNext();) {
			if (all.next() instanceof Delegation delegation) {
				return delegation;
			}
		}
		throw new AssertionError("the sample has a delegation");
	}

	@Test
	void aReservationIsSeenByOthersRefusesTheirChangesAndEndsWhenTheHolderChooses() throws Exception {
		fixture = new StoreFixture(StoreKind.H2, temp);
		Path sample = SampleRoundTripTest.SAMPLES.resolve("exampleshire-scheme-of-delegation.placewise");
		RepositoryServer server = fixture.start(fixture.configuration().packages(PlacewisePackages.all()).build());
		try (RepositoryConnection alice = connect(server, StoreFixture.EDITOR);
				RepositoryConnection ada = connect(server, StoreFixture.ADMIN)) {
			alice.importFile(sample, PATH, "Imported");
			try (SharedModel mine = alice.open(PATH); SharedModel theirs = ada.open(PATH)) {
				Delegation reserved = firstDelegation(mine.model());
				Delegation seen = firstDelegation(theirs.model());
				Instant before = Instant.now().minusSeconds(1);
				mine.reserve(reserved);

				List<Reservation> seenByAda = theirs.refreshReservations();
				assertEquals(1, seenByAda.size(), seenByAda.toString());
				Reservation held = seenByAda.get(0);
				assertEquals(reserved.getId(), held.objectId());
				assertEquals(StoreFixture.EDITOR, held.user());
				assertFalse(held.mine());
				assertTrue(!held.since().isBefore(before) && !held.since().isAfter(Instant.now()), held.toString());
				assertEquals(held, theirs.reservedByOthers(seen));
				assertTrue(mine.refreshReservations().get(0).mine(), "the holder sees it as theirs");
				assertTrue(mine.isReservedByMe(reserved));

				// Ada's change is refused before anything changes, naming alice.
				String name = seen.getName();
				ReservedException refused = assertThrows(ReservedException.class,
						() -> theirs.change(() -> seen.setName("Ada's name")));
				assertTrue(refused.getMessage().contains("reserved for editing by alice"), refused.getMessage());
				assertEquals(name, seen.getName());
				assertFalse(theirs.isDirty(), "nothing left changed");
				// A change that touches another object first and then the reserved one is undone whole.
				PlacewiseModel model = theirs.model();
				String modelName = model.getName();
				assertThrows(ReservedException.class, () -> theirs.change(() -> {
					model.setName("Renamed first");
					seen.setName("Ada's name");
				}));
				assertEquals(modelName, model.getName());
				assertFalse(theirs.isDirty(), "nothing left changed");
				// Ada cannot reserve it either.
				RepositoryException taken = assertThrows(RepositoryException.class, () -> theirs.reserve(seen));
				assertTrue(taken.getMessage().contains("already reserved for editing by alice"), taken.getMessage());

				// The admin's `server locks` shows it, with since when.
				assertTrue(server.locks().stream().anyMatch(lock -> lock.user().equals(StoreFixture.EDITOR)
						&& lock.type().equals("write")), server.locks().toString());

				// The holder commits and keeps the reservation.
				reserved.setName("Redrafted for the March board");
				mine.commit("Redrafted", false);
				assertEquals(1, theirs.refreshReservations().size(), "kept after the holder's commit");

				// A client that did not know (plain CDO, no reservation check) is refused by the server at once,
				// naming the holder: not a lock timeout.
				try (RepositoryClient raw = RepositoryClient.connect(server, StoreFixture.ADMIN,
						StoreFixture.PASSWORD)) {
					CDOTransaction transaction = raw.openTransaction();
					EObject object = transaction.getObject(((org.eclipse.emf.cdo.CDOObject) reserved).cdoID());
					RepositoryServerTest.set(object, "name", "Changed anyway");
					CommitException commit = assertThrows(CommitException.class, transaction::commit);
					String messages = ServerSafetyTest.messages(commit);
					assertTrue(messages.contains("is reserved for editing by alice"), messages);
				}

				// Released with the next commit: ada may now change it.
				reserved.setFinancialLimit(new BigDecimal("6000000"));
				mine.commit("Limit raised; redraft done", true);
				assertEquals(List.of(), theirs.refreshReservations());
				assertFalse(mine.isReservedByMe(reserved));
				theirs.reload();
				seen.setName("Ada's name");
				assertNotEquals(null, theirs.commit("Renamed"));
			}
		}
	}

	@Test
	void releaseEndsAReservationAndAViewerMayNotReserve() throws Exception {
		fixture = new StoreFixture(StoreKind.H2, temp);
		Path sample = SampleRoundTripTest.SAMPLES.resolve("exampleshire-scheme-of-delegation.placewise");
		RepositoryServer server = fixture.start(fixture.configuration().packages(PlacewisePackages.all()).build());
		try (RepositoryConnection alice = connect(server, StoreFixture.EDITOR);
				RepositoryConnection victor = connect(server, StoreFixture.VIEWER)) {
			alice.importFile(sample, PATH, "Imported");
			try (SharedModel mine = alice.open(PATH); SharedModel viewing = victor.open(PATH)) {
				Delegation delegation = firstDelegation(mine.model());
				mine.reserve(delegation);
				assertEquals(1, viewing.refreshReservations().size());
				mine.release(delegation);
				assertEquals(List.of(), viewing.refreshReservations());
				assertEquals(List.of(), server.locks());

				RepositoryException refused = assertThrows(RepositoryException.class,
						() -> viewing.reserve(firstDelegation(viewing.model())));
				assertTrue(refused.getMessage().contains("User 'victor' has role viewer and may not lock objects"),
						refused.getMessage());
			}
		}
	}
}
