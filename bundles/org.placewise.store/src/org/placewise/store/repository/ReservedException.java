package org.placewise.store.repository;

/**
 * A change to an object another user has reserved for editing was refused before anything changed. Thrown out of the
 * model change itself (an EMF command or a direct {@code eSet}), so that the change does not happen.
 */
public final class ReservedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient Object object;

	private final Reservation reservation;

	/**
	 * @param object      the object that was to change
	 * @param reservation who holds it, since when
	 * @param message     what to tell the user
	 */
	public ReservedException(Object object, Reservation reservation, String message) {
		super(message);
		this.object = object;
		this.reservation = reservation;
	}

	/** @return the object that was to change */
	public Object object() {
		return object;
	}

	/** @return the reservation that refused it */
	public Reservation reservation() {
		return reservation;
	}
}
