package org.placewise.store.repository;

import java.io.IOException;
import java.nio.file.Path;

import org.placewise.model.PlacewisePackages;
import org.placewise.server.RepositoryServer;
import org.placewise.server.RepositoryServerException;
import org.placewise.server.Role;
import org.placewise.server.ServerConfiguration;
import org.placewise.server.StoreKind;
import org.placewise.server.UsersFile;

/** A real repository server in this JVM (H2 in a temporary folder, TCP on 127.0.0.1) with three users. */
final class RepositoryFixture implements AutoCloseable {

	static final String EDITOR = "alice";

	static final String OTHER_EDITOR = "bob";

	static final String VIEWER = "victor";

	static final char[] PASSWORD = "correct horse battery".toCharArray();

	/** Low PBKDF2 cost keeps logins quick in tests; real users files use the default. */
	private static final int TEST_ITERATIONS = 1_000;

	final RepositoryServer server;

	RepositoryFixture(Path folder) throws IOException, RepositoryServerException {
		Path users = folder.resolve("users.txt");
		UsersFile file = UsersFile.open(users, TEST_ITERATIONS);
		file.addUser(EDITOR, Role.EDITOR, PASSWORD);
		file.addUser(OTHER_EDITOR, Role.EDITOR, PASSWORD);
		file.addUser(VIEWER, Role.VIEWER, PASSWORD);
		server = RepositoryServer.start(ServerConfiguration.builder().storeKind(StoreKind.H2)
				.dataDirectory(folder.resolve("data")).usersFile(users).port(0).packages(PlacewisePackages.all())
				.build());
	}

	RepositoryConnection connect(String user) throws RepositoryException {
		return RepositoryConnection.connect(server.host(), server.port(), user, PASSWORD);
	}

	String url(String user, String path) {
		return "cdo://" + user + "@" + server.host() + ":" + server.port() + "/" + server.repositoryName() + path;
	}

	@Override
	public void close() {
		server.close();
	}
}
