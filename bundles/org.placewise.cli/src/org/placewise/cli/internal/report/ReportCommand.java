package org.placewise.cli.internal.report;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
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
import org.placewise.cli.internal.governance.ComparedVersions;
import org.placewise.diagram.kinds.DiagramException;
import org.placewise.diagram.kinds.DiagramScope;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.footprint.Footprint;
import org.placewise.report.BoardPaper;
import org.placewise.report.FindingsRecord;
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
 * {@code placewise report MODEL -o DIR [--pdf [FILE]] [--root NAME] [--as-of DATE] [--profile FILE]
 * [--since PREVIOUS_PACK_DIR] [--changes-against [EARLIER] | --changes-since DATE|COMMIT]}: writes the leaders' pack, a
 * static HTML site that needs no network to read, and with {@code --pdf} the board paper (PDF). Its findings are those
 * of {@code placewise check} with the same as-of date and profile; with {@code --since} it says which are new, resolved
 * and still open since an earlier pack. With {@code --changes-against} or {@code --changes-since} the pack has a "What
 * changed" page: the scheme of delegation, boards and measures redlined against an earlier version of the model.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
		description = { "Write the leaders' pack: a self-contained static HTML site with the overview of the place, "
				+ "outcome tree, a programme index and a page per work programme with its measures and SPC charts, "
				+ "a page per footprint, the delegations register and the check findings by owner (also in "
				+ "findings.json, for the next pack's --since)." },
		footer = { "", "The same model, root, as-of date and profile always give the same files.",
				"Exit codes: 0 pack written, 2 bad input (unreadable model, unknown footprint, bad date or folder, "
						+ "no earlier pack or earlier model version to compare with)." })
public final class ReportCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	ModelParameter model;

	@Option(names = { "-o", "--output" }, paramLabel = "DIR",
			description = "Folder to write the pack into (created if needed; an earlier pack's files are replaced).")
	Path output;

	@Option(names = "--pdf", paramLabel = "FILE", arity = "0..1", fallbackValue = "",
			description = "Also (or only, without -o) write the board paper as a PDF: cover, contents, headline "
					+ "findings, delegations register, the variation and assurance matrix and SPC charts. Without "
					+ "FILE it is written as " + BOARD_PAPER + " in the -o folder.")
	String pdf;

	/** The board paper's file name in the pack's folder when --pdf names no file. */
	static final String BOARD_PAPER = "board-paper.pdf";

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

	@Option(names = "--since", paramLabel = "PREVIOUS_PACK_DIR",
			description = "Say what changed since an earlier pack: its findings (from its findings.json) are compared "
					+ "with this pack's by rule and object, and the findings page lists the new, resolved and still open.")
	Path since;

	@Option(names = "--changes-against", paramLabel = "EARLIER", arity = "0..1", fallbackValue = "",
			description = "Add a 'What changed' page: the scheme of delegation, boards and measures redlined against"
					+ " an earlier version of the model file, EARLIER or without it MODEL.bak (kept by every save).")
	String changesAgainst;

	@Option(names = "--changes-since", paramLabel = "DATE|COMMIT",
			description = "For a model in a shared repository (cdo://...): add a 'What changed' page against the model"
					+ " as it was at the end of that day (YYYY-MM-DD) or at that commit (from 'placewise repository"
					+ " log').")
	String changesSince;

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
		if (output == null && pdf == null) {
			throw new UserInputException("Say where to write: -o DIR for the HTML pack, --pdf FILE for the board "
					+ "paper, or both.");
		}
		if (output != null && output.toString().isBlank()) {
			// Found by the fuzzing campaign: an empty -o crashed with an internal error.
			throw new UserInputException("Cannot write the pack: -o names no folder (write -o . for this folder).");
		}
		if (output == null && pdf.isEmpty()) {
			throw new UserInputException("--pdf without a file name writes " + BOARD_PAPER
					+ " into the pack's folder: give -o DIR too, or --pdf FILE.");
		}
		Path pdfFile = pdf == null ? null : pdf.isEmpty() ? output.resolve(BOARD_PAPER) : Path.of(pdf);
		if (pdfFile != null && Files.isDirectory(pdfFile)) {
			throw new UserInputException(
					"Cannot write the board paper to " + pdfFile + ": it is a folder, not a file.");
		}
		if (output != null && Files.exists(output) && !Files.isDirectory(output)) {
			throw new UserInputException("Cannot write the pack to " + output + ": it is a file, not a folder.");
		}
		Path dangling = output == null ? null : missingBeforeParent(output);
		if (dangling != null) {
			// The system cannot go up from a folder that is not there: refuse before anything is created.
			throw new UserInputException("Cannot write the pack to " + output + ": the folder " + dangling
					+ " does not exist, so '..' after it leads nowhere. Nothing was written.");
		}
		boolean existed = output != null && Files.exists(output);
		CheckCatalogue catalogue = CheckCatalogue.placewise();
		CheckProfile checkProfile = profile == null ? CheckProfile.DEFAULT : CheckProfiles.read(profile, catalogue);
		ComparedVersions versions = comparedVersions();
		PlacewiseModel placewiseModel = versions != null ? versions.now() : model.open();
		Footprint root = null;
		if (rootName != null) {
			try {
				root = DiagramScope.findRoot(placewiseModel, rootName);
			} catch (DiagramException e) {
				throw new UserInputException(e.getMessage(), e);
			}
		}
		FindingsRecord previous = since == null ? null : readPrevious(since);
		List<Finding> findings = new Checker(catalogue, checkProfile, date).check(placewiseModel);
		PackPlan plan = PackPlan.of(placewiseModel, date, root, findings, previous,
				versions == null ? null : versions.changeList());
		var out = spec.commandLine().getOut();
		if (output != null) {
			List<Path> written;
			try {
				written = new LeadersPack(plan, diagrams).write(output);
			} catch (IOException e) {
				String cleaned = existed ? "" : removeCreated(output);
				throw new UserInputException("Cannot write the pack to " + output + ": " + reason(e) + "." + cleaned,
						e);
			}
			long pages = written.stream().filter(p -> p.toString().endsWith(".html")).count();
			long charts = written.stream().filter(p -> p.startsWith("charts")).count();
			out.printf("Wrote the leaders' pack to %s: %d pages, %d SPC chart%s. Open %s%n", output, pages, charts,
					charts == 1 ? "" : "s", output.resolve(LeadersPack.INDEX));
		}
		if (pdfFile != null) {
			int pages;
			try {
				pages = new BoardPaper(plan).write(pdfFile);
			} catch (IOException e) {
				throw new UserInputException("Cannot write the board paper to " + pdfFile + ": " + reason(e) + ".", e);
			}
			out.printf("Wrote the board paper to %s: %d page%s.%n", pdfFile, pages, pages == 1 ? "" : "s");
		}
		out.flush();
		return ExitCode.OK;
	}

	/** The model now and the earlier version the "What changed" page compares it with, or {@code null} for none. */
	private ComparedVersions comparedVersions() {
		if (changesAgainst != null && changesSince != null) {
			throw new UserInputException("Give --changes-against (a model file's earlier version) or --changes-since"
					+ " (a shared model's date or commit), not both. Nothing was written.");
		}
		if (changesSince != null) {
			if (!model.isRepository()) {
				throw new UserInputException("--changes-since takes a date or commit of a shared repository model"
						+ " (cdo://user@host:port/repository/path); for a model file give --changes-against, which"
						+ " compares with MODEL.bak or the file you name. Nothing was written.");
			}
			return ComparedVersions.inRepository(model.location(), changesSince, "--changes-since", System.getenv());
		}
		if (changesAgainst != null) {
			if (model.isRepository()) {
				throw new UserInputException("--changes-against compares model files; for a shared repository model"
						+ " give --changes-since DATE or --changes-since COMMIT. Nothing was written.");
			}
			return ComparedVersions.ofFiles(model.location(), changesAgainst.isEmpty() ? null : Path.of(changesAgainst),
					"--changes-against", spec.commandLine().getErr());
		}
		return null;
	}

	/**
	 * @param folder the folder asked for
	 * @return the first folder in {@code folder}'s path that is followed by {@code ..} but does not exist (the system
	 *         cannot go up from it), or {@code null} when there is none
	 */
	static Path missingBeforeParent(Path folder) {
		Path sofar = folder.isAbsolute() ? folder.getRoot() : null;
		for (Path name : folder) {
			if (name.toString().equals("..") && sofar != null && !Files.isDirectory(sofar)) {
				return sofar;
			}
			sofar = sofar == null ? name : sofar.resolve(name);
		}
		return null;
	}

	/** @return why writing failed, in words: the system's reason and the file, never an exception's name */
	private static String reason(IOException e) {
		if (e instanceof NoSuchFileException missing) {
			return "there is no folder to hold " + missing.getFile();
		}
		if (e instanceof AccessDeniedException denied) {
			return "permission denied for " + denied.getFile();
		}
		if (e instanceof FileSystemException system && system.getReason() != null) {
			return system.getReason() + " (" + system.getFile() + ")";
		}
		return e.getMessage() == null ? "the system gave no reason" : e.getMessage();
	}

	/**
	 * Removes the folder a failed run created, with what it wrote there: the folder did not exist before.
	 *
	 * @return a sentence saying what was removed, for the message
	 */
	private static String removeCreated(Path folder) {
		if (!Files.exists(folder)) {
			return " Nothing was written.";
		}
		try (Stream<Path> all = Files.walk(folder)) {
			for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
			return " The folder it had started, " + folder + ", was removed again.";
		} catch (IOException | RuntimeException e) {
			return " What was written so far is left in " + folder + ".";
		}
	}

	private static FindingsRecord readPrevious(Path folder) {
		if (!Files.isDirectory(folder)) {
			throw new UserInputException("Cannot compare with the pack in " + folder + ": there is no such folder.");
		}
		try {
			return FindingsRecord.read(folder);
		} catch (IOException e) {
			throw new UserInputException("Cannot compare with the pack in " + folder + ": " + e.getMessage(), e);
		}
	}
}
