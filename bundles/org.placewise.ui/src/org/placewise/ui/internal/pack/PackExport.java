package org.placewise.ui.internal.pack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.placewise.checks.CheckCatalogue;
import org.placewise.checks.CheckProfile;
import org.placewise.checks.Checker;
import org.placewise.checks.Finding;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.report.BoardPaper;
import org.placewise.report.GeneratedDiagrams;
import org.placewise.report.LeadersPack;
import org.placewise.report.PackPlan;

/**
 * The pipeline of {@code placewise report}, for the workbench: check the model as of a date with every rule at its
 * default severity, plan the pack, write the HTML pack into a folder and, if asked, the board paper beside it.
 *
 * @param folder where the pack is written (created if needed)
 * @param asOf   the date reviews and checks are judged against
 * @param pdf    whether to write the board paper as {@link #BOARD_PAPER} in the folder
 */
public record PackExport(Path folder, LocalDate asOf, boolean pdf) {

	/** The board paper's file name in the pack's folder, as {@code placewise report -o DIR --pdf} names it. */
	public static final String BOARD_PAPER = "board-paper.pdf";

	/** Checks the parts. */
	public PackExport {
		Objects.requireNonNull(folder, "folder");
		Objects.requireNonNull(asOf, "asOf");
	}

	/**
	 * Writes the pack of a model.
	 *
	 * @param model   the model (a copy the caller no longer changes: the job runs off the UI thread)
	 * @param monitor progress and cancellation
	 * @return the pack's overview page
	 * @throws IOException when the folder is a file or a file cannot be written
	 */
	public Path write(PlacewiseModel model, IProgressMonitor monitor) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, "Writing the leaders' pack", pdf ? 10 : 7);
		if (Files.exists(folder) && !Files.isDirectory(folder)) {
			throw new IOException(folder + " is a file, not a folder.");
		}
		progress.subTask("Checking the model");
		List<Finding> findings = new Checker(CheckCatalogue.placewise(), CheckProfile.DEFAULT, asOf).check(model);
		progress.worked(2);
		progress.checkCanceled();
		progress.subTask("Planning the pages and SPC charts");
		PackPlan plan = PackPlan.of(model, asOf, null, findings);
		progress.worked(1);
		progress.checkCanceled();
		progress.subTask("Writing the pages, diagrams and charts");
		new LeadersPack(plan, new GeneratedDiagrams()).write(folder);
		progress.worked(4);
		if (pdf) {
			progress.checkCanceled();
			progress.subTask("Writing the board paper");
			new BoardPaper(plan).write(folder.resolve(BOARD_PAPER));
			progress.worked(3);
		}
		return folder.resolve(LeadersPack.INDEX);
	}
}
