package org.placewise.store.repository;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a client keeps, for each repository model its user has opened, the ticket that takes that user's reservations
 * back when the model is opened again: after closing the workbench, a lost connection or a server restart. The ticket
 * is the CDO durable locking id of the user's reservations on the server; it grants nothing by itself (the server still
 * checks the login) and is forgotten once the reservations are all released.
 * <p>
 * A model is named by {@code user@host:port/repository} and its path, so two users of one workbench, or one user of two
 * servers, never share a ticket.
 */
public interface ReservationBook {

	/**
	 * @param model the model: {@code user@host:port/repository/path}
	 * @return the ticket kept for it, if any
	 */
	Optional<String> ticket(String model);

	/**
	 * @param model  the model
	 * @param ticket the ticket to keep for it (replaces any kept before)
	 */
	void keep(String model, String ticket);

	/** @param model the model whose ticket is no longer needed */
	void forget(String model);

	/** @return a book kept in memory: reservations come back on reopening in the same process only */
	static ReservationBook inMemory() {
		Map<String, String> tickets = new ConcurrentHashMap<>();
		return new ReservationBook() {
			@Override
			public Optional<String> ticket(String model) {
				return Optional.ofNullable(tickets.get(model));
			}

			@Override
			public void keep(String model, String ticket) {
				tickets.put(model, ticket);
			}

			@Override
			public void forget(String model) {
				tickets.remove(model);
			}
		};
	}

	/**
	 * @param file a properties file (created when the first ticket is kept)
	 * @return a book kept in that file, so that reservations come back in a later process
	 */
	static ReservationBook inFile(Path file) {
		return new ReservationBook() {
			@Override
			public synchronized Optional<String> ticket(String model) {
				return Optional.ofNullable(read().getProperty(model));
			}

			@Override
			public synchronized void keep(String model, String ticket) {
				Properties tickets = read();
				tickets.setProperty(model, ticket);
				write(tickets);
			}

			@Override
			public synchronized void forget(String model) {
				Properties tickets = read();
				if (tickets.remove(model) != null) {
					write(tickets);
				}
			}

			private Properties read() {
				Properties tickets = new Properties();
				if (Files.isRegularFile(file)) {
					try (InputStream in = Files.newInputStream(file)) {
						tickets.load(in);
					} catch (IOException e) {
						throw new UncheckedIOException("Cannot read the reservation tickets in " + file, e);
					}
				}
				return tickets;
			}

			private void write(Properties tickets) {
				try {
					Files.createDirectories(file.toAbsolutePath().getParent());
					Path next = file.resolveSibling(file.getFileName() + ".new");
					try (OutputStream out = Files.newOutputStream(next)) {
						tickets.store(out, "Placewise reservation tickets: model -> durable locking id");
					}
					Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
				} catch (IOException e) {
					throw new UncheckedIOException("Cannot write the reservation tickets in " + file, e);
				}
			}
		};
	}
}
