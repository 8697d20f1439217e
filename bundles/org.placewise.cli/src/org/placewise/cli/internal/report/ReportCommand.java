package org.placewise.cli.internal.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.placewise.checks.CheckCatalogue;
import org.placewise.checks.CheckProfile;
import org.placewise.checks.Checker;
import org.placewise.checks.Finding;
import org.placewise.cli.internal.AsOfOption;
import org.placewise.cli.internal.CheckProfiles;
import org.placewise.cli.internal.ExitCode;
import org.placewise.cli.internal.ModelParameter;
import org.placewise.cli.internal.UserInputException;
import org.placewise.diagram.kinds.DiagramException;
import org.placewise.diagram.kinds.DiagramScope;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.footprint.Footprint;
import org.placewise.report.GeneratedDiagrams;
import org.placewise.report.LeadersPack;
import org.placewise.report.PackDiagrams;
import org.placewise.report.PackPlan;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code placewise report MODEL -o DIR [--root NAME] [--as-of DATE] [--profile FILE]}: writes the leaders' pack, a
 * static HTML site that needs no network to read. Its findings are those of {@code placewise check} with the same as-of
 * date and profile.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
		description = { "Write the leaders' pack: a self-contained static HTML site with the overview of the place, "
				+ "outcome tree, a page per work programme with its measures and SPC charts, the delegations "
				+ "register and the check findings." },
		footer = { "", "The same model, root, as-of date and profile always give the same files.",
				"Exit codes: 0 pack written, 2 bad input (unreadable model, unknown footprint, bad date or folder)." })
public final class ReportCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	ModelParameter model;

	@Option(names = { "-o", "--output" }, paramLabel = "DIR", required = true,
			description = "Folder to write the pack into (created if needed; an earlier pack's files are replaced).")
	Path output;

	@Option(names = "--root", paramLabel = "NAME",
			description = "Make the pack about this footprint (for example a place) and the programmes within it: "
					+ "its name, or its id when several footprints share the name.")
	String rootName;

	@Mixin
	AsOfOption asOf;

	@Option(names = "--profile", paramLabel = "FILE",
			description = "Check profile for the findings page, the same file as for 'placewise check --profile' "
					+ "(default: every rule at its default severity).")
	Path profile;

	private final PackDiagrams diagrams;

	/** A report command drawing the overview's diagrams with the Placewise diagram engine. */
	public ReportCommand() {
		this(new GeneratedDiagrams());
	}

	/**
	 * @param diagrams where the overview's diagrams come from ({@link PackDiagrams#NONE} for none)
	 */
	public ReportCommand(PackDiagrams diagrams) {
		this.diagrams = diagrams;
	}

	@Override
	public Integer call() {
		LocalDate date = asOf.date();
		if (Files.exists(output) && !Files.isDirectory(output)) {
			throw new UserInputException("Cannot write the pack to " + output + ": it is a file, not a folder.");
		}
		CheckCatalogue catalogue = CheckCatalogue.placewise();
		CheckProfile checkProfile = profile == null ? CheckProfile.DEFAULT : CheckProfiles.read(profile, catalogue);
		PlacewiseModel placewiseModel = model.open();
		Footprint root = null;
		if (rootName != null) {
			try {
				root = DiagramScope.findRoot(placewiseModel, rootName);
			} catch (DiagramException e) {
				throw new UserInputException(e.getMessage(), e);
			}
		}
		List<Finding> findings = new Checker(catalogue, checkProfile, date).check(placewiseModel);
		List<Path> written;
		try {
			written = new LeadersPack(PackPlan.of(placewiseModel, date, root, findings), diagrams).write(output);
		} catch (IOException e) {
			throw new UserInputException("Cannot write the pack to " + output + ": " + e.getMessage(), e);
		}
		long pages = written.stream().filter(p -> p.toString().endsWith(".html")).count();
		long charts = written.stream().filter(p -> p.startsWith("charts")).count();
		var out = spec.commandLine().getOut();
		out.printf("Wrote the leaders' pack to %s: %d pages, %d SPC chart%s. Open %s%n", output, pages, charts,
				charts == 1 ? "" : "s",
				output.resolve(LeadersPack.INDEX));
		out.flush();
		return ExitCode.OK;
	}
}
