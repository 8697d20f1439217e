package org.placewise.cli.internal.diagram;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.placewise.checks.CheckCatalogue;
import org.placewise.checks.CheckProfile;
import org.placewise.checks.Checker;
import org.placewise.checks.Severity;
import org.placewise.cli.internal.AsOfOption;
import org.placewise.cli.internal.CheckProfiles;
import org.placewise.cli.internal.ExitCode;
import org.placewise.cli.internal.ModelParameter;
import org.placewise.cli.internal.UserInputException;
import org.placewise.diagram.kinds.DiagramException;
import org.placewise.diagram.kinds.DiagramKind;
import org.placewise.diagram.kinds.DiagramOptions;
import org.placewise.diagram.kinds.DiagramScope;
import org.placewise.diagram.kinds.ElementKind;
import org.placewise.diagram.kinds.FindingsOverlay;
import org.placewise.diagram.kinds.PlacewiseDiagrams;
import org.placewise.diagram.kinds.PlacewiseDiagrams.Format;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.store.FileReplacement;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code placewise diagram FILE --kind systems|governance|outcomes|money}: draws one of the Placewise diagrams from a
 * model file as SVG or PNG, with the check findings on the elements they concern.
 */
@Command(name = "diagram", mixinStandardHelpOptions = true,
		description = { "Draws a diagram of a Placewise model as SVG or PNG.",
				"systems: footprints within footprints with their partnerships, boards and organisations; "
						+ "governance: boards, roles and delegations (scope, limit, reserved matters, escalation); "
						+ "outcomes: vision, outcomes, programmes and measures against target; "
						+ "money: pooled budgets, contributions, investments and benefits." },
		footer = { "", "Example: placewise diagram samples/greater-manchester.placewise --kind systems --root Wigan"
				+ " --format png -o wigan.png",
				"Exit codes: 0 diagram written, 2 bad input or usage (unknown kind or root, nothing to draw), 3 internal"
						+ " error." })
public final class DiagramCommand implements Callable<Integer> {

	/** Whether and which check findings are drawn. */
	enum Findings {
		/** Errors and warnings. */
		on,
		/** None. */
		off,
		/** Errors, warnings and notes. */
		all
	}

	@Spec
	CommandSpec spec;

	@Mixin
	ModelParameter source;

	private Path file;

	@Option(names = "--kind", required = true, paramLabel = "KIND",
			description = "systems, governance, outcomes or money")
	String kind;

	@Option(names = "--root", paramLabel = "NAME",
			description = "draw only this footprint and what lies within it (name or id, e.g. \"Wigan\")")
	String root;

	@Option(names = "--depth", paramLabel = "N",
			description = "footprint levels to draw, counting the root as 1 (default: all)")
	Integer depth;

	@Option(names = "--hide", paramLabel = "KIND", split = ",",
			description = "element kinds to leave out: partnerships, boards, organisations, roles, reporting-lines,"
					+ " programmes, measures, pooled-budgets, investment-flows")
	List<String> hide = new ArrayList<>();

	@Option(names = "--format", paramLabel = "svg|png",
			description = "output format (default: from the output file's extension, else svg)")
	String format;

	@Option(names = "--findings", paramLabel = "on|off|all", defaultValue = "on",
			description = "draw check findings as badges: on = errors and warnings, all = also notes (default: ${DEFAULT-VALUE})")
	Findings findings;

	@Mixin
	AsOfOption asOf;

	@Option(names = "--scale", paramLabel = "N", defaultValue = "2",
			description = "PNG pixels per unit: 1 for small files, 2 for sharp screens and print (default: ${DEFAULT-VALUE})")
	double scale;

	@Option(names = { "-o", "--output" }, paramLabel = "PATH",
			description = "where to write the diagram (default: MODEL-KIND.svg|png in the current folder)")
	Path output;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		try {
			DiagramKind diagramKind = DiagramKind.parse(kind);
			Format chosen = chooseFormat();
			DiagramScope scope = scope();
			PlacewiseModel model = load();
			DiagramOptions options = new DiagramOptions(scope, overlay(model));
			byte[] bytes = PlacewiseDiagrams.render(diagramKind, model, options, chosen, scale);
			Path target = output != null ? output : defaultOutput(diagramKind, chosen);
			write(target, bytes);
			out.printf("Wrote the %s diagram of %s to %s.%n", diagramKind.id(), file, target);
			return ExitCode.OK;
		} catch (DiagramException e) {
			throw new UserInputException(e.getMessage(), e);
		}
	}

	private Format chooseFormat() {
		if (format != null) {
			return Format.parse(format);
		}
		if (output != null) {
			String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
			if (name.endsWith(".png")) {
				return Format.PNG;
			}
		}
		return Format.SVG;
	}

	private DiagramScope scope() {
		var hidden = EnumSet.noneOf(ElementKind.class);
		for (String h : hide) {
			if (!h.isBlank()) {
				hidden.add(ElementKind.parse(h));
			}
		}
		if (depth != null && depth < 1) {
			throw new UserInputException(
					"--depth must be 1 or more (1 draws only the root footprint), not " + depth + ".");
		}
		if (!(scale > 0) || scale > 8) {
			throw new UserInputException("--scale must be above 0 and at most 8, not " + scale + ".");
		}
		return new DiagramScope(root, depth == null ? DiagramScope.UNLIMITED : depth, hidden);
	}

	private PlacewiseModel load() {
		file = source.asPath();
		return source.open();
	}

	private FindingsOverlay overlay(PlacewiseModel model) {
		if (findings == Findings.off) {
			return FindingsOverlay.off();
		}
		CheckCatalogue catalogue = CheckCatalogue.placewise();
		Checker checker = new Checker(catalogue, profileBeside(catalogue), asOf.date());
		FindingsOverlay overlay = FindingsOverlay.of(checker.check(model.eResource()));
		return findings == Findings.all ? overlay : overlay.atLeast(Severity.WARNING);
	}

	/** The same per-model profile {@code placewise check} uses, so both show the same findings. */
	private CheckProfile profileBeside(CheckCatalogue catalogue) {
		if (source.isRepository()) {
			return CheckProfile.DEFAULT;
		}
		return CheckProfiles.beside(file, catalogue);
	}

	private Path defaultOutput(DiagramKind diagramKind, Format chosen) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String stem = dot > 0 ? name.substring(0, dot) : name;
		return Path.of(stem + "-" + diagramKind.id() + "." + chosen.extension());
	}

	/**
	 * Writes beside the target and renames, so a reader never sees half a diagram; a link is written through, and a
	 * device, pipe, folder or read-only file is refused (FileReplacement).
	 */
	private static void write(Path target, byte[] bytes) {
		Path folder = target.toAbsolutePath().getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			throw new UserInputException("Cannot write " + target + ": the folder " + folder + " does not exist.");
		}
		try {
			FileReplacement.write(target, out -> out.write(bytes));
		} catch (IOException e) {
			throw new UserInputException("Cannot write " + target + ": " + e.getMessage(), e);
		}
	}
}
