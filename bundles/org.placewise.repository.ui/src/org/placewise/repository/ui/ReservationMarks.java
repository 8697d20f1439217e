package org.placewise.repository.ui;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.placewise.store.repository.Reservation;
import org.placewise.ui.internal.ObjectMarks;

/**
 * The reservations of an open shared model as every view shows them (register, diagrams, Properties): "alice since 2
 * Dec 2026 16:19", or "you since ..." for one held in this editor. Updated on the UI thread each time the reservations
 * are read from the server.
 */
final class ReservationMarks implements ObjectMarks {

	private volatile Map<String, String> byObject = Map.of();
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

	@Override
	public String reservation(String objectId) {
		return objectId == null ? null : byObject.get(objectId);
	}

	/**
	 * Shows the reservations read now; the listeners hear of it when anything changed.
	 *
	 * @param reservations every reservation on the model's objects
	 */
	void show(List<Reservation> reservations) {
		Map<String, String> now = new java.util.HashMap<>();
		for (Reservation reservation : reservations) {
			now.put(reservation.objectId(), holder(reservation));
		}
		if (!now.equals(byObject)) {
			byObject = Map.copyOf(now);
			listeners.forEach(Runnable::run);
		}
	}

	/** @return "alice since 2 Dec 2026 16:19", or "you since ..." for a reservation held here */
	static String holder(Reservation reservation) {
		return (reservation.mine() ? "you" : reservation.user()) + " since "
				+ Words.when(reservation.since().toEpochMilli());
	}

	@Override
	public void addListener(Runnable changed) {
		listeners.add(changed);
	}

	@Override
	public void removeListener(Runnable changed) {
		listeners.remove(changed);
	}
}
