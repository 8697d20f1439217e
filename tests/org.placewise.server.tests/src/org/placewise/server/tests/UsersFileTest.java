package org.placewise.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placewise.server.Role;
import org.placewise.server.ServerMain;
import org.placewise.server.UsersFile;

class UsersFileTest {
	@TempDir
	Path temp;

	@Test
	void passwordsAreStoredOnlyAsSaltedHashes() throws IOException {
		Path file = temp.resolve("users.txt");
		UsersFile users = UsersFile.open(file, 1_000);
		users.addUser("alice", Role.EDITOR, "correct horse battery".toCharArray());
		users.addUser("bob", Role.EDITOR, "correct horse battery".toCharArray());

		String text = Files.readString(file);
		assertFalse(text.contains("correct horse battery"));
		List<String> lines = text.lines().filter(line -> !line.startsWith("#")).toList();
		assertEquals(2, lines.size());
		String[] alice = lines.get(0).split(":");
		String[] bob = lines.get(1).split(":");
		assertEquals(List.of("alice", "editor", "1000"), List.of(alice[0], alice[1], alice[2]));
		assertFalse(alice[3].equals(bob[3]), "each user has an own salt");
		assertFalse(alice[4].equals(bob[4]), "same password, different hashes");
		assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
	}

	@Test
	void rightPasswordVerifiesAndWrongOrUnknownDoNot() throws IOException {
		UsersFile users = UsersFile.open(temp.resolve("users.txt"), 1_000);
		users.addUser("alice", Role.VIEWER, "correct horse battery".toCharArray());
		UsersFile reread = UsersFile.open(temp.resolve("users.txt"));
		assertTrue(reread.verify("alice", "correct horse battery".toCharArray()));
		assertFalse(reread.verify("alice", "correct horse batterY".toCharArray()));
		assertFalse(reread.verify("mallory", "correct horse battery".toCharArray()));
		assertFalse(reread.verify(null, null));
		assertEquals(Optional.of(Role.VIEWER), reread.roleOf("alice"));
	}

	@Test
	void setPasswordReplacesTheOldOne() throws IOException {
		UsersFile users = UsersFile.open(temp.resolve("users.txt"), 1_000);
		users.addUser("alice", Role.EDITOR, "first password".toCharArray());
		users.setPassword("alice", "second password".toCharArray());
		assertFalse(users.verify("alice", "first password".toCharArray()));
		assertTrue(users.verify("alice", "second password".toCharArray()));
	}

	@Test
	void aRunningServerSeesUsersAddedByAnotherProcess() throws IOException {
		Path file = temp.resolve("users.txt");
		UsersFile server = UsersFile.open(file, 1_000);
		UsersFile command = UsersFile.open(file, 1_000);
		command.addUser("carol", Role.ADMIN, "carol's password".toCharArray());
		assertEquals(Optional.of(Role.ADMIN), server.roleOf("carol"));
	}

	@Test
	void invalidInputIsRefusedWithAPlainMessage() throws IOException {
		UsersFile users = UsersFile.open(temp.resolve("users.txt"), 1_000);
		users.addUser("alice", Role.EDITOR, "long enough".toCharArray());
		assertEquals("User 'alice' already exists in " + users.file(), assertThrows(IllegalArgumentException.class,
				() -> users.addUser("alice", Role.EDITOR, "long enough".toCharArray())).getMessage());
		assertEquals("The password for user 'bob' must have at least 8 characters", assertThrows(
				IllegalArgumentException.class, () -> users.addUser("bob", Role.EDITOR, "short".toCharArray()))
				.getMessage());
		assertTrue(assertThrows(IllegalArgumentException.class,
				() -> users.addUser("bad:name", Role.EDITOR, "long enough".toCharArray())).getMessage()
				.startsWith("User name 'bad:name' is not allowed"));
	}

	@Test
	void aMalformedFileNamesFileAndLine() throws IOException {
		Path file = temp.resolve("users.txt");
		Files.writeString(file,
				"# comment\nalice:editor:1000:c2FsdA==:aGFzaA==\nbob:superuser:1000:c2FsdA==:aGFzaA==\n");
		IOException error = assertThrows(IOException.class, () -> UsersFile.open(file));
		assertEquals("Users file " + file + " line 3: Unknown role 'superuser': use viewer, editor or admin",
				error.getMessage());
	}

	@Test
	void addUserCommandTakesThePasswordFromTheEnvironment() throws IOException {
		Path file = temp.resolve("users.txt");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = ServerMain.run(new String[] { "add-user", "--users", file.toString(), "dana", "viewer" },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				Map.of(ServerMain.USER_PASSWORD_VARIABLE, "dana's password"));
		assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
		assertEquals("Added user 'dana' with role viewer to " + file.toAbsolutePath(),
				out.toString(StandardCharsets.UTF_8).strip());
		UsersFile users = UsersFile.open(file);
		assertTrue(users.verify("dana", "dana's password".toCharArray()));
		assertTrue(Files.readString(file).contains("dana:viewer:" + UsersFile.DEFAULT_ITERATIONS + ":"));
	}

	@Test
	void serverCommandWithoutUsersRefusesToStart() throws IOException {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = ServerMain.run(new String[] { "--data", temp.resolve("data").toString(), "--port", "0" },
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
		assertEquals(1, status);
		assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("Nobody could log in: the users file "),
				err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void unknownOptionIsAUsageError() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = ServerMain.run(new String[] { "--jdbc-url", "jdbc:h2:tcp://evil" },
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
		assertEquals(2, status);
		assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("Unknown option '--jdbc-url'"));
	}
}
