package org.placewise.server;

import java.io.Console;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.eclipse.emf.ecore.EPackage;
import org.placewise.model.PlacewisePackages;
import org.placewise.server.ServerConfiguration.PostgreSqlSettings;
import org.placewise.server.ServerConfiguration.TlsSettings;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Command line of the repository server, exposed as {@code placewise server}.
 *
 * <pre>
 * placewise server [--store h2|postgresql] [--data DIR] [--repository NAME] [--host ADDRESS] [--port N]
 *                  [--users FILE] [--tls-keystore FILE]
 *                  [--pg-host H] [--pg-port N] [--pg-database DB] [--pg-user USER]
 * placewise server add-user [--users FILE | --data DIR] NAME viewer|editor|admin
 * placewise server set-password [--users FILE | --data DIR] NAME
 * placewise server list-users [--users FILE | --data DIR]
 * placewise server backup [--data DIR] [--users FILE] -o FILE
 * placewise server locks [--data DIR]
 * placewise server unlock [--data DIR] USER
 * </pre>
 *
 * Secrets never go on the command line (other users can see it): the TLS key store password comes from
 * {@value #TLS_PASSWORD_VARIABLE}, the PostgreSQL password from {@value #POSTGRESQL_PASSWORD_VARIABLE}, a new user's
 * password from {@value #USER_PASSWORD_VARIABLE} or, when that is unset, from a prompt.
 * <p>
 * The arguments are parsed by picocli, as every other Placewise command is: the serve options are those of the root
 * command, the user commands are its subcommands. Exit codes: 0 ok, 1 the command failed, 2 usage error (the message,
 * then the usage).
 */
public final class ServerMain {
	/** Environment variable holding the TLS key store password. */
	public static final String TLS_PASSWORD_VARIABLE = "PLACEWISE_TLS_PASSWORD";

	/** Environment variable holding the PostgreSQL password. */
	public static final String POSTGRESQL_PASSWORD_VARIABLE = "PLACEWISE_PG_PASSWORD";

	/** Environment variable holding the password for add-user / set-password. */
	public static final String USER_PASSWORD_VARIABLE = "PLACEWISE_USER_PASSWORD";

	/** Printed once the server accepts connections; scripts may wait for it. */
	public static final String LISTENING = "listening on ";

	private final PrintStream out;

	private final PrintStream err;

	private final Map<String, String> environment;

	private final List<EPackage> packages;

	private ServerMain(PrintStream out, PrintStream err, Map<String, String> environment, List<EPackage> packages) {
		this.out = out;
		this.err = err;
		this.environment = environment;
		this.packages = packages;
	}

	/**
	 * Runs the command line with the Placewise packages; a started server runs until the process is stopped (SIGTERM or
	 * Ctrl-C close it cleanly).
	 *
	 * @param args command line arguments
	 */
	public static void main(String[] args) {
		int status = run(args, System.out, System.err, System.getenv(), PlacewisePackages.all());
		if (status != 0) {
			System.exit(status);
		}
	}

	/**
	 * Runs a user-administration command or starts a server that blocks until the JVM shuts down.
	 *
	 * @param args        command line arguments
	 * @param out         normal output
	 * @param err         error messages
	 * @param environment where secrets are read from
	 * @return 0 on success, 1 if the command failed, 2 for a usage error
	 */
	public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment) {
		return run(args, out, err, environment, List.of());
	}

	/**
	 * Like {@link #run(String[], PrintStream, PrintStream, Map)}, with the model packages a new repository is created
	 * with (the Placewise packages, passed in by the launcher that knows them).
	 *
	 * @param args        command line arguments
	 * @param out         normal output
	 * @param err         error messages
	 * @param environment where secrets are read from
	 * @param packages    model packages to serve
	 * @return 0 on success, 1 if the command failed, 2 for a usage error
	 */
	public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment,
			List<EPackage> packages) {
		ServerMain main = new ServerMain(out, err, environment, List.copyOf(packages));
		CommandLine commandLine = main.commandLine();
		try {
			return commandLine.execute(args);
		} finally {
			commandLine.getOut().flush();
			commandLine.getErr().flush();
		}
	}

	/** The picocli command line: the serve command at the root, the user commands and {@code help} below it. */
	private CommandLine commandLine() {
		Serve serve = new Serve();
		CommandLine commandLine = new CommandLine(serve);
		commandLine.addSubcommand("add-user", new AddUser());
		commandLine.addSubcommand("set-password", new SetPassword());
		commandLine.addSubcommand("list-users", new ListUsers());
		commandLine.addSubcommand("backup", new Backup());
		commandLine.addSubcommand("locks", new Locks());
		commandLine.addSubcommand("unlock", new Unlock());
		commandLine.addSubcommand("help", new Help(commandLine));
		commandLine.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
		commandLine.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
		commandLine.setParameterExceptionHandler((ex, args) -> usageError(commandLine, describe(ex, args)));
		commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> failure(commandLine, ex));
		CommandLine.IExecutionStrategy runLast = new CommandLine.RunLast();
		commandLine.setExecutionStrategy(parseResult -> {
			requireNoServeOptionsBeforeACommand(commandLine, parseResult);
			return runLast.execute(parseResult);
		});
		return commandLine;
	}

	/** {@code --data DIR add-user ...} would silently ignore {@code --data}: the user commands take their own. */
	private static void requireNoServeOptionsBeforeACommand(CommandLine commandLine, ParseResult parseResult) {
		if (parseResult.hasSubcommand() && !parseResult.matchedOptions().isEmpty()) {
			throw new ParameterException(commandLine,
					"Unexpected argument '" + parseResult.subcommand().commandSpec().name() + "'");
		}
	}

	/** The one-line reason for a usage error, in the words the server has always used. */
	private static String describe(ParameterException ex, String[] args) {
		if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
			String first = unmatched.getUnmatched().get(0);
			if (first.startsWith("-")) {
				int equals = first.indexOf('=');
				return "Unknown option '" + (equals > 0 ? first.substring(0, equals) : first) + "'";
			}
			boolean commandName = ex.getCommandLine().getParent() == null && args.length > 0 && args[0].equals(first);
			return (commandName ? "Unknown command '" : "Unexpected argument '") + first + "'";
		}
		return ex.getMessage();
	}

	private int usageError(CommandLine commandLine, String message) {
		err.println(message);
		err.flush();
		commandLine.usage(commandLine.getErr());
		commandLine.getErr().flush();
		return 2;
	}

	private int failure(CommandLine commandLine, Exception ex) throws Exception {
		if (ex instanceof IllegalArgumentException) {
			return usageError(commandLine, ex.getMessage());
		}
		if (ex instanceof InterruptedException) {
			Thread.currentThread().interrupt();
			return 1;
		}
		if (ex instanceof IOException || ex instanceof RepositoryServerException) {
			err.println(ex.getMessage());
			return 1;
		}
		throw ex;
	}

	/** Where the users file is: {@code --users FILE}, else {@code users.txt} in the data directory. */
	static final class UsersLocation {
		@Option(names = "--data", paramLabel = "DIR", defaultValue = "placewise-repository",
				description = "The repository's data directory (default: ./${DEFAULT-VALUE}).")
		Path dataDirectory;

		@Option(names = "--users", paramLabel = "FILE", description = "The users file (default: DATA/users.txt).")
		Path usersFile;

		Path usersFile() {
			return usersFile != null ? usersFile : dataDirectory.resolve("users.txt");
		}
	}

	@Command(name = "placewise server", sortOptions = false, usageHelpWidth = 120, synopsisHeading = "Usage:%n",
			descriptionHeading = "%n", optionListHeading = "%nOptions:%n", commandListHeading = "%nCommands:%n",
			footerHeading = "%n",
			customSynopsis = {
					"  placewise server [--store h2|postgresql] [--data DIR] [--repository NAME] [--host ADDRESS] [--port N]",
					"                   [--users FILE] [--tls-keystore FILE] [--max-sessions-per-user N]",
					"                   [--pg-host HOST] [--pg-port N] [--pg-database NAME] [--pg-user USER]",
					"  placewise server add-user [--users FILE | --data DIR] NAME viewer|editor|admin",
					"  placewise server set-password [--users FILE | --data DIR] NAME",
					"  placewise server list-users [--users FILE | --data DIR]",
					"  placewise server backup [--data DIR] [--users FILE] -o FILE",
					"  placewise server locks [--data DIR]",
					"  placewise server unlock [--data DIR] USER" },
			description = "Runs the shared model repository server (CDO), or manages its users.",
			footer = {
					"Secrets come from the environment: " + TLS_PASSWORD_VARIABLE + ", " + POSTGRESQL_PASSWORD_VARIABLE
							+ ", " + USER_PASSWORD_VARIABLE + "." })
	private final class Serve implements Callable<Integer> {
		@Option(names = "--store", paramLabel = "h2|postgresql", defaultValue = "h2",
				description = "Where the repository keeps its data (default: ${DEFAULT-VALUE}).")
		String store;

		@Mixin
		UsersLocation location;

		@Option(names = "--repository", paramLabel = "NAME", defaultValue = ServerConfiguration.DEFAULT_REPOSITORY_NAME,
				description = "The repository name clients connect to (default: ${DEFAULT-VALUE}).")
		String repository;

		@Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerConfiguration.DEFAULT_HOST,
				description = "The address to listen on (default: ${DEFAULT-VALUE}).")
		String host;

		@Option(names = "--port", paramLabel = "N", defaultValue = "" + ServerConfiguration.DEFAULT_PORT,
				description = "The port to listen on, 0 for any free port (default: ${DEFAULT-VALUE}).")
		int port;

		@Option(names = "--tls-keystore", paramLabel = "FILE",
				description = "A PKCS#12 key store: clients then connect over TLS (password from "
						+ TLS_PASSWORD_VARIABLE
						+ ").")
		Path tlsKeyStore;

		@Option(names = "--max-sessions-per-user", paramLabel = "N",
				defaultValue = "" + ServerConfiguration.DEFAULT_MAX_SESSIONS_PER_USER,
				description = "How many sessions one user may have open at once (default: ${DEFAULT-VALUE}).")
		int maxSessionsPerUser;

		@Option(names = "--pg-host", paramLabel = "HOST", defaultValue = "127.0.0.1",
				description = "PostgreSQL host (default: ${DEFAULT-VALUE}).")
		String postgreSqlHost;

		@Option(names = "--pg-port", paramLabel = "N", defaultValue = "5432",
				description = "PostgreSQL port (default: ${DEFAULT-VALUE}).")
		int postgreSqlPort;

		@Option(names = "--pg-database", paramLabel = "NAME", defaultValue = "placewise",
				description = "PostgreSQL database (default: ${DEFAULT-VALUE}).")
		String postgreSqlDatabase;

		@Option(names = "--pg-user", paramLabel = "USER", defaultValue = "placewise",
				description = "PostgreSQL user (default: ${DEFAULT-VALUE}; password from "
						+ POSTGRESQL_PASSWORD_VARIABLE
						+ ").")
		String postgreSqlUser;

		@Option(names = { "-h", "--help" }, usageHelp = true, description = "Show this help and exit.")
		boolean help;

		@Override
		public Integer call() throws RepositoryServerException, InterruptedException {
			StoreKind storeKind = StoreKind.fromOption(store);
			ServerConfiguration.Builder builder = ServerConfiguration.builder().storeKind(storeKind).packages(packages)
					.dataDirectory(location.dataDirectory).repositoryName(repository).host(host).port(port)
					.usersFile(location.usersFile()).maxSessionsPerUser(maxSessionsPerUser);
			if (tlsKeyStore != null) {
				builder.tls(new TlsSettings(tlsKeyStore, secret(TLS_PASSWORD_VARIABLE, "the TLS key store password")));
			}
			if (storeKind == StoreKind.POSTGRESQL) {
				builder.postgreSql(new PostgreSqlSettings(postgreSqlHost, postgreSqlPort, postgreSqlDatabase,
						postgreSqlUser, secret(POSTGRESQL_PASSWORD_VARIABLE, "the PostgreSQL password")));
			}
			return serve(builder.build());
		}
	}

	@Command(name = "add-user", description = "Adds a user with a role (password from " + USER_PASSWORD_VARIABLE
			+ " or a prompt).")
	private final class AddUser implements Callable<Integer> {
		@Mixin
		UsersLocation location;

		@Parameters(index = "0", paramLabel = "NAME", description = "The user name.")
		String user;

		@Parameters(index = "1", paramLabel = "viewer|editor|admin", description = "What the user may do.")
		String role;

		@Override
		public Integer call() throws IOException {
			Role chosen = Role.fromOption(role);
			UsersFile users = UsersFile.open(location.usersFile());
			char[] password = newPassword(user);
			users.addUser(user, chosen, password);
			Arrays.fill(password, '\0');
			out.println("Added user '" + user + "' with role " + chosen + " to " + users.file());
			return 0;
		}
	}

	@Command(name = "set-password", description = "Changes a user's password (from " + USER_PASSWORD_VARIABLE
			+ " or a prompt).")
	private final class SetPassword implements Callable<Integer> {
		@Mixin
		UsersLocation location;

		@Parameters(index = "0", paramLabel = "NAME", description = "The user name.")
		String user;

		@Override
		public Integer call() throws IOException {
			UsersFile users = UsersFile.open(location.usersFile());
			char[] password = newPassword(user);
			users.setPassword(user, password);
			Arrays.fill(password, '\0');
			out.println("Changed the password of user '" + user + "' in " + users.file());
			return 0;
		}
	}

	@Command(name = "list-users", description = "Lists the users and their roles.")
	private final class ListUsers implements Callable<Integer> {
		@Mixin
		UsersLocation location;

		@Override
		public Integer call() throws IOException {
			UsersFile users = UsersFile.open(location.usersFile());
			for (String name : users.userNames()) {
				out.println(name + " " + users.roleOf(name).map(Role::optionName).orElse("?"));
			}
			return 0;
		}
	}

	@Command(name = "backup", description = { "Backs up an H2 repository into one zip (database and users file): "
			+ "through the server running on DIR, consistent while clients commit, or directly when none runs.",
			"Restore: unzip into an empty directory and start a server with --data on it. For PostgreSQL use pg_dump." })
	private final class Backup implements Callable<Integer> {
		@Mixin
		UsersLocation location;

		@Option(names = { "-o", "--output" }, paramLabel = "FILE", required = true,
				description = "The backup zip to write.")
		Path output;

		@Override
		public Integer call() throws IOException {
			boolean live = RepositoryServer.backup(location.dataDirectory, location.usersFile(), output);
			out.println("Backed up " + (live ? "the running repository" : "the repository") + " in "
					+ location.dataDirectory + " to " + output);
			return 0;
		}
	}

	@Command(name = "locks", description = "Lists the locks users hold on the server running on DIR (durable ones "
			+ "included).")
	private final class Locks implements Callable<Integer> {
		@Mixin
		UsersLocation location;

		@Override
		public Integer call() throws IOException {
			List<String> locks = running(location, "locks");
			if (locks.isEmpty()) {
				out.println("Nobody holds a lock.");
			}
			locks.forEach(out::println);
			return 0;
		}
	}

	@Command(name = "unlock", description = "Breaks every lock USER holds on the server running on DIR, so others may "
			+ "commit again (recorded in the audit log).")
	private final class Unlock implements Callable<Integer> {
		@Mixin
		UsersLocation location;

		@Parameters(index = "0", paramLabel = "USER", description = "Whose locks to break.")
		String user;

		@Override
		public Integer call() throws IOException {
			String admin = System.getProperty("user.name", "admin").replace(' ', '_');
			List<String> broken = running(location, "unlock", user.replace(' ', '_'), "os:" + admin);
			int count = broken.isEmpty() ? 0 : Integer.parseInt(broken.get(0));
			out.println("Broke " + count + (count == 1 ? " lock" : " locks") + " of user '" + user + "'");
			return 0;
		}
	}

	private static List<String> running(UsersLocation location, String... command) throws IOException {
		List<String> answer = org.placewise.server.internal.AdminChannel.request(location.dataDirectory, command);
		if (answer == null) {
			throw new IOException("No Placewise server is running on " + location.dataDirectory
					+ " (locks exist only while it runs; give its --data directory)");
		}
		return answer;
	}

	@Command(name = "help", description = "Shows this help.")
	private static final class Help implements Callable<Integer> {
		private final CommandLine root;

		Help(CommandLine root) {
			this.root = root;
		}

		@Override
		public Integer call() {
			root.usage(root.getOut());
			return 0;
		}
	}

	private int serve(ServerConfiguration configuration) throws RepositoryServerException, InterruptedException {
		RepositoryServer server = RepositoryServer.start(configuration);
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			server.close();
			stopped.countDown();
		}, "placewise-server-shutdown"));
		out.println("Placewise repository '" + server.repositoryName() + "' " + LISTENING + server.host() + ":"
				+ server.port() + " (" + configuration.storeKind().optionName()
				+ (configuration.tls() != null ? ", TLS" : "") + ", data "
				+ configuration.dataDirectory().toAbsolutePath()
				+ ")");
		out.flush();
		try {
			stopped.await();
		} catch (InterruptedException ex) {
			// Stopped by the application container rather than by the JVM shutting down.
			server.close();
			throw ex;
		}
		return 0;
	}

	private char[] newPassword(String user) {
		String fromEnvironment = environment.get(USER_PASSWORD_VARIABLE);
		if (fromEnvironment != null) {
			return fromEnvironment.toCharArray();
		}
		Console console = System.console();
		if (console == null) {
			throw new IllegalArgumentException("No terminal to ask for the password of '" + user + "': set "
					+ USER_PASSWORD_VARIABLE);
		}
		char[] first = console.readPassword("Password for %s: ", user);
		char[] second = console.readPassword("Repeat the password: ");
		if (first == null || !Arrays.equals(first, second)) {
			throw new IllegalArgumentException("The two passwords for '" + user + "' differ; nothing was changed");
		}
		return first;
	}

	private char[] secret(String variable, String what) {
		String value = environment.get(variable);
		if (value == null) {
			throw new IllegalArgumentException("Set " + variable + " to " + what);
		}
		return value.toCharArray();
	}
}
