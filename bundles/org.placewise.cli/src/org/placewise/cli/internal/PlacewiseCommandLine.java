package org.placewise.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.placewise.cli.internal.check.CheckCommand;
import org.placewise.cli.internal.diagram.DiagramCommand;
import org.placewise.cli.internal.generate.GenerateCommand;
import org.placewise.cli.internal.governance.ChangesCommand;
import org.placewise.cli.internal.governance.WhoCanApproveCommand;
import org.placewise.cli.internal.io.ExportCommand;
import org.placewise.cli.internal.io.ImportCommand;
import org.placewise.cli.internal.report.ReportCommand;
import org.placewise.cli.internal.report.SpcCommand;
import org.placewise.cli.internal.repository.RepositoryCommand;
import org.placewise.cli.internal.server.ServerCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code placewise} command line: parses the arguments, runs one command and turns every outcome into an exit code
 * and a message a person can read. Runs inside the Equinox application ({@link PlacewiseCliApplication}) and, for
 * tests, in plain Java.
 */
public final class PlacewiseCommandLine {

	/** The root command; each area (check, diagram, report, ...) adds a subcommand. */
	@Command(name = "placewise", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
			description = "Place-based partnership governance and programme management for English health and care.",
			footer = { "", "Run './placewise' with no command to open the Placewise workbench.",
					"Exit codes: 0 ok, 1 errors found in the model, 2 bad input or usage, 3 internal error." },
			subcommands = { HelpCommand.class, CheckCommand.class, DiagramCommand.class, SpcCommand.class,
					ReportCommand.class, ImportCommand.class, ExportCommand.class,
					GenerateCommand.class, ServerCommand.class, RepositoryCommand.class, WhoCanApproveCommand.class,
					ChangesCommand.class })
	static final class RootCommand implements Runnable {
		@Spec
		CommandSpec spec;

		@Override
		public void run() {
			throw new ParameterException(spec.commandLine(), "Missing command.");
		}
	}

	/** Prints the version of the running bundle. */
	static final class VersionProvider implements IVersionProvider {
		@Override
		public String[] getVersion() {
			return new String[] { "Placewise " + PlacewiseVersion.current(),
					"Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")" };
		}
	}

	private final PrintWriter out;
	private final PrintWriter err;
	private final Path logFile;
	private final Map<String, String> environment;

	/**
	 * @param out     where results go (standard output)
	 * @param err     where messages for the user go (standard error)
	 * @param logFile where stack traces of internal errors are written, never on the console
	 */
	public PlacewiseCommandLine(PrintWriter out, PrintWriter err, Path logFile) {
		this(out, err, logFile, System.getenv());
	}

	/**
	 * @param out         where results go (standard output)
	 * @param err         where messages for the user go (standard error)
	 * @param logFile     where stack traces of internal errors are written, never on the console
	 * @param environment where commands look up passwords and other secrets (tests pass their own)
	 */
	public PlacewiseCommandLine(PrintWriter out, PrintWriter err, Path logFile, Map<String, String> environment) {
		this.out = Objects.requireNonNull(out);
		this.err = Objects.requireNonNull(err);
		this.logFile = Objects.requireNonNull(logFile);
		this.environment = Map.copyOf(environment);
	}

	/**
	 * Makes commands, giving those that read secrets ({@code server}, {@code repository}, {@code changes}) the
	 * environment.
	 */
	private CommandLine.IFactory factory() {
		CommandLine.IFactory defaults = CommandLine.defaultFactory();
		return new CommandLine.IFactory() {
			@Override
			public <K> K create(Class<K> type) throws Exception {
				if (type == RepositoryCommand.class) {
					return type.cast(new RepositoryCommand(environment));
				}
				if (type == ChangesCommand.class) {
					return type.cast(new ChangesCommand(environment));
				}
				if (type == ServerCommand.class) {
					return type.cast(new ServerCommand(environment));
				}
				return defaults.create(type);
			}
		};
	}

	/** Runs the command the arguments name and returns its {@link ExitCode}. */
	public int run(String... args) {
		CommandLine commandLine = newCommandLine();
		try {
			return commandLine.execute(args);
		} finally {
			out.flush();
			err.flush();
		}
	}

	CommandLine newCommandLine() {
		CommandLine commandLine = new CommandLine(new RootCommand(), factory());
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setCaseInsensitiveEnumValuesAllowed(true);
		commandLine.setParameterExceptionHandler(this::handleUsageError);
		commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> handleFailure(ex, cmd));
		return commandLine;
	}

	private int handleUsageError(ParameterException ex, String[] args) {
		CommandLine cmd = ex.getCommandLine();
		String name = cmd.getCommandSpec().qualifiedName(" ");
		if (ex instanceof UnmatchedArgumentException unmatched && cmd.getParent() == null
				&& !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
			List<String> known = List.copyOf(cmd.getSubcommands().keySet());
			err.printf("placewise: unknown command '%s'. Commands: %s. Run 'placewise help' for details.%n",
					unmatched.getUnmatched().get(0), String.join(", ", known));
		} else {
			err.printf("%s: %s%n", name, ex.getMessage());
			err.printf("Run '%s --help' for usage.%n", name);
		}
		return ExitCode.BAD_INPUT;
	}

	private int handleFailure(Exception ex, CommandLine cmd) {
		String name = cmd.getCommandSpec().qualifiedName(" ");
		if (ex instanceof UserInputException) {
			err.printf("%s: %s%n", name, ex.getMessage());
			return ExitCode.BAD_INPUT;
		}
		String where = writeToLog(ex);
		err.printf("%s: internal error: %s. %s%n", name,
				ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage(), where);
		return ExitCode.INTERNAL_ERROR;
	}

	private String writeToLog(Exception ex) {
		StringWriter trace = new StringWriter();
		ex.printStackTrace(new PrintWriter(trace));
		try {
			Files.createDirectories(logFile.toAbsolutePath().getParent());
			Files.writeString(logFile, Instant.now() + " " + trace + System.lineSeparator(), StandardCharsets.UTF_8,
					StandardOpenOption.CREATE, StandardOpenOption.APPEND);
			return "Details were written to " + logFile + ".";
		} catch (IOException e) {
			return "Details could not be written to " + logFile + " (" + e.getMessage() + ").";
		}
	}
}
