package org.placewise.store.repository;

import java.io.Console;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.placewise.model.core.PlacewiseModel;
import org.placewise.store.ModelFileException;
import org.placewise.store.ModelFiles;

/**
 * Opens the model a headless command names, whether a model file or a repository URL
 * ({@code cdo://user@host:port/repository/path}). For a URL the password comes from {@value #PASSWORD_VARIABLE} or,
 * when that is unset and there is a terminal, from a prompt; it never comes from the command line. A {@code cdos://}
 * URL connects over TLS, trusting the trust store {@value TlsTrust#TRUST_STORE_VARIABLE} names (else Java's default
 * certificate authorities).
 */
public final class ModelLocations {

	/** Environment variable holding the repository password for headless commands. */
	public static final String PASSWORD_VARIABLE = "PLACEWISE_PASSWORD";

	private ModelLocations() {
	}

	/**
	 * Opens a model for reading.
	 *
	 * @param location    a model file name or a repository URL
	 * @param environment where {@value #PASSWORD_VARIABLE} is looked up (normally {@link System#getenv()})
	 * @return the model; for a repository URL an in-memory copy, detached from the repository
	 * @throws ModelFileException  when a model file cannot be opened
	 * @throws RepositoryException when the URL is malformed, no password is available, or the repository cannot be
	 *                             reached, refuses the login or has no such model
	 */
	public static PlacewiseModel load(String location, Map<String, String> environment)
			throws ModelFileException, RepositoryException {
		if (!RepositoryUrl.isRepositoryUrl(location)) {
			return new ModelFiles().load(Path.of(location));
		}
		RepositoryUrl url;
		try {
			url = RepositoryUrl.parse(location);
		} catch (IllegalArgumentException e) {
			throw new RepositoryException(e.getMessage(), e);
		}
		char[] password = passwordFor(url, environment);
		try (RepositoryConnection connection = RepositoryConnection.connect(url, password,
				TlsTrust.fromEnvironment(environment))) {
			return connection.readCopy(url.path());
		} finally {
			Arrays.fill(password, '\0');
		}
	}

	/**
	 * The password for a repository URL: {@value #PASSWORD_VARIABLE}, else a prompt on the terminal.
	 *
	 * @param url         the URL the password is for
	 * @param environment where {@value #PASSWORD_VARIABLE} is looked up
	 * @return the password; clear it after use
	 * @throws RepositoryException when neither is available
	 */
	public static char[] password(RepositoryUrl url, Map<String, String> environment) throws RepositoryException {
		return passwordFor(url, environment);
	}

	private static char[] passwordFor(RepositoryUrl url, Map<String, String> environment) throws RepositoryException {
		String fromEnvironment = environment.get(PASSWORD_VARIABLE);
		if (fromEnvironment != null) {
			return fromEnvironment.toCharArray();
		}
		Console console = System.console();
		char[] typed = console == null ? null
				: console.readPassword("Password for %s: ", url.user() + "@" + url.host());
		if (typed == null) {
			throw new RepositoryException("Set " + PASSWORD_VARIABLE + " to the password of '" + url.user()
					+ "' to open " + url);
		}
		return typed;
	}
}
