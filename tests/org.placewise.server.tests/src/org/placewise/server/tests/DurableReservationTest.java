package org.placewise.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.cdo.CDOObject;
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
import org.placewise.server.ServerConfiguration;
import org.placewise.server.StoreKind;
import org.placewise.store.repository.RepositoryConnection;
import org.placewise.store.repository.Reservation;
import org.placewise.store.repository.ReservationBook;
import org.placewise.store.repository.ReservedException;
import org.placewise.store.repository.SharedModel;

/**
 * A reservation made while drafting for next month's board lasts until it is released: through closing the model, a
 * lost connection and a server restart. Reopening the model as the same user takes it back; everyone else is still
 * refused and sees the holder; an admin can release it.
 */
class DurableReservationTest {
	private static final String PATH = "/reservations/durable";

	@TempDir
	Path temp;

	private StoreFixture fixture;

	@AfterEach
	void stopServers() {
		if (fixture != null) {
			fixture.close();
		}
	}

	private static RepositoryConnection connect(RepositoryServer server, String user, ReservationBook book)
			throws Exception {
		RepositoryConnection connection = RepositoryConnection.connect(server.host(), server.port(), user,
				StoreFixture.PASSWORD.toCharArray());
		connection.setReservationBook(book);
		return connection;
	}

	private static Delegation firstDelegation(PlacewiseModel model) {
		for (var all = model.eAllContents(); all.hasNext();) {
			if (all.next() instanceof Delegation delegation) {
				return delegation;
			}
		}
		throw new AssertionError("the sample has a delegation");
	}

	private RepositoryServer startWithSample(ServerConfiguration.Builder configuration) throws Exception {
		RepositoryServer server = fixture.start(configuration.build());
		try (RepositoryConnection alice = connect(server, StoreFixture.EDITOR, ReservationBook.inMemory())) {
			alice.importFile(SampleRoundTripTest.SAMPLES.resolve("exampleshire-scheme-of-delegation.placewise"), PATH,
					"Imported");
		}
		return server;
	}

	private static void assertOthersAreRefused(RepositoryServer server, Reservation expected) throws Exception {
		try (RepositoryConnection ada = connect(server, StoreFixture.ADMIN, ReservationBook.inMemory());
				SharedModel theirs = ada.open(PATH)) {
			Delegation seen = firstDelegation(theirs.model());
			List<Reservation> seenByAda = theirs.refreshReservations();
			assertEquals(List.of(new Reservation(expected.objectId(), expected.user(), expected.since(), false)),
					seenByAda);
			ReservedException refused = assertThrows(ReservedException.class,
					() -> theirs.change(() -> seen.setName("Ada's name")));
			assertTrue(refused.getMessage().contains("reserved for editing by alice"), refused.getMessage());
			// A client that does not check is refused by the server, naming the holder.
			try (RepositoryClient raw = RepositoryClient.connect(server, StoreFixture.ADMIN, StoreFixture.PASSWORD)) {
				CDOTransaction transaction = raw.openTransaction();
				EObject object = transaction.getObject(((CDOObject) seen).cdoID());
				RepositoryServerTest.set(object, "name", "Changed anyway");
				CommitException commit = assertThrows(CommitException.class, transaction::commit);
				String messages = ServerSafetyTest.messages(commit);
				assertTrue(messages.contains("is reserved for editing by alice"), messages);
			}
		}
	}

	@Test
	void aReservationOutlivesClosingTheModelAndALostConnectionAndIsTakenBackOnReopening() throws Exception {
		fixture = new StoreFixture(StoreKind.H2, temp);
		RepositoryServer server = startWithSample(fixture.configuration().packages(PlacewisePackages.all()));
		ReservationBook book = ReservationBook.inMemory();
		Reservation held;
		RepositoryConnection alice = connect(server, StoreFixture.EDITOR, book);
		try (SharedModel mine = alice.open(PATH)) {
			mine.reserve(firstDelegation(mine.model()));
			held = mine.refreshReservations().get(0);
			assertNotNull(mine.reservationTicket(), "the reservation is durable");
		}
		assertOthersAreRefused(server, held);

		// Reopened (same connection): the reservation is alice's again.
		try (SharedModel mine = alice.open(PATH)) {
			assertEquals(List.of(held), mine.refreshReservations());
			assertTrue(mine.isReservedByMe(firstDelegation(mine.model())));
		}
		// The connection is lost (closed without closing the model): the reservation stays.
		alice.close();
		assertOthersAreRefused(server, held);

		try (RepositoryConnection again = connect(server, StoreFixture.EDITOR, book);
				SharedModel mine = again.open(PATH)) {
			Delegation delegation = firstDelegation(mine.model());
			assertTrue(mine.isReservedByMe(delegation), "taken back on a new connection");
			mine.change(() -> delegation.setName("Redrafted for the March board"));
			assertNotNull(mine.commit("Redrafted", true));
			assertEquals(List.of(), mine.refreshReservations());
			assertNull(mine.reservationTicket(), "nothing durable left once released");
		}
		assertEquals(Optional.empty(), book.ticket(StoreFixture.EDITOR + "@" + server.host() + ":" + server.port()
				+ "/" + RepositoryConnection.DEFAULT_REPOSITORY + PATH), "the ticket is forgotten");
		assertEquals(List.of(), server.locks());
	}

	@Test
	void aReservationOutlivesAServerRestartWithItsHolderAndSinceWhen() throws Exception {
		fixture = new StoreFixture(StoreKind.H2, temp);
		ServerConfiguration.Builder configuration = fixture.configuration().packages(PlacewisePackages.all());
		RepositoryServer server = startWithSample(configuration);
		int port = server.port();
		// Kept in a file: a later process (a restarted workbench) takes the reservation back.
		Path tickets = temp.resolve("workbench").resolve("reservations.properties");
		Reservation held;
		try (RepositoryConnection alice = connect(server, StoreFixture.EDITOR, ReservationBook.inFile(tickets));
				SharedModel mine = alice.open(PATH)) {
			mine.reserve(firstDelegation(mine.model()));
			held = mine.refreshReservations().get(0);
			server.close();
		}

		RepositoryServer restarted = fixture.start(configuration.port(port).build());
		assertTrue(restarted.locks().stream().anyMatch(lock -> lock.user().equals(StoreFixture.EDITOR)),
				restarted.locks().toString());
		assertOthersAreRefused(restarted, held);

		try (RepositoryConnection alice = connect(restarted, StoreFixture.EDITOR, ReservationBook.inFile(tickets));
				SharedModel mine = alice.open(PATH)) {
			assertEquals(List.of(held), mine.refreshReservations(), "alice's again, since the same time");
			Delegation delegation = firstDelegation(mine.model());
			mine.change(() -> delegation.setName("Redrafted after the restart"));
			assertNotNull(mine.commit("Redrafted", false));
			assertEquals(List.of(held), mine.refreshReservations(), "kept after the holder's commit");
		}
	}

	@Test
	void anAdminReleasesADurableReservationAndTheHolderReopensWithout() throws Exception {
		fixture = new StoreFixture(StoreKind.H2, temp);
		RepositoryServer server = startWithSample(fixture.configuration().packages(PlacewisePackages.all()));
		ReservationBook book = ReservationBook.inMemory();
		try (RepositoryConnection alice = connect(server, StoreFixture.EDITOR, book);
				SharedModel mine = alice.open(PATH)) {
			mine.reserve(firstDelegation(mine.model()));
		}
		assertEquals(1, server.breakLocks(StoreFixture.EDITOR, StoreFixture.ADMIN));
		try (RepositoryConnection ada = connect(server, StoreFixture.ADMIN, ReservationBook.inMemory());
				SharedModel theirs = ada.open(PATH)) {
			assertEquals(List.of(), theirs.refreshReservations());
			Delegation delegation = firstDelegation(theirs.model());
			theirs.change(() -> delegation.setName("Changed by the admin"));
			assertNotNull(theirs.commit("Changed"));
		}
		try (RepositoryConnection alice = connect(server, StoreFixture.EDITOR, book);
				SharedModel mine = alice.open(PATH)) {
			assertEquals(List.of(), mine.refreshReservations());
			assertFalse(mine.isReservedByMe(firstDelegation(mine.model())));
			mine.reserve(firstDelegation(mine.model()));
			assertTrue(mine.refreshReservations().get(0).mine(), "a new reservation is taken afresh");
		}
	}
}
