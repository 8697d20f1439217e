package org.placewise.cli.internal.governance;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.placewise.cli.internal.ExitCode;
import org.placewise.cli.internal.ModelSource;
import org.placewise.cli.internal.UserInputException;
import org.placewise.cli.internal.repository.RepositoryCommand;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.EscalationRule;
import org.placewise.model.governance.Membership;
import org.placewise.model.governance.ReservedMatter;
import org.placewise.model.governance.TermsOfReference;
import org.placewise.model.measures.TrajectoryPoint;
import org.placewise.model.query.ModelChanges;
import org.placewise.model.query.ModelChanges.Area;
import org.placewise.model.query.ModelChanges.Change;
import org.placewise.model.query.ModelChanges.FeatureChange;
import org.placewise.store.ModelFiles;
import org.placewise.store.repository.ModelLocations;
import org.placewise.store.repository.RepositoryConnection;
import org.placewise.store.repository.RepositoryException;
import org.placewise.store.repository.RepositoryUrl;
import org.placewise.store.repository.TlsTrust;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code placewise changes MODEL [--against EARLIER | --since DATE|COMMIT]}: what changed in the scheme of delegation,
 * the boards and the measures between an earlier version of a model file (its {@code .bak}, kept by every save, or
 * another file) and the file as it is now, or between a shared repository model as it was at a date or commit and as it
 * is now.
 */
@Command(name = "changes", mixinStandardHelpOptions = true,
		description = { "What changed in the scheme of delegation, boards and measures since an earlier version of"
				+ " a model file: its backup (MODEL.bak, kept by every save) or the file given with --against; for a"
				+ " model in a shared repository, since the date or commit given with --since." },
		footer = { "", "Exit codes: 0 listed (or nothing changed), 2 bad input or usage, 3 internal error." })
public final class ChangesCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "MODEL", description = "the model file (.placewise) as it is now")
	String model;

	@Option(names = "--against", paramLabel = "EARLIER",
			description = "the earlier version to compare with (default: MODEL.bak)")
	Path against;

	@Option(names = "--since", paramLabel = "DATE|COMMIT",
			description = "for a model in a shared repository (cdo://user@host:port/repository/path): compare with the"
					+ " model as it was at the end of that day (YYYY-MM-DD) or at that commit (a number from"
					+ " 'placewise repository log')")
	String since;

	/** Where the repository password is looked up: the process environment, or a test's own. */
	private final Map<String, String> environment;

	/** A command that reads the repository password from the process environment. */
	public ChangesCommand() {
		this(System.getenv());
	}

	/** @param environment where {@value ModelLocations#PASSWORD_VARIABLE} is looked up */
	public ChangesCommand(Map<String, String> environment) {
		this.environment = Map.copyOf(environment);
	}

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		if (ModelSource.isRepository(model)) {
			return sinceInRepository(out);
		}
		if (since != null) {
			throw new UserInputException("--since takes a date or commit of a shared repository model"
					+ " (cdo://user@host:port/repository/path); for a model file, compare with its backup (the default)"
					+ " or give the earlier file with --against FILE");
		}
		Path earlierFile = against != null ? against : ModelFiles.backupOf(Path.of(model));
		if (!Files.isRegularFile(earlierFile)) {
			throw new UserInputException("no earlier version to compare with: " + earlierFile
					+ (against == null ? " does not exist (it is written when the model is saved); give one with"
							+ " --against FILE" : " does not exist"));
		}
		PlacewiseModel now = ModelSource.open(model, spec.commandLine().getErr());
		PlacewiseModel then = ModelSource.open(earlierFile.toString());
		print(out, "Changes from " + earlierFile.getFileName() + " to " + Path.of(model).getFileName(),
				ModelChanges.between(then, now));
		return ExitCode.OK;
	}

	/** The shared model now against the model as it was at the date or commit given with --since. */
	private Integer sinceInRepository(PrintWriter out) {
		if (against != null) {
			throw new UserInputException("--against compares model files; for a shared repository model give"
					+ " --since DATE or --since COMMIT");
		}
		if (since == null) {
			throw new UserInputException("for a shared repository model, say since when: --since DATE (YYYY-MM-DD)"
					+ " or --since COMMIT (a commit number from 'placewise repository log " + model + "')");
		}
		if (!since.matches("\\d{6,}") && !since.matches("\\d{4}-\\d{2}-\\d{2}")) {
			throw new UserInputException("--since takes a date (YYYY-MM-DD) or a commit number from 'placewise"
					+ " repository log', not '" + since + "'");
		}
		long time = RepositoryCommand.moment(since, "--since " + since);
		RepositoryUrl url;
		try {
			url = RepositoryUrl.parse(model);
		} catch (IllegalArgumentException e) {
			throw new UserInputException(e.getMessage(), e);
		}
		char[] password = null;
		try {
			password = ModelLocations.password(url, environment);
			try (RepositoryConnection connection = RepositoryConnection.connect(url, password,
					TlsTrust.fromEnvironment(environment))) {
				PlacewiseModel now = connection.readCopy(url.path());
				PlacewiseModel then = connection.readCopyAt(url.path(), time);
				String point = since.matches("\\d{6,}") ? "commit " + since
						: "the end of " + PlacewiseLabels.date(LocalDate.parse(since));
				print(out, "Changes to " + model + " since " + point, ModelChanges.between(then, now));
				return ExitCode.OK;
			}
		} catch (RepositoryException e) {
			throw new UserInputException(e.getMessage(), e);
		} finally {
			if (password != null) {
				Arrays.fill(password, '\0');
			}
		}
	}

	private static void print(PrintWriter out, String heading, ModelChanges.Changes changes) {
		out.println(heading);
		if (changes.none()) {
			out.println();
			out.println("No changes in the scheme of delegation, boards or measures.");
		}
		for (Area area : Area.values()) {
			List<String> lines = new ArrayList<>();
			for (Change change : changes.changes()) {
				if (change.area() == area) {
					lines.addAll(describe(change));
				}
			}
			if (area == Area.MEASURES) {
				for (ModelChanges.ObservationCount count : changes.observations()) {
					List<String> parts = new ArrayList<>();
					if (count.added() > 0) {
						parts.add(PlacewiseLabels.count(count.added(), "observation", "observations") + " added");
					}
					if (count.removed() > 0) {
						parts.add(PlacewiseLabels.count(count.removed(), "observation", "observations") + " removed");
					}
					lines.add("  " + what(count.measure()) + ": " + String.join(", ", parts));
				}
			}
			if (!lines.isEmpty()) {
				out.println();
				out.println(title(area));
				lines.forEach(out::println);
			}
		}
		out.flush();
	}

	private static String title(Area area) {
		return switch (area) {
		case SCHEME_OF_DELEGATION -> "Scheme of delegation";
		case BOARDS -> "Boards";
		case MEASURES -> "Measures";
		};
	}

	private static List<String> describe(Change change) {
		List<String> lines = new ArrayList<>();
		switch (change.kind()) {
		case ADDED -> lines.add("  Added: " + what(change.object()));
		case REMOVED -> lines.add("  Removed: " + what(change.object()));
		case CHANGED -> {
			lines.add("  Changed: " + what(change.object()));
			for (FeatureChange feature : change.features()) {
				boolean money = MONEY.matcher(feature.feature().getName()).find();
				lines.add("    " + PlacewiseLabels.featureName(feature.feature()) + ": "
						+ value(feature.before(), money) + " \u2192 " + value(feature.after(), money));
			}
		}
		}
		return lines;
	}

	/** The object as a governance professional names it: its type, its name, and where it sits. */
	private static String what(EObject object) {
		String type = PlacewiseLabels.typeName(object.eClass());
		EObject container = object.eContainer();
		if (object instanceof ReservedMatter || object instanceof EscalationRule || object instanceof TermsOfReference
				|| object instanceof Membership || object instanceof TrajectoryPoint) {
			String own = object instanceof Membership m ? " " + quoted(m.getPerson() != null ? m.getPerson()
					: m.getRole() != null ? m.getRole() : m.getRepresents())
					: object instanceof TrajectoryPoint p ? " due " + PlacewiseLabels.date(p.getDueDate())
							: object instanceof EscalationRule ? "" : " " + quoted(object);
			return type + own + " of " + PlacewiseLabels.typeName(container.eClass()).toLowerCase(Locale.ROOT) + " "
					+ quoted(container);
		}
		String text = type + " " + quoted(object);
		if (object instanceof Delegation d) {
			text += " (" + PlacewiseLabels.name(d.getDelegator()) + " \u2192 " + PlacewiseLabels.name(d.getDelegate())
					+ ")";
		}
		return text;
	}

	private static String quoted(Object element) {
		return "'" + PlacewiseLabels.name(element) + "'";
	}

	/** Features that hold amounts of money, written as money. */
	private static final java.util.regex.Pattern MONEY = java.util.regex.Pattern
			.compile("(?i)limit|amount|budget|benefit");

	private static String value(Object value, boolean money) {
		return money && value instanceof BigDecimal pounds ? PlacewiseLabels.money(pounds) : value(value);
	}

	private static String value(Object value) {
		if (value == null) {
			return PlacewiseLabels.name(null);
		}
		if (value instanceof List<?> list) {
			return list.isEmpty() ? "none" : String.join(", ", list.stream().map(ChangesCommand::value).toList());
		}
		if (value instanceof Number number) {
			return PlacewiseLabels.number(number);
		}
		if (value instanceof LocalDate date) {
			return PlacewiseLabels.date(date);
		}
		if (value instanceof Enumerator literal) {
			return PlacewiseLabels.literal(literal);
		}
		if (value instanceof Boolean yes) {
			return yes ? "yes" : "no";
		}
		if (value instanceof EObject object) {
			return quoted(object);
		}
		return "'" + value + "'";
	}
}
