package org.placewise.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placewise.server.ServerMain;

/** The server's argument handling: options, commands, help, usage errors and exit codes (no server is started). */
class ServerMainTest {
	@TempDir
	Path temp;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(Map<String, String> environment, String... args) {
		return ServerMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), environment);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void helpListsEveryCommandOptionAndSecret() {
		assertEquals(0, run(Map.of(), "help"));
		for (String expected : new String[] { "add-user", "set-password", "list-users", "--store", "--data",
				"--repository", "--host", "--port", "--users", "--tls-keystore", "--pg-host", "--pg-port",
				"--pg-database",
				"--pg-user", "PLACEWISE_TLS_PASSWORD", "PLACEWISE_PG_PASSWORD", "PLACEWISE_USER_PASSWORD" }) {
			assertTrue(out().contains(expected), expected + " missing from the help:\n" + out());
		}
		assertEquals("", err());
	}

	@Test
	void helpOptionPrintsTheSameHelpAsTheHelpCommand() {
		assertEquals(0, run(Map.of(), "help"));
		String fromCommand = out();
		out.reset();
		assertEquals(0, run(Map.of(), "--help"));
		assertEquals(fromCommand, out());
	}

	@Test
	void unknownCommandIsAUsageErrorFollowedByTheUsage() {
		assertEquals(2, run(Map.of(), "add-usr", "dana"));
		assertTrue(err().startsWith("Unknown command 'add-usr'"), err());
		assertTrue(err().contains("placewise server add-user"), err());
		assertEquals("", out());
	}

	@Test
	void portMustBeANumber() {
		assertEquals(2, run(Map.of(), "--data", temp.toString(), "--port", "twenty"));
		assertTrue(err().contains("--port") && err().contains("twenty"), err());
		assertFalse(out().contains(ServerMain.LISTENING), out());
	}

	@Test
	void unknownStoreIsAUsageError() {
		assertEquals(2, run(Map.of(), "--store", "mysql", "--data", temp.toString()));
		assertTrue(err().startsWith("Unknown store 'mysql': use h2 or postgresql"), err());
	}

	@Test
	void postgreSqlNeedsItsPasswordFromTheEnvironment() {
		assertEquals(2, run(Map.of(), "--store", "postgresql", "--data", temp.toString()));
		assertTrue(err().startsWith("Set " + ServerMain.POSTGRESQL_PASSWORD_VARIABLE + " to the PostgreSQL password"),
				err());
	}

	@Test
	void addUserNeedsARole() {
		assertEquals(2, run(Map.of(ServerMain.USER_PASSWORD_VARIABLE, "a long secret"), "add-user", "--users",
				temp.resolve("users.txt").toString(), "dana"));
		assertTrue(err().contains("viewer|editor|admin"), err());
		assertFalse(Files.exists(temp.resolve("users.txt")));
	}

	@Test
	void unknownRoleIsAUsageError() {
		assertEquals(2, run(Map.of(ServerMain.USER_PASSWORD_VARIABLE, "a long secret"), "add-user", "--users",
				temp.resolve("users.txt").toString(), "dana", "superuser"));
		assertTrue(err().startsWith("Unknown role 'superuser': use viewer, editor or admin"), err());
	}

	@Test
	void serveOptionsBeforeAUserCommandAreRefusedRatherThanIgnored() {
		Path data = temp.resolve("data");
		assertEquals(2,
				run(Map.of(ServerMain.USER_PASSWORD_VARIABLE, "a long secret"), "--data", data.toString(), "add-user",
						"dana", "viewer"));
		assertTrue(err().startsWith("Unexpected argument 'add-user'"), err());
		assertFalse(Files.exists(data.resolve("users.txt")));
	}

	@Test
	void userCommandsFindTheUsersFileInTheDataDirectory() throws IOException {
		Path data = Files.createDirectories(temp.resolve("data"));
		assertEquals(0,
				run(Map.of(ServerMain.USER_PASSWORD_VARIABLE, "a long secret"), "add-user", "--data", data.toString(),
						"dana", "editor"),
				err());
		assertTrue(Files.readString(data.resolve("users.txt")).contains("dana:editor:"));
		out.reset();
		assertEquals(0, run(Map.of(), "list-users", "--data", data.toString()), err());
		assertEquals("dana editor", out().strip());
	}

	@Test
	void aCommandThatFailsExitsWithOne() throws IOException {
		Path users = temp.resolve("users.txt");
		Files.writeString(users, "dana:superuser:1000:c2FsdA==:aGFzaA==\n");
		assertEquals(1, run(Map.of(), "list-users", "--users", users.toString()));
		assertTrue(err().contains("Unknown role 'superuser'"), err());
	}

	@Test
	void listUsersTakesNoArguments() {
		assertEquals(2, run(Map.of(), "list-users", "--users", temp.resolve("users.txt").toString(), "dana"));
		assertTrue(err().startsWith("Unexpected argument 'dana'"), err());
	}
}
