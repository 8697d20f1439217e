package org.placewise.repository.ui;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.placewise.store.repository.RepositoryConnection;
import org.placewise.store.repository.RepositoryException;

/**
 * The workbench's connection to a repository server: at most one at a time, shared by the Repository view, the shared
 * models open in editors and the History view. Views are told when it connects or disconnects.
 */
public final class RepositorySession {

	private static final RepositorySession INSTANCE = new RepositorySession();

	private final List<Consumer<RepositoryConnection>> listeners = new CopyOnWriteArrayList<>();
	private RepositoryConnection connection;
	private RepositoryLogin login;

	private RepositorySession() {
	}

	/** @return the workbench's repository session */
	public static RepositorySession get() {
		return INSTANCE;
	}

	/**
	 * Logs in, replacing the connection there was (models open from it stay open until their editors close).
	 *
	 * @param newLogin where and as whom
	 * @param password the password, not kept
	 * @return the new connection
	 * @throws RepositoryException when the server cannot be reached or refuses the login; the old connection stays
	 */
	public synchronized RepositoryConnection connect(RepositoryLogin newLogin, char[] password)
			throws RepositoryException {
		RepositoryConnection connected = login(newLogin, password);
		adopt(newLogin, connected);
		return connected;
	}

	/**
	 * Logs in without making it the workbench's connection: the network part of {@link #connect}, for a background job
	 * (the Connect dialog), which {@link #adopt}s the connection once the user still wants it.
	 *
	 * @param newLogin where and as whom
	 * @param password the password, not kept
	 * @return the new connection
	 * @throws RepositoryException when the server cannot be reached or refuses the login
	 */
	public static RepositoryConnection login(RepositoryLogin newLogin, char[] password) throws RepositoryException {
		RepositoryConnection connection = RepositoryConnection.connect(newLogin.host(), newLogin.port(),
				newLogin.repository(), newLogin.user(), password);
		// Reservations made here come back when a model is reopened, even after the workbench was closed.
		connection.setReservationBook(WorkspaceReservationBook.INSTANCE);
		return connection;
	}

	/**
	 * Makes a connection the workbench's, replacing the one there was (models open from it stay open until their
	 * editors close), and tells the views.
	 *
	 * @param newLogin  where and as whom it logged in
	 * @param connected the connection from {@link #login}
	 */
	public synchronized void adopt(RepositoryLogin newLogin, RepositoryConnection connected) {
		connection = connected;
		login = newLogin;
		listeners.forEach(listener -> listener.accept(connected));
	}

	/** Forgets the connection (open shared models keep theirs until closed) and tells the views. */
	public synchronized void disconnect() {
		if (connection != null) {
			RepositoryConnection closing = connection;
			connection = null;
			login = null;
			listeners.forEach(listener -> listener.accept(null));
			closing.close();
		}
	}

	/** @return the current connection, or {@code null} */
	public synchronized RepositoryConnection connection() {
		return connection;
	}

	/** @return the login of the current connection, or {@code null} */
	public synchronized RepositoryLogin login() {
		return login;
	}

	/** @param listener told the new connection, or {@code null} on disconnect (on the thread that changed it) */
	public void addListener(Consumer<RepositoryConnection> listener) {
		listeners.add(Objects.requireNonNull(listener));
	}

	/** @param listener a listener added before */
	public void removeListener(Consumer<RepositoryConnection> listener) {
		listeners.remove(listener);
	}
}
