package org.placewise.cli.internal.repository;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.placewise.cli.internal.ExitCode;
import org.placewise.cli.internal.UserInputException;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.store.ModelFileException;
import org.placewise.store.ModelFiles;
import org.placewise.store.repository.CommitRecord;
import org.placewise.store.repository.ModelDifference;
import org.placewise.store.repository.ModelDifference.Change;
import org.placewise.store.repository.ModelLocations;
import org.placewise.store.repository.RepositoryConnection;
import org.placewise.store.repository.RepositoryException;
import org.placewise.store.repository.RepositoryUrl;
import org.placewise.store.repository.TlsTrust;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code placewise repository push|pull|list|log|show|diff|copy}: the shared model repository from the command line.
 * Models are named by URL, {@code cdo://user@host:port/repository/path} ({@code cdos://} over TLS); a past point is the
 * URL followed by {@code @YYYY-MM-DD} (the model as it was at the end of that day) or {@code @COMMIT} (a commit number
 * from {@code log}). The password comes from {@value ModelLocations#PASSWORD_VARIABLE} or a prompt, never from the
 * command line.
 */
@Command(name = "repository", mixinStandardHelpOptions = true,
		description = { "Work with models on a Placewise repository server (see 'placewise server').",
				"Models are named cdo://user@host:port/repository/path (cdos:// over TLS); a past point adds @YYYY-MM-DD "
						+ "or @COMMIT (a commit number from 'log').",
				"The password comes from PLACEWISE_PASSWORD or a prompt; over TLS the server certificate is checked "
						+ "against --tls-truststore or PLACEWISE_TLS_TRUSTSTORE (else Java's default authorities)." },
		subcommands = { RepositoryCommand.Push.class, RepositoryCommand.Pull.class, RepositoryCommand.ListModels.class,
				RepositoryCommand.Log.class, RepositoryCommand.Show.class, RepositoryCommand.Diff.class,
				RepositoryCommand.Copy.class },
		footer = { "", "Exit codes: 0 ok, 1 diff found differences, 2 bad input, usage, unreachable server or refused "
				+ "login, 3 internal error." })
public final class RepositoryCommand implements Callable<Integer> {

	/** Environment variable with the destination password of {@code copy} (else {@code PLACEWISE_PASSWORD}). */
	public static final String DESTINATION_PASSWORD_VARIABLE = "PLACEWISE_DEST_PASSWORD";

	@Spec
	CommandSpec spec;

	private final Map<String, String> environment;

	/** The command as the launcher runs it, with the password from the process environment. */
	public RepositoryCommand() {
		this(System.getenv());
	}

	/** @param environment where passwords and the trust store are looked up (tests pass their own) */
	public RepositoryCommand(Map<String, String> environment) {
		this.environment = environment;
	}

	@Override
	public Integer call() {
		throw new picocli.CommandLine.ParameterException(spec.commandLine(),
				"Missing subcommand: push, pull, list, log, show, diff or copy.");
	}

	/** The {@code --tls-truststore} option every subcommand takes. */
	static final class TrustOption {
		@Option(names = "--tls-truststore", paramLabel = "FILE",
				description = "Trust store with the server's certificate for cdos:// URLs (password in "
						+ TlsTrust.TRUST_STORE_PASSWORD_VARIABLE + "; default: " + TlsTrust.TRUST_STORE_VARIABLE
						+ " or Java's default authorities).")
		Path trustStore;
	}

	/** A point of a model: a repository model now or at a past moment, or a model file. */
	record Point(RepositoryUrl url, Long time, Path file, String text) {

		/** @return the repository model's URL without the point, for messages */
		String model() {
			return url != null ? url.toString() : file.toString();
		}
	}

	static Point point(String text) {
		if (!RepositoryUrl.isRepositoryUrl(text)) {
			return new Point(null, null, Path.of(text), text);
		}
		int slash = text.lastIndexOf('/');
		int at = text.lastIndexOf('@');
		String base = text;
		Long time = null;
		if (at > slash) {
			base = text.substring(0, at);
			time = moment(text.substring(at + 1), text);
		}
		return new Point(url(base), time, null, text);
	}

	static RepositoryUrl url(String text) {
		try {
			return RepositoryUrl.parse(text);
		} catch (IllegalArgumentException e) {
			throw new UserInputException(e.getMessage(), e);
		}
	}

	/**
	 * @param text  a date (YYYY-MM-DD: the end of that day, in this computer's time zone, or now if that is later) or a
	 *              commit number
	 * @param whole what the user typed, for the message when the text is neither
	 * @return the moment, in milliseconds since 1970
	 */
	public static Long moment(String text, String whole) {
		if (text.matches("\\d{6,}")) {
			return Long.parseLong(text);
		}
		try {
			// The model as it was at the end of that day, in this computer's time zone; for today (or a later day),
			// the model as it is now: the repository refuses to show a moment that has not come yet.
			return Math.min(System.currentTimeMillis(),
					LocalDate.parse(text).plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant().toEpochMilli()
							- 1);
		} catch (DateTimeParseException e) {
			throw new UserInputException("'" + whole + "': after @ comes a date (YYYY-MM-DD) or a commit number from "
					+ "'placewise repository log', not '" + text + "'", e);
		}
	}

	RepositoryConnection connect(RepositoryUrl url, TrustOption trust, String passwordVariable) {
		Map<String, String> lookup = environment;
		if (passwordVariable != null && environment.get(passwordVariable) != null) {
			lookup = Map.of(ModelLocations.PASSWORD_VARIABLE, environment.get(passwordVariable));
		}
		char[] password = null;
		try {
			password = ModelLocations.password(url, lookup);
			TlsTrust tls = trust != null && trust.trustStore != null
					? new TlsTrust(trust.trustStore, passwordOf(TlsTrust.TRUST_STORE_PASSWORD_VARIABLE))
					: TlsTrust.fromEnvironment(environment);
			return RepositoryConnection.connect(url, password, tls);
		} catch (RepositoryException e) {
			throw new UserInputException(e.getMessage(), e);
		} finally {
			if (password != null) {
				Arrays.fill(password, '\0');
			}
		}
	}

	private char[] passwordOf(String variable) {
		String value = environment.get(variable);
		return value == null ? null : value.toCharArray();
	}

	static PlacewiseModel load(Point point, RepositoryConnection connection) throws RepositoryException {
		if (point.file() != null) {
			try {
				return new ModelFiles().load(point.file());
			} catch (ModelFileException e) {
				throw new UserInputException(e.getMessage(), e);
			}
		}
		return point.time() == null ? connection.readCopy(point.url().path())
				: connection.readCopyAt(point.url().path(), point.time());
	}

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

	/** @return "3 Mar 2026 10:15" in this computer's time zone */
	static String when(Instant instant) {
		var local = instant.atZone(ZoneId.systemDefault());
		return PlacewiseLabels.date(local.toLocalDate()) + " " + CLOCK.format(LocalTime.from(local));
	}

	/** @return who made a commit and when; for a copied commit also who copied it */
	static String who(CommitRecord commit) {
		String author = commit.author() + ", " + when(commit.authoredAt());
		return commit.isCopy() ? author + " (copied by " + commit.user() + ", " + when(commit.instant()) + ")" : author;
	}

	/** {@code push FILE URL}: a model file into the repository, as a new model or as the next version of one. */
	@Command(name = "push", mixinStandardHelpOptions = true,
			description = { "Commit a model file to the repository: a new model, or, when the path already holds "
					+ "one, its next version (objects matched by id; only what differs is committed)." })
	static final class Push implements Callable<Integer> {
		@ParentCommand
		RepositoryCommand parent;

		@Spec
		CommandSpec spec;

		@Mixin
		TrustOption trust;

		@Parameters(index = "0", paramLabel = "FILE", description = "The model file (.placewise).")
		Path file;

		@Parameters(index = "1", paramLabel = "URL", description = "cdo://user@host:port/repository/path")
		String target;

		@Option(names = { "-m", "--message" }, paramLabel = "COMMENT", description = "The commit comment.")
		String comment;

		@Override
		public Integer call() throws RepositoryException {
			RepositoryUrl url = url(target);
			PlacewiseModel model;
			try {
				model = new ModelFiles().load(file);
			} catch (ModelFileException e) {
				throw new UserInputException(e.getMessage(), e);
			}
			PrintWriter out = spec.commandLine().getOut();
			try (RepositoryConnection connection = parent.connect(url, trust, null)) {
				String why = comment != null ? comment : "Pushed " + file.getFileName();
				CommitRecord commit = connection.commitVersion(url.path(), model, why);
				if (commit == null) {
					out.println("Nothing to push: " + url + " already equals " + file);
				} else {
					out.println("Pushed " + file + " to " + url + " as commit " + commit.time() + " ("
							+ PlacewiseLabels.count(commit.added().size(), "object added", "objects added") + ", "
							+ PlacewiseLabels.count(commit.changed().size(), "changed", "changed") + ", "
							+ PlacewiseLabels.count(commit.removed().size(), "removed", "removed") + ")");
				}
			} catch (RepositoryException e) {
				throw new UserInputException(e.getMessage(), e);
			}
			return ExitCode.OK;
		}
	}

	/** What {@code pull} and {@code show} share: a repository model (at a point) written to a model file. */
	abstract static class WriteModel implements Callable<Integer> {
		@ParentCommand
		RepositoryCommand parent;

		@Spec
		CommandSpec spec;

		@Mixin
		TrustOption trust;

		@Parameters(index = "0", paramLabel = "URL",
				description = "cdo://user@host:port/repository/path, with @YYYY-MM-DD or @COMMIT for a past point")
		String source;

		@Option(names = { "-o", "--output" }, required = true, paramLabel = "FILE",
				description = "The model file to write (replaced, keeping a backup).")
		Path output;

		@Override
		public Integer call() {
			return write(parent, spec, trust, source, output);
		}
	}

	/** {@code pull URL -o FILE}: a repository model into a model file. */
	@Command(name = "pull", mixinStandardHelpOptions = true,
			description = "Write a repository model (now, or at @DATE / @COMMIT) to a model file.")
	static final class Pull extends WriteModel {
	}

	/** {@code show URL@DATE|@COMMIT -o FILE}: the model as it was. */
	@Command(name = "show", mixinStandardHelpOptions = true,
			description = "Write the model as it was at @DATE (end of that day) or @COMMIT to a model file.")
	static final class Show extends WriteModel {
		@Override
		public Integer call() {
			if (point(source).time() == null) {
				throw new UserInputException("'" + source + "' names no point: add @YYYY-MM-DD or @COMMIT (a commit "
						+ "number from 'placewise repository log'), or use 'pull' for the model as it is now");
			}
			return super.call();
		}
	}

	static int write(RepositoryCommand parent, CommandSpec spec, TrustOption trust, String source, Path output) {
		Point point = point(source);
		if (point.url() == null) {
			throw new UserInputException("'" + source + "' is not a repository URL (cdo://user@host:port/repository/"
					+ "path)");
		}
		try (RepositoryConnection connection = parent.connect(point.url(), trust, null)) {
			PlacewiseModel model = load(point, connection);
			new ModelFiles().save(model, output);
			spec.commandLine().getOut().println("Wrote " + point.text() + " to " + output);
		} catch (RepositoryException | ModelFileException e) {
			throw new UserInputException(e.getMessage(), e);
		}
		return ExitCode.OK;
	}

	/** {@code list URL}: the models in a repository. */
	@Command(name = "list", mixinStandardHelpOptions = true,
			description = "List the models in the repository a URL names (any model path in it will do, or /).")
	static final class ListModels implements Callable<Integer> {
		@ParentCommand
		RepositoryCommand parent;

		@Spec
		CommandSpec spec;

		@Mixin
		TrustOption trust;

		@Parameters(index = "0", paramLabel = "URL", description = "cdo://user@host:port/repository[/path]")
		String source;

		@Override
		public Integer call() {
			String text = source.matches("cdos?://[^/]+/[^/]+/?") ? source.replaceAll("/?$", "/-") : source;
			RepositoryUrl url = url(text);
			PrintWriter out = spec.commandLine().getOut();
			try (RepositoryConnection connection = parent.connect(url, trust, null)) {
				List<String> models = connection.listModels();
				for (String path : models) {
					out.println(path);
				}
				out.println(PlacewiseLabels.count(models.size(), "model", "models") + " in " + connection.address());
			}
			return ExitCode.OK;
		}
	}

	/** {@code log URL}: the commits that touched one model, in words. */
	@Command(name = "log", mixinStandardHelpOptions = true,
			description = "The commits that touched one model, oldest first: commit number, when, who, comment and what "
					+ "changed in words.")
	static final class Log implements Callable<Integer> {
		@ParentCommand
		RepositoryCommand parent;

		@Spec
		CommandSpec spec;

		@Mixin
		TrustOption trust;

		@Parameters(index = "0", paramLabel = "URL", description = "cdo://user@host:port/repository/path")
		String source;

		@Option(names = "--max-lines", paramLabel = "N", defaultValue = "20",
				description = "At most N lines of changes per commit (default: ${DEFAULT-VALUE}).")
		int maxLines;

		@Override
		public Integer call() throws RepositoryException {
			RepositoryUrl url = url(source);
			PrintWriter out = spec.commandLine().getOut();
			try (RepositoryConnection connection = parent.connect(url, trust, null)) {
				PlacewiseModel before = null;
				for (CommitRecord commit : connection.log(url.path())) {
					out.println(commit.time() + "  " + who(commit) + (commit.originalComment().isEmpty() ? ""
							: "  " + commit.originalComment()));
					PlacewiseModel after;
					try {
						after = connection.readCopyAt(url.path(), commit.time());
					} catch (RepositoryException removed) {
						out.println("    Removed the model");
						before = null;
						continue;
					}
					List<Change> changes = before == null ? List.of() : ModelDifference.between(before, after);
					if (before == null) {
						out.println("    Added the model with " + PlacewiseLabels.count(ModelDifference.objectCount(
								after), "object", "objects"));
					}
					for (int i = 0; i < changes.size() && i < maxLines; i++) {
						out.println("    " + ChangeWords.of(changes.get(i)));
					}
					if (changes.size() > maxLines) {
						out.println("    ... and " + PlacewiseLabels.count(changes.size() - maxLines, "more change",
								"more changes"));
					}
					before = after;
				}
			} catch (RepositoryException e) {
				throw new UserInputException(e.getMessage(), e);
			}
			return ExitCode.OK;
		}
	}

	/** {@code diff A B}: two points of a shared model, or a shared model and a file, object by object. */
	@Command(name = "diff", mixinStandardHelpOptions = true,
			description = { "What changed between two points of a shared model (URL@DATE, URL@COMMIT or URL for now), "
					+ "or between a shared model and a model file, matched by object id, in words, with who made each "
					+ "change when both sides are points of one shared model." },
			footer = { "", "Exit codes: 0 no differences, 1 differences, 2 bad input." })
	static final class Diff implements Callable<Integer> {
		@ParentCommand
		RepositoryCommand parent;

		@Spec
		CommandSpec spec;

		@Mixin
		TrustOption trust;

		@Parameters(index = "0", paramLabel = "A", description = "The earlier point: URL[@DATE|@COMMIT] or a file.")
		String first;

		@Parameters(index = "1", paramLabel = "B", description = "The later point: URL[@DATE|@COMMIT] or a file.")
		String second;

		@Override
		public Integer call() {
			Point a = point(first);
			Point b = point(second);
			Map<String, RepositoryConnection> connections = new LinkedHashMap<>();
			try {
				PlacewiseModel before = load(a, connection(a, connections));
				PlacewiseModel after = load(b, connection(b, connections));
				List<Change> changes = ModelDifference.between(before, after);
				List<CommitRecord> history = samePlaceOfOneModel(a, b) ? connection(b, connections).log(b.url().path())
						: List.of();
				long from = a.time() != null ? a.time() : Long.MAX_VALUE;
				long to = b.time() != null ? b.time() : Long.MAX_VALUE;
				PrintWriter out = spec.commandLine().getOut();
				for (Change change : changes) {
					out.println(ChangeWords.of(change) + madeBy(change, history, from, to));
				}
				out.println(changes.isEmpty() ? "No differences."
						: PlacewiseLabels.count(changes.size(), "difference", "differences") + ".");
				return changes.isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
			} catch (RepositoryException e) {
				throw new UserInputException(e.getMessage(), e);
			} finally {
				connections.values().forEach(RepositoryConnection::close);
			}
		}

		private RepositoryConnection connection(Point point, Map<String, RepositoryConnection> connections) {
			if (point.url() == null) {
				return null;
			}
			String key = point.url().withPath("/-").toString();
			RepositoryConnection open = connections.get(key);
			if (open == null) {
				open = parent.connect(point.url(), trust, null);
				connections.put(key, open);
			}
			return open;
		}

		private static boolean samePlaceOfOneModel(Point a, Point b) {
			return a.url() != null && b.url() != null && a.url().equals(b.url());
		}

		/** "(alice, 3 Mar 2026)": the last commit between the two points that touched the object. */
		private static String madeBy(Change change, List<CommitRecord> history, long from, long to) {
			CommitRecord last = null;
			for (CommitRecord commit : history) {
				if (commit.time() > from && commit.time() <= to && commit.touched().contains(change.id())) {
					last = commit;
				}
			}
			return last == null ? ""
					: " (" + last.author() + ", " + PlacewiseLabels.date(LocalDate.ofInstant(
							last.authoredAt(), ZoneId.systemDefault())) + ")";
		}
	}

	/** {@code copy SRC DEST}: a model with its whole history to another repository. */
	@Command(name = "copy", mixinStandardHelpOptions = true,
			description = { "Copy a model with its history to another repository server (for example from an H2 "
					+ "server to a PostgreSQL one): every commit that touched it is replayed in order, and each copy's "
					+ "comment keeps the original author and time ('log' shows both).",
					"The destination password comes from " + DESTINATION_PASSWORD_VARIABLE
							+ " (else PLACEWISE_PASSWORD or a prompt)." })
	static final class Copy implements Callable<Integer> {
		@ParentCommand
		RepositoryCommand parent;

		@Spec
		CommandSpec spec;

		@Mixin
		TrustOption trust;

		@Parameters(index = "0", paramLabel = "SRC", description = "cdo://user@host:port/repository/path")
		String source;

		@Parameters(index = "1", paramLabel = "DEST", description = "cdo://user@host:port/repository/path (empty)")
		String destination;

		@Override
		public Integer call() {
			RepositoryUrl from = url(source);
			RepositoryUrl to = url(destination);
			try (RepositoryConnection src = parent.connect(from, trust, null);
					RepositoryConnection dest = parent.connect(to, trust, DESTINATION_PASSWORD_VARIABLE)) {
				List<CommitRecord> copied = new ArrayList<>(src.copyWithHistory(from.path(), dest, to.path()));
				spec.commandLine().getOut().println("Copied " + from + " to " + to + " with "
						+ PlacewiseLabels.count(copied.size(), "commit", "commits") + " of history");
			} catch (RepositoryException e) {
				throw new UserInputException(e.getMessage(), e);
			}
			return ExitCode.OK;
		}
	}
}
