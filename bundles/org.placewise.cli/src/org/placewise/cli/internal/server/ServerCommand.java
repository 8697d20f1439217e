package org.placewise.cli.internal.server;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.placewise.cli.internal.ExitCode;
import org.placewise.model.PlacewisePackages;
import org.placewise.server.ServerMain;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code placewise server}: runs the shared model repository server, or manages its users. The arguments are those of
 * {@link ServerMain}, which parses them, so the command line and the server's own usage text never disagree.
 */
@Command(name = "server", description = { "Runs the shared model repository server (CDO) so a team can work on one "
		+ "model, or manages its users.",
		"  placewise server [--store h2|postgresql] [--data DIR] [--host 127.0.0.1] [--port 2036] [--users FILE]",
		"                   [--tls-keystore FILE] [--max-sessions-per-user N]",
		"                   [--pg-host H] [--pg-port N] [--pg-database DB] [--pg-user USER]",
		"  placewise server add-user [--data DIR | --users FILE] NAME viewer|editor|admin",
		"  placewise server set-password [--data DIR | --users FILE] NAME",
		"  placewise server list-users [--data DIR | --users FILE]",
		"  placewise server backup [--data DIR] [--users FILE] -o FILE",
		"  placewise server locks [--data DIR]",
		"  placewise server unlock [--data DIR] USER",
		"Secrets come from the environment: PLACEWISE_USER_PASSWORD, PLACEWISE_PG_PASSWORD, PLACEWISE_TLS_PASSWORD.",
		"See docs/repository.md." },
		footer = { "", "Exit codes: 0 ok (or stopped with Ctrl-C / SIGTERM), 2 bad input or the server could not "
				+ "start." })
public final class ServerCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Unmatched
	List<String> arguments = new ArrayList<>();

	private final Map<String, String> environment;

	/** The command as the launcher runs it, with secrets from the process environment. */
	public ServerCommand() {
		this(System.getenv());
	}

	/** @param environment where secrets are read from (tests pass their own) */
	public ServerCommand(Map<String, String> environment) {
		this.environment = environment;
	}

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		String[] args = arguments.contains("--help") || arguments.contains("-h") ? new String[] { "help" }
				: arguments.toArray(String[]::new);
		try (PrintStream outStream = streamTo(out); PrintStream errStream = streamTo(err)) {
			int status = ServerMain.run(args, outStream, errStream, environment, PlacewisePackages.all());
			return status == 0 ? ExitCode.OK : ExitCode.BAD_INPUT;
		}
	}

	/** ServerMain writes to streams; the command line hands out writers. Lines pass through as they are printed. */
	private static PrintStream streamTo(PrintWriter writer) {
		OutputStream lines = new OutputStream() {
			private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

			@Override
			public synchronized void write(int b) {
				pending.write(b);
			}

			@Override
			public synchronized void write(byte[] bytes, int offset, int length) {
				pending.write(bytes, offset, length);
			}

			@Override
			public synchronized void flush() {
				writer.write(pending.toString(StandardCharsets.UTF_8));
				pending.reset();
				writer.flush();
			}

			@Override
			public void close() {
				flush();
			}
		};
		return new PrintStream(lines, true, StandardCharsets.UTF_8);
	}
}
