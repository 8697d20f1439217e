package org.placewise.server.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.placewise.server.ServerConfiguration;
import org.placewise.server.ServerMain;
import org.placewise.server.StoreKind;

/**
 * The repository server as a separate JVM ({@code ServerMain} with the test class path), so it can be killed with
 * SIGKILL or stopped with SIGTERM like a real server process.
 */
final class ChildServer implements AutoCloseable {
	/** The Equinox application of the server bundle (its plugin.xml). */
	static final String APPLICATION = "org.placewise.server.app";

	private static final Pattern LISTENING = Pattern.compile(Pattern.quote(ServerMain.LISTENING) + "([^:\\s]+):(\\d+)");

	final Process process;

	final int port;

	private final List<String> output;

	private ChildServer(Process process, int port, List<String> output) {
		this.process = process;
		this.port = port;
		this.output = output;
	}

	static ChildServer start(StoreFixture fixture, Path log) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(launcher(log.resolveSibling(log.getFileName() + ".configuration")));
		command.addAll(
				List.of("--store", fixture.kind.optionName(), "--data", fixture.dataDirectory.toString(), "--users",
						fixture.usersFile.toString(), "--port", "0"));
		ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile());
		if (fixture.kind == StoreKind.POSTGRESQL) {
			ServerConfiguration.PostgreSqlSettings settings = fixture.postgreSqlSettings();
			command.addAll(List.of("--pg-host", settings.host(), "--pg-port", Integer.toString(settings.port()),
					"--pg-database", settings.database(), "--pg-user", settings.user()));
			builder.command(command);
			builder.environment().put(ServerMain.POSTGRESQL_PASSWORD_VARIABLE, new String(settings.password()));
		}
		Process process = builder.start();
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
			} catch (IOException ex) {
				// The process ended.
			}
			port.add(-1);
		}, "child-server-output");
		reader.setDaemon(true);
		reader.start();
		Integer actualPort = port.poll(2, TimeUnit.MINUTES); // a hang guard, not a speed assertion
		if (actualPort == null || actualPort < 0) {
			process.destroyForcibly().waitFor();
			throw new IOException("The server process did not start; its output: " + output + ", errors in " + log);
		}
		return new ChildServer(process, actualPort, output);
	}

	/**
	 * The command that starts a JVM with the same code as this one. Under OSGi (tycho-surefire, the product) that is
	 * the same framework with the same bundles, running the application {@value #APPLICATION}: the test runtime's
	 * {@code config.ini} is copied to a fresh configuration area, so the child shares no framework cache with this JVM.
	 * In plain Java it is the same class path.
	 */
	private static List<String> launcher(Path configuration) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		String area = System.getProperty("osgi.configuration.area");
		String framework = System.getProperty("osgi.framework");
		if (area == null || framework == null) {
			return List.of(java, "-cp", System.getProperty("java.class.path"), ServerMain.class.getName());
		}
		Path configIni = Path.of(URI.create(area.endsWith("/") ? area : area + "/")).resolve("config.ini");
		Files.createDirectories(configuration);
		Files.copy(configIni, configuration.resolve("config.ini"), StandardCopyOption.REPLACE_EXISTING);
		return List.of(java, "-Declipse.application=" + APPLICATION, "-Declipse.ignoreApp=false",
				"-Dosgi.noShutdown=false", "-jar", Path.of(URI.create(framework)).toString(), "-configuration",
				configuration.toUri().toString(), "-consoleLog");
	}

	RepositoryClient connect(String user, String password) {
		return RepositoryClient.connect(ServerConfiguration.DEFAULT_HOST, port,
				ServerConfiguration.DEFAULT_REPOSITORY_NAME, user, password, false);
	}

	/** Sends SIGKILL (Process.destroyForcibly on Linux) and waits for the process to be gone. */
	void kill() throws InterruptedException {
		process.destroyForcibly().waitFor();
	}

	/** Sends SIGTERM and waits for the process to finish its shutdown hook. */
	int terminate() throws InterruptedException {
		process.destroy();
		return process.waitFor();
	}

	List<String> output() {
		return List.copyOf(output);
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			kill();
		}
	}
}
