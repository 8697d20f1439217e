package org.placewise.store.repository;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where a model lives in a repository, written {@code cdo://user@host:port/repository/path/of/model}, for example
 * {@code cdo://alice@127.0.0.1:2036/placewise/exampleshire/delegation}; {@code cdos://} instead of {@code cdo://} for a
 * server that only speaks TLS. The port defaults to {@value RepositoryConnection#DEFAULT_PORT}. A password never
 * belongs in the URL.
 *
 * @param user       user name
 * @param host       server address
 * @param port       server port
 * @param repository repository name
 * @param path       model path inside the repository, starting with a slash
 * @param tls        whether the connection is made over TLS ({@code cdos://})
 */
public record RepositoryUrl(String user, String host, int port, String repository, String path, boolean tls) {

	/** The URL scheme. */
	public static final String SCHEME = "cdo";

	/** The URL scheme of a server reached over TLS. */
	public static final String TLS_SCHEME = "cdos";

	/**
	 * A URL for a plain (not TLS) connection.
	 *
	 * @param user       user name
	 * @param host       server address
	 * @param port       server port
	 * @param repository repository name
	 * @param path       model path inside the repository, starting with a slash
	 */
	public RepositoryUrl(String user, String host, int port, String repository, String path) {
		this(user, host, port, repository, path, false);
	}

	/**
	 * @param otherPath another model path in the same repository
	 * @return the URL of that model
	 */
	public RepositoryUrl withPath(String otherPath) {
		return new RepositoryUrl(user, host, port, repository, RepositoryConnection.normalise(otherPath), tls);
	}

	/**
	 * @param location a file name or a URL
	 * @return whether it is meant as a repository URL
	 */
	public static boolean isRepositoryUrl(String location) {
		return location != null && (location.startsWith(SCHEME + "://") || location.startsWith(TLS_SCHEME + "://"));
	}

	/**
	 * Reads a repository URL.
	 *
	 * @param text the URL
	 * @return its parts
	 * @throws IllegalArgumentException with a message saying what is wrong and how it should look
	 */
	public static RepositoryUrl parse(String text) {
		String expected = " It should look like cdo://user@host:port/repository/path/of/model (cdos:// for TLS).";
		URI uri;
		try {
			uri = new URI(text);
		} catch (URISyntaxException e) {
			throw new IllegalArgumentException("'" + text + "' is not a valid repository URL: " + e.getReason() + "."
					+ expected, e);
		}
		boolean tls = TLS_SCHEME.equals(uri.getScheme());
		if (!(SCHEME.equals(uri.getScheme()) || tls) || uri.getHost() == null) {
			throw new IllegalArgumentException("'" + text + "' is not a repository URL." + expected);
		}
		if (uri.getUserInfo() == null || uri.getUserInfo().isEmpty()) {
			throw new IllegalArgumentException("'" + text + "' names no user." + expected);
		}
		if (uri.getUserInfo().contains(":")) {
			throw new IllegalArgumentException("A repository URL must not hold a password (the one for " + uri.getHost()
					+ " does); set PLACEWISE_PASSWORD or type it when asked.");
		}
		if (uri.getQuery() != null || uri.getFragment() != null) {
			throw new IllegalArgumentException("'" + text + "' has a query or fragment, which repository URLs do not "
					+ "take." + expected);
		}
		String path = uri.getPath() == null ? "" : uri.getPath();
		int slash = path.indexOf('/', 1);
		if (slash < 0 || slash == path.length() - 1) {
			throw new IllegalArgumentException("'" + text + "' names no model: after the address come the repository "
					+ "name and the model path." + expected);
		}
		String repository = path.substring(1, slash);
		String modelPath = path.substring(slash);
		if (modelPath.endsWith("/")) {
			modelPath = modelPath.substring(0, modelPath.length() - 1);
		}
		return new RepositoryUrl(uri.getUserInfo(), uri.getHost(), uri.getPort() < 0 ? RepositoryConnection.DEFAULT_PORT
				: uri.getPort(), repository, modelPath, tls);
	}

	@Override
	public String toString() {
		return (tls ? TLS_SCHEME : SCHEME) + "://" + user + "@" + host + ":" + port + "/" + repository + path;
	}
}
