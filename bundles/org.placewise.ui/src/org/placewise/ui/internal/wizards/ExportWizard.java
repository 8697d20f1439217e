package org.placewise.ui.internal.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.jface.wizard.Wizard;
import org.placewise.checks.Finding;
import org.placewise.checks.Severity;
import org.placewise.diagram.kinds.DiagramException;
import org.placewise.diagram.kinds.DiagramKind;
import org.placewise.diagram.kinds.DiagramOptions;
import org.placewise.diagram.kinds.FindingsOverlay;
import org.placewise.diagram.kinds.PlacewiseDiagrams;
import org.placewise.io.ExportException;
import org.placewise.io.MeasureExport;
import org.placewise.io.ObservationExport;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.store.FileReplacement;

/**
 * File > Export: the open model's measure definitions or observations as CSV or XLSX (the same files as
 * {@code placewise export}, which {@code placewise import} and File > Import read back), or one of its diagrams as SVG
 * or PNG (the same drawing as {@code placewise diagram}, with the findings badges the Diagram view shows). What is
 * exported is the model as it is in the editor, unsaved edits included. Files are written as the command line writes
 * them: to a temporary file first, then moved over the target ({@link FileReplacement}), so a failed export never
 * leaves half a file. A problem (no folder, a read-only file, a diagram with nothing to draw) is shown on the page and
 * the wizard stays open.
 */
public final class ExportWizard extends Wizard {

	/** What can be exported. */
	public enum What {
		/** Measure definitions, CSV or XLSX. */
		MEASURES("Measure definitions", List.of("csv", "xlsx")),
		/** Observations, one a row, CSV or XLSX. */
		OBSERVATIONS("Observations (one a row)", List.of("csv", "xlsx")),
		/** Observations, one row per date and one column per measure. */
		OBSERVATIONS_WIDE("Observations (a column per measure)", List.of("csv", "xlsx")),
		/** A diagram, SVG or PNG. */
		DIAGRAM("A diagram", List.of("svg", "png"));

		private final String label;
		private final List<String> extensions;

		What(String label, List<String> extensions) {
			this.label = label;
			this.extensions = extensions;
		}

		/** @return how the page names it */
		public String label() {
			return label;
		}

		/** @return the file extensions it can be written as, without the dot */
		public List<String> extensions() {
			return extensions;
		}
	}

	private final PlacewiseModel model;
	private final List<Finding> findings;
	private final Path modelFile;
	private ExportPage page;
	private String written;

	/**
	 * @param model     the model open in the editor
	 * @param findings  its current findings (drawn as badges on a diagram)
	 * @param modelFile its file, to suggest where the export goes
	 */
	public ExportWizard(PlacewiseModel model, List<Finding> findings, Path modelFile) {
		this.model = Objects.requireNonNull(model);
		this.findings = List.copyOf(findings);
		this.modelFile = modelFile;
		setWindowTitle("Export");
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		page = new ExportPage(modelFile);
		addPage(page);
	}

	/** @return the page */
	public ExportPage page() {
		return page;
	}

	/** @return what the last export wrote, in words ("Wrote 12 measures to measures.csv."), or {@code null} */
	public String written() {
		return written;
	}

	@Override
	public boolean performFinish() {
		Path target = page.file();
		try {
			written = export(page.what(), page.diagramKind(), target);
			return true;
		} catch (ExportProblem e) {
			page.setErrorMessage(e.getMessage());
			return false;
		}
	}

	/** Why an export did not happen, in words for the page. */
	static final class ExportProblem extends Exception {
		private static final long serialVersionUID = 1L;

		ExportProblem(String message, Throwable cause) {
			super(message, cause);
		}
	}

	/**
	 * Exports the model.
	 *
	 * @param what   what to export
	 * @param kind   the diagram, for {@link What#DIAGRAM}
	 * @param target the file; its extension chooses the format
	 * @return what was written, in words
	 * @throws ExportProblem saying why nothing was written
	 */
	String export(What what, DiagramKind kind, Path target) throws ExportProblem {
		String problem = ExportPage.problem(what, target);
		if (problem != null) {
			throw new ExportProblem(problem, null);
		}
		String name = target.getFileName().toString();
		try {
			switch (what) {
			case MEASURES -> {
				int count = MeasureExport.write(model, target);
				return "Wrote " + PlacewiseLabels.count(count, "measure", "measures") + " to " + name + ".";
			}
			case OBSERVATIONS, OBSERVATIONS_WIDE -> {
				ObservationExport.Written done = ObservationExport.write(model, target,
						what == What.OBSERVATIONS ? ObservationExport.Layout.LONG : ObservationExport.Layout.WIDE);
				return "Wrote " + PlacewiseLabels.count(done.observations(), "observation", "observations") + " to "
						+ name + "."
						+ (done.leftOut() == 0 ? ""
								: " Left out " + PlacewiseLabels.count(done.leftOut(), "observation", "observations")
										+ " without a date or a value.");
			}
			case DIAGRAM -> {
				PlacewiseDiagrams.Format format = PlacewiseDiagrams.Format.parse(ExportPage.extension(target));
				DiagramOptions options = DiagramOptions.defaults()
						.withFindings(FindingsOverlay.of(findings).atLeast(Severity.WARNING));
				byte[] bytes = PlacewiseDiagrams.render(kind, model, options, format, 2);
				FileReplacement.write(target, out -> out.write(bytes));
				return "Wrote the " + kind.title() + " diagram to " + name + ".";
			}
			default -> throw new IllegalStateException(what.name());
			}
		} catch (ExportException | DiagramException e) {
			throw new ExportProblem(e.getMessage(), e);
		} catch (IOException e) {
			throw new ExportProblem("Cannot write " + target + ": " + e.getMessage(), e);
		}
	}

	/** @return the extension of a file name, lower case, without the dot; "" when it has none */
	static String extensionOf(Path file) {
		String name = file.getFileName() == null ? "" : file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	/** @return whether the folder a file would go in exists */
	static boolean folderExists(Path file) {
		Path folder = file.toAbsolutePath().getParent();
		return folder != null && Files.isDirectory(folder);
	}
}
