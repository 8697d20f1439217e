package org.placewise.repository.ui.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.placewise.server.Role;
import org.placewise.server.ServerMain;
import org.placewise.server.UsersFile;

/**
 * A real repository server (H2 store) in a JVM of its own, as the server tests start it: the same OSGi framework and
 * bundles as the test runtime, running the server application, with users alice and bob (editors).
 */
final class ServerProcess implements AutoCloseable {

	static final String PASSWORD = "correct horse battery";

	private static final Pattern LISTENING = Pattern.compile(Pattern.quote(ServerMain.LISTENING) + "([^:\\s]+):(\\d+)");

	final Process process;
	final int port;
	final Path directory;

	private ServerProcess(Process process, int port, Path directory) {
		this.process = process;
		this.port = port;
		this.directory = directory;
	}

	static ServerProcess start() throws IOException, InterruptedException {
		Path directory = Files.createTempDirectory("placewise-repository-ui-test");
		Path users = directory.resolve("users.txt");
		UsersFile file = UsersFile.open(users, 1_000);
		file.addUser("alice", Role.EDITOR, PASSWORD.toCharArray());
		file.addUser("bob", Role.EDITOR, PASSWORD.toCharArray());
		List<String> command = new ArrayList<>(launcher(directory.resolve("configuration")));
		command.addAll(List.of("--store", "h2", "--data", directory.resolve("data").toString(), "--users",
				users.toString(), "--port", "0"));
		Process process = new ProcessBuilder(command).redirectError(directory.resolve("server.log").toFile()).start();
		BlockingQueue<Integer> port = new LinkedBlockingQueue<>();
		List<String> output = java.util.Collections.synchronizedList(new ArrayList<>());
		Thread reader = new Thread(() -> {
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = lines.readLine(); line != null; line = lines.readLine()) {
					output.add(line);
					Matcher matcher = LISTENING.matcher(line);
					if (matcher.find()) {
						port.add(Integer.parseInt(matcher.group(2)));
					}
				}
			} catch (IOException e) {
				// the process ended
			}
			port.add(-1);
		}, "repository-server-output");
		reader.setDaemon(true);
		reader.start();
		Integer actual = port.poll(2, TimeUnit.MINUTES); // a hang guard, not a speed assertion
		if (actual == null || actual < 0) {
			process.destroyForcibly().waitFor();
			throw new IOException("The server did not start; its output: " + output + ", errors in "
					+ directory.resolve("server.log"));
		}
		return new ServerProcess(process, actual, directory);
	}

	/** The same framework and bundles as this test runtime, with a configuration area of its own. */
	private static List<String> launcher(Path configuration) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		String area = System.getProperty("osgi.configuration.area");
		String framework = System.getProperty("osgi.framework");
		Path configIni = Path.of(URI.create(area.endsWith("/") ? area : area + "/")).resolve("config.ini");
		Files.createDirectories(configuration);
		Files.copy(configIni, configuration.resolve("config.ini"), StandardCopyOption.REPLACE_EXISTING);
		return List.of(java, "-Declipse.application=org.placewise.server.app", "-Declipse.ignoreApp=false",
				"-Dosgi.noShutdown=false", "-Djava.awt.headless=true", "-jar",
				Path.of(URI.create(framework)).toString(), "-configuration", configuration.toUri().toString(),
				"-consoleLog");
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
		}
	}
}
