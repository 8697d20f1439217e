package org.placewise.store.repository;

import java.time.Instant;
import java.util.Objects;

/**
 * An object of a shared model reserved for editing ("Reserve for editing"): while it is reserved only its holder may
 * change it; everyone else's changes to it are refused, naming the holder. A reservation is a CDO explicit write lock
 * held by the holder's editor; the server records since when.
 *
 * @param objectId the reserved object's model id
 * @param user     who holds it
 * @param since    since when
 * @param mine     whether it is held by this open model (not another user, nor another open copy of this user)
 */
public record Reservation(String objectId, String user, Instant since, boolean mine) {

	/**
	 * The CDO query language the server answers with the reservations it holds: one result per reserved object, a line
	 * {@code CDOID TAB user TAB since-epoch-millis TAB mine(1|0)}.
	 */
	public static final String QUERY_LANGUAGE = "placewise-reservations";

	/** Checks the values. */
	public Reservation {
		Objects.requireNonNull(objectId);
		Objects.requireNonNull(user);
		Objects.requireNonNull(since);
	}
}
