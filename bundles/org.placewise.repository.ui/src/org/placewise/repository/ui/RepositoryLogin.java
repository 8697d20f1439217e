package org.placewise.repository.ui;

import org.placewise.store.repository.RepositoryConnection;

/**
 * Where and as whom to log in to a repository server (never the password).
 *
 * @param host       server address
 * @param port       server port
 * @param repository repository name on the server
 * @param user       user name
 */
public record RepositoryLogin(String host, int port, String repository, String user) {

	/** @return the login the Connect dialog offers when none was used before */
	public static RepositoryLogin defaults() {
		return new RepositoryLogin("127.0.0.1", RepositoryConnection.DEFAULT_PORT,
				RepositoryConnection.DEFAULT_REPOSITORY,
				System.getProperty("user.name", ""));
	}

	/** @return {@code user@host:port/repository}, as messages and secure storage name it */
	public String address() {
		return user + "@" + host + ":" + port + "/" + repository;
	}
}
