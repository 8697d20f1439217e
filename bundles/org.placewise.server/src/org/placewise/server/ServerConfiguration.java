package org.placewise.server;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EPackage;

/**
 * Everything a {@link RepositoryServer} needs to start. Immutable; build one with {@link #builder()}.
 * <p>
 * Defaults: H2 store, repository {@value #DEFAULT_REPOSITORY_NAME}, host {@value #DEFAULT_HOST} (this machine only),
 * port {@value #DEFAULT_PORT}, no TLS, {@value #DEFAULT_MAX_SESSIONS_PER_USER} sessions per user. Audits (history) are
 * always kept.
 */
public final class ServerConfiguration {
	/** Repository name clients connect to when none is given. */
	public static final String DEFAULT_REPOSITORY_NAME = "placewise";

	/** Address the server binds to unless told otherwise: reachable from this machine only. */
	public static final String DEFAULT_HOST = "127.0.0.1";

	/** The customary CDO TCP port. */
	public static final int DEFAULT_PORT = 2036;

	private static final Pattern REPOSITORY_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,62}");

	private final StoreKind storeKind;

	private final Path dataDirectory;

	private final String repositoryName;

	private final String host;

	private final int port;

	private final Path usersFile;

	private final TlsSettings tls;

	private final PostgreSqlSettings postgreSql;

	private final List<EPackage> packages;

	private final Clock clock;

	private final Duration loginTimeout;

	/** How many sessions one user may have open at once unless told otherwise. */
	public static final int DEFAULT_MAX_SESSIONS_PER_USER = 20;

	private final int maxSessionsPerUser;

	/** How long a connection may stay open without logging in before the server closes it. */
	public static final Duration DEFAULT_LOGIN_TIMEOUT = Duration.ofSeconds(60);

	/**
	 * TLS for the TCP connector: the server's key store (PKCS12 or JKS) and its password.
	 *
	 * @param keyStore key store file holding the server's private key and certificate
	 * @param password key store (and key) password
	 */
	public record TlsSettings(Path keyStore, char[] password) {
		/** Checks the settings are complete. */
		public TlsSettings {
			Objects.requireNonNull(keyStore, "TLS needs a key store file");
			Objects.requireNonNull(password, "TLS needs the key store password");
		}

		@Override
		public String toString() {
			return "TLS with key store " + keyStore;
		}
	}

	/**
	 * Where the PostgreSQL store lives. Given as parts, never as a JDBC URL, so no driver option can be smuggled in.
	 *
	 * @param host     database host
	 * @param port     database port
	 * @param database database name (must exist)
	 * @param user     database user
	 * @param password database password (typically from the environment, never from the command line)
	 */
	public record PostgreSqlSettings(String host, int port, String database, String user, char[] password) {
		private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,63}");

		/** Checks the parts are plain names and numbers. */
		public PostgreSqlSettings {
			requireName("PostgreSQL host", host);
			requireName("PostgreSQL database", database);
			requireName("PostgreSQL user", user);
			if (port < 1 || port > 65535) {
				throw new IllegalArgumentException("PostgreSQL port " + port + " is not between 1 and 65535");
			}
			password = password == null ? new char[0] : password;
		}

		private static void requireName(String what, String value) {
			if (value == null || !NAME.matcher(value).matches()) {
				throw new IllegalArgumentException(
						what + " '" + value + "' is not allowed: use letters, digits, '_', '.', '-'");
			}
		}

		@Override
		public String toString() {
			return "PostgreSQL " + user + "@" + host + ":" + port + "/" + database;
		}
	}

	private ServerConfiguration(Builder builder) {
		storeKind = builder.storeKind;
		dataDirectory = builder.dataDirectory;
		repositoryName = builder.repositoryName;
		host = builder.host;
		port = builder.port;
		usersFile = builder.usersFile;
		tls = builder.tls;
		postgreSql = builder.postgreSql;
		packages = List.copyOf(builder.packages);
		clock = builder.clock;
		loginTimeout = builder.loginTimeout;
		maxSessionsPerUser = builder.maxSessionsPerUser;
	}

	/** @return how many sessions one user may have open at once; further logins are refused, naming the cap */
	public int maxSessionsPerUser() {
		return maxSessionsPerUser;
	}

	/**
	 * @return a builder with the defaults
	 */
	public static Builder builder() {
		return new Builder();
	}

	/** @return the store kind */
	public StoreKind storeKind() {
		return storeKind;
	}

	/** @return the data directory (H2 database files; created on first start) */
	public Path dataDirectory() {
		return dataDirectory;
	}

	/** @return the repository name clients connect to */
	public String repositoryName() {
		return repositoryName;
	}

	/** @return the address to bind to */
	public String host() {
		return host;
	}

	/** @return the TCP port; 0 picks a free one (see {@link RepositoryServer#port()}) */
	public int port() {
		return port;
	}

	/** @return the users file */
	public Path usersFile() {
		return usersFile;
	}

	/** @return TLS settings, or {@code null} for plain TCP */
	public TlsSettings tls() {
		return tls;
	}

	/** @return PostgreSQL settings, or {@code null} for the H2 store */
	public PostgreSqlSettings postgreSql() {
		return postgreSql;
	}

	/** @return the model packages the repository is created with */
	public List<EPackage> packages() {
		return packages;
	}

	/** @return the time source for login back-off and the audit log */
	public Clock clock() {
		return clock;
	}

	/** @return how long a connection may stay open without a logged-in session before it is closed */
	public Duration loginTimeout() {
		return loginTimeout;
	}

	/**
	 * Builds a {@link ServerConfiguration}.
	 */
	public static final class Builder {
		private StoreKind storeKind = StoreKind.H2;

		private Path dataDirectory;

		private String repositoryName = DEFAULT_REPOSITORY_NAME;

		private String host = DEFAULT_HOST;

		private int port = DEFAULT_PORT;

		private Path usersFile;

		private TlsSettings tls;

		private PostgreSqlSettings postgreSql;

		private final List<EPackage> packages = new ArrayList<>();

		private Clock clock = Clock.systemUTC();

		private Duration loginTimeout = DEFAULT_LOGIN_TIMEOUT;

		private int maxSessionsPerUser = DEFAULT_MAX_SESSIONS_PER_USER;

		private Builder() {
		}

		/** @param maxSessionsPerUser how many sessions one user may have open at once (at least 1) @return this */
		public Builder maxSessionsPerUser(int maxSessionsPerUser) {
			if (maxSessionsPerUser < 1) {
				throw new IllegalArgumentException("The session cap per user must be at least 1, not "
						+ maxSessionsPerUser);
			}
			this.maxSessionsPerUser = maxSessionsPerUser;
			return this;
		}

		/** @param storeKind where history is kept @return this */
		public Builder storeKind(StoreKind storeKind) {
			this.storeKind = Objects.requireNonNull(storeKind);
			return this;
		}

		/** @param dataDirectory the server's data directory @return this */
		public Builder dataDirectory(Path dataDirectory) {
			this.dataDirectory = dataDirectory;
			return this;
		}

		/** @param repositoryName the repository name @return this */
		public Builder repositoryName(String repositoryName) {
			this.repositoryName = repositoryName;
			return this;
		}

		/** @param host the address to bind to @return this */
		public Builder host(String host) {
			this.host = host;
			return this;
		}

		/** @param port TCP port, 0 for any free port @return this */
		public Builder port(int port) {
			this.port = port;
			return this;
		}

		/** @param usersFile the users file @return this */
		public Builder usersFile(Path usersFile) {
			this.usersFile = usersFile;
			return this;
		}

		/** @param tls TLS settings, or {@code null} for plain TCP @return this */
		public Builder tls(TlsSettings tls) {
			this.tls = tls;
			return this;
		}

		/** @param postgreSql database settings for {@link StoreKind#POSTGRESQL} @return this */
		public Builder postgreSql(PostgreSqlSettings postgreSql) {
			this.postgreSql = postgreSql;
			return this;
		}

		/** @param ePackages model packages to serve (added to those given before) @return this */
		public Builder packages(EPackage... ePackages) {
			packages.addAll(List.of(ePackages));
			return this;
		}

		/** @param ePackages model packages to serve (added to those given before) @return this */
		public Builder packages(List<EPackage> ePackages) {
			packages.addAll(ePackages);
			return this;
		}

		/** @param clock time source for login back-off and the audit log (tests use their own) @return this */
		public Builder clock(Clock clock) {
			this.clock = Objects.requireNonNull(clock);
			return this;
		}

		/** @param loginTimeout how long a connection may stay open without logging in (positive) @return this */
		public Builder loginTimeout(Duration loginTimeout) {
			if (loginTimeout == null || loginTimeout.isNegative() || loginTimeout.isZero()) {
				throw new IllegalArgumentException("The login timeout must be positive");
			}
			this.loginTimeout = loginTimeout;
			return this;
		}

		/**
		 * @return the configuration
		 * @throws IllegalArgumentException with a plain-English message if something is missing or invalid
		 */
		public ServerConfiguration build() {
			if (dataDirectory == null) {
				throw new IllegalArgumentException("No data directory given (--data)");
			}
			if (usersFile == null) {
				usersFile = dataDirectory.resolve("users.txt");
			}
			if (repositoryName == null || !REPOSITORY_NAME.matcher(repositoryName).matches()) {
				throw new IllegalArgumentException("Repository name '" + repositoryName
						+ "' is not allowed: start with a letter, then letters, digits, '_' or '-' (at most 63)");
			}
			if (host == null || host.isBlank()) {
				throw new IllegalArgumentException("No host address given (--host)");
			}
			if (port < 0 || port > 65535) {
				throw new IllegalArgumentException("Port " + port + " is not between 0 and 65535");
			}
			if (storeKind == StoreKind.POSTGRESQL && postgreSql == null) {
				throw new IllegalArgumentException("The PostgreSQL store needs a database host, port, name and user");
			}
			return new ServerConfiguration(this);
		}
	}
}
