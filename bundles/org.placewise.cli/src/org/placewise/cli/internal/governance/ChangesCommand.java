package org.placewise.cli.internal.governance;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.placewise.cli.internal.ExitCode;
import org.placewise.cli.internal.ModelSource;
import org.placewise.cli.internal.UserInputException;
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

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code placewise changes MODEL [--against EARLIER]}: what changed in the scheme of delegation, the boards and the
 * measures between an earlier version of a model file (its {@code .bak}, kept by every save, or another file) and the
 * file as it is now.
 */
@Command(name = "changes", mixinStandardHelpOptions = true,
		description = { "What changed in the scheme of delegation, boards and measures since an earlier version of"
				+ " a model file: its backup (MODEL.bak, kept by every save) or the file given with --against." },
		footer = { "", "Exit codes: 0 listed (or nothing changed), 2 bad input or usage, 3 internal error." })
public final class ChangesCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "MODEL", description = "the model file (.placewise) as it is now")
	String model;

	@Option(names = "--against", paramLabel = "EARLIER",
			description = "the earlier version to compare with (default: MODEL.bak)")
	Path against;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		if (ModelSource.isRepository(model)) {
			throw new UserInputException("changes compares model files; for a shared repository, export the two"
					+ " versions to files first (placewise changes FILE --against EARLIER_FILE).");
		}
		Path earlierFile = against != null ? against : ModelFiles.backupOf(Path.of(model));
		if (!Files.isRegularFile(earlierFile)) {
			throw new UserInputException("no earlier version to compare with: " + earlierFile
					+ (against == null ? " does not exist (it is written when the model is saved); give one with"
							+ " --against FILE" : " does not exist"));
		}
		PlacewiseModel now = ModelSource.open(model, spec.commandLine().getErr());
		PlacewiseModel then = ModelSource.open(earlierFile.toString());
		ModelChanges.Changes changes = ModelChanges.between(then, now);
		out.println("Changes from " + earlierFile.getFileName() + " to " + Path.of(model).getFileName());
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
		return ExitCode.OK;
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
