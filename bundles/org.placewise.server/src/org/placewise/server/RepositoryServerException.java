package org.placewise.server;

/**
 * A repository server could not start; the message says why in plain English (port in use, data directory locked by
 * another server, database unreachable, no users, ...).
 */
public class RepositoryServerException extends Exception {
	private static final long serialVersionUID = 1L;

	/**
	 * @param message what went wrong, for the person starting the server
	 * @param cause   the underlying failure, for the log
	 */
	public RepositoryServerException(String message, Throwable cause) {
		super(message, cause);
	}

	/**
	 * @param message what went wrong, for the person starting the server
	 */
	public RepositoryServerException(String message) {
		super(message);
	}
}
