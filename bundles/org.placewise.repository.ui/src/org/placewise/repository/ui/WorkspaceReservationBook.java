package org.placewise.repository.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;
import org.placewise.store.repository.ReservationBook;

/**
 * The workbench's reservation tickets, kept in the workspace's preferences: a reservation made in this workspace comes
 * back when the model is opened again after the workbench was closed, the connection lost or the server restarted. One
 * ticket per user, server, repository and model path.
 */
final class WorkspaceReservationBook implements ReservationBook {

	static final WorkspaceReservationBook INSTANCE = new WorkspaceReservationBook();

	private WorkspaceReservationBook() {
	}

	private static Preferences node() {
		return InstanceScope.INSTANCE.getNode("org.placewise.repository.ui").node("reservations");
	}

	/** Preference keys may not hold '/': the model name is encoded. */
	private static String key(String model) {
		return URLEncoder.encode(model, StandardCharsets.UTF_8);
	}

	@Override
	public Optional<String> ticket(String model) {
		return Optional.ofNullable(node().get(key(model), null));
	}

	@Override
	public void keep(String model, String ticket) {
		node().put(key(model), ticket);
		flush();
	}

	@Override
	public void forget(String model) {
		node().remove(key(model));
		flush();
	}

	private static void flush() {
		try {
			node().flush();
		} catch (BackingStoreException e) {
			// Kept for this session; the reservation itself is on the server and an admin can release it.
			org.eclipse.core.runtime.ILog.of(WorkspaceReservationBook.class).warn(
					"Cannot save the reservation tickets in the workspace preferences", e);
		}
	}
}
