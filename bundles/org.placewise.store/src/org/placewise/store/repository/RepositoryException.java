package org.placewise.store.repository;

/**
 * A shared repository could not do what was asked: it cannot be reached, refused the login or the commit, or has no
 * such model. The message names the repository, user or model and is meant for the person who asked.
 */
public class RepositoryException extends Exception {

	private static final long serialVersionUID = 1L;

	/**
	 * @param message what went wrong, in plain English
	 * @param cause   the underlying failure, for the log
	 */
	public RepositoryException(String message, Throwable cause) {
		super(message, cause);
	}

	/** @param message what went wrong, in plain English */
	public RepositoryException(String message) {
		super(message);
	}
}
