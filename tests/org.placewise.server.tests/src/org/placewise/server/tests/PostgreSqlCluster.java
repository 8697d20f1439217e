package org.placewise.server.tests;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A private PostgreSQL server for tests: Debian's PostgreSQL binaries ({@code apt-get install -y postgresql}), a fresh
 * cluster in a temporary directory, listening on 127.0.0.1 on a free port, with password (SCRAM) authentication and
 * PostgreSQL's default durability settings (fsync on). PostgreSQL refuses to run as root, so when the tests run as root
 * the cluster runs as the {@code postgres} system user (created by the Debian package) through {@code runuser}.
 * <p>
 * One cluster serves the whole test run ({@link #shared()}); each test gets its own database. It is stopped when the
 * test JVM exits.
 */
final class PostgreSqlCluster {
	static final String USER = "placewise";

	static final String PASSWORD = "test-only-Pg-secret";

	private static PostgreSqlCluster shared;

	private final Path directory;

	private final Path bin;

	private final boolean asPostgresUser;

	private final int port;

	private final AtomicInteger databases = new AtomicInteger();

	private PostgreSqlCluster(Path directory, Path bin, boolean asPostgresUser, int port) {
		this.directory = directory;
		this.bin = bin;
		this.asPostgresUser = asPostgresUser;
		this.port = port;
	}

	/**
	 * @return the cluster of this test run, started on first use
	 */
	static synchronized PostgreSqlCluster shared() {
		if (shared == null) {
			try {
				shared = start();
			} catch (IOException ex) {
				throw new IllegalStateException(ex.getMessage(), ex);
			} catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while starting PostgreSQL", ex);
			}
			PostgreSqlCluster cluster = shared;
			Runtime.getRuntime().addShutdownHook(new Thread(cluster::stop, "stop-test-postgresql"));
		}
		return shared;
	}

	int port() {
		return port;
	}

	/**
	 * @return the name of a new, empty database owned by {@link #USER}
	 */
	String createDatabase() {
		String name = "placewise_test_" + databases.incrementAndGet();
		try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		} catch (SQLException ex) {
			throw new IllegalStateException("Cannot create test database " + name + ": " + ex.getMessage(), ex);
		}
		return name;
	}

	Connection connect(String database) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", USER);
		properties.setProperty("password", PASSWORD);
		return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, properties);
	}

	private static PostgreSqlCluster start() throws IOException, InterruptedException {
		Path bin = findBinaries();
		boolean root = "root".equals(System.getProperty("user.name"));
		Path directory = Files.createTempDirectory("placewise-pg-");
		Path passwordFile = directory.resolve("password");
		Files.writeString(passwordFile, PASSWORD + "\n", StandardCharsets.UTF_8);
		if (root) {
			UserPrincipal postgres = directory.getFileSystem().getUserPrincipalLookupService()
					.lookupPrincipalByName("postgres");
			Files.setOwner(directory, postgres);
			Files.setOwner(passwordFile, postgres);
		}
		PostgreSqlCluster cluster = new PostgreSqlCluster(directory, bin, root, freePort());
		cluster.run(List.of(bin.resolve("initdb").toString(), "-D", directory.resolve("data").toString(), "-U", USER,
				"--pwfile=" + passwordFile, "--auth=scram-sha-256", "-E", "UTF8", "--locale=C", "--no-sync"));
		cluster.run(List.of(bin.resolve("pg_ctl").toString(), "-D", directory.resolve("data").toString(), "-l",
				directory.resolve("server.log").toString(), "-w", "-t", "60", "-o",
				"-p " + cluster.port + " -k " + directory + " -c listen_addresses=127.0.0.1", "start"));
		return cluster;
	}

	private void stop() {
		try {
			run(List.of(bin.resolve("pg_ctl").toString(), "-D", directory.resolve("data").toString(), "-m", "fast",
					"-w",
					"stop"));
			try (Stream<Path> paths = Files.walk(directory)) {
				paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		} catch (IOException ex) {
			System.err.println("Could not stop test PostgreSQL in " + directory + ": " + ex.getMessage());
		} catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void run(List<String> command) throws IOException, InterruptedException {
		List<String> full = new ArrayList<>();
		if (asPostgresUser) {
			full.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		full.addAll(command);
		Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			String log = "";
			Path serverLog = directory.resolve("server.log");
			if (Files.isReadable(serverLog)) {
				log = "\nserver.log:\n" + Files.readString(serverLog);
			}
			throw new IOException("PostgreSQL command failed: " + String.join(" ", full) + "\n" + output + log);
		}
	}

	private static Path findBinaries() throws IOException {
		String configured = System.getenv("PLACEWISE_PG_BIN");
		if (configured != null) {
			return Path.of(configured);
		}
		Path root = Path.of("/usr/lib/postgresql");
		if (Files.isDirectory(root)) {
			try (Stream<Path> versions = Files.list(root)) {
				return versions.map(version -> version.resolve("bin"))
						.filter(candidate -> Files.isExecutable(candidate.resolve("initdb")))
						.max(Comparator.comparingInt(PostgreSqlCluster::majorVersion))
						.orElseThrow(() -> missing());
			}
		}
		throw missing();
	}

	private static int majorVersion(Path bin) {
		try {
			return Integer.parseInt(bin.getParent().getFileName().toString());
		} catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static IOException missing() {
		return new IOException("PostgreSQL server binaries not found under /usr/lib/postgresql: install them with "
				+ "'apt-get install -y postgresql' or set PLACEWISE_PG_BIN to a directory holding initdb and pg_ctl");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
