package org.placewise.server.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.placewise.server.RepositoryServer;
import org.placewise.server.RepositoryServerException;
import org.placewise.server.Role;
import org.placewise.server.ServerConfiguration;
import org.placewise.server.ServerConfiguration.PostgreSqlSettings;
import org.placewise.server.StoreKind;
import org.placewise.server.UsersFile;

/**
 * One store under test (H2 in a temporary directory, or a fresh database in the shared test PostgreSQL) with the test
 * users, and the servers started on it.
 */
final class StoreFixture implements AutoCloseable {
	static final String EDITOR = "alice";

	static final String VIEWER = "victor";

	static final String ADMIN = "ada";

	static final String PASSWORD = "correct horse battery";

	/** Low PBKDF2 cost keeps 20-client tests quick; production uses {@link UsersFile#DEFAULT_ITERATIONS}. */
	static final int TEST_ITERATIONS = 1_000;

	final StoreKind kind;

	final Path dataDirectory;

	final Path usersFile;

	final String database;

	private final List<RepositoryServer> servers = new ArrayList<>();

	StoreFixture(StoreKind kind, Path directory) throws IOException {
		this.kind = kind;
		this.dataDirectory = directory.resolve("data");
		this.usersFile = directory.resolve("users.txt");
		this.database = kind == StoreKind.POSTGRESQL ? PostgreSqlCluster.shared().createDatabase() : null;
		UsersFile users = UsersFile.open(usersFile, TEST_ITERATIONS);
		users.addUser(EDITOR, Role.EDITOR, PASSWORD.toCharArray());
		users.addUser(VIEWER, Role.VIEWER, PASSWORD.toCharArray());
		users.addUser(ADMIN, Role.ADMIN, PASSWORD.toCharArray());
	}

	ServerConfiguration.Builder configuration() {
		ServerConfiguration.Builder builder = ServerConfiguration.builder().storeKind(kind).dataDirectory(dataDirectory)
				.usersFile(usersFile).port(0).packages(TestModel.create().ePackage);
		if (kind == StoreKind.POSTGRESQL) {
			builder.postgreSql(postgreSqlSettings());
		}
		return builder;
	}

	PostgreSqlSettings postgreSqlSettings() {
		return new PostgreSqlSettings("127.0.0.1", PostgreSqlCluster.shared().port(), database, PostgreSqlCluster.USER,
				PostgreSqlCluster.PASSWORD.toCharArray());
	}

	RepositoryServer start() throws RepositoryServerException {
		return start(configuration().build());
	}

	RepositoryServer start(ServerConfiguration configuration) throws RepositoryServerException {
		RepositoryServer server = RepositoryServer.start(configuration);
		servers.add(server);
		return server;
	}

	@Override
	public void close() {
		servers.forEach(RepositoryServer::close);
	}
}
