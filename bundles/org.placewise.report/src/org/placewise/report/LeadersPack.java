package org.placewise.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.placewise.diagram.kinds.DiagramKind;
import org.placewise.model.measures.Measure;
import org.placewise.diagram.chart.SpcChartSvg;
import org.placewise.outcomes.MeasureSpc;

/**
 * The leaders' pack: a self-contained static HTML site generated from a model, readable without a network and
 * printable. It has an overview of the place (systems within systems, governance, money), the outcome tree, one page
 * per work programme with its measures table and an SPC chart per measure, the delegations register and a summary of
 * the check findings linking to the objects they are about.
 *
 * <p>
 * Writing a pack is a pipeline: a {@link PackPlan} decides the pages, anchors, charts and findings; the diagrams are
 * drawn; each page kind writes its page from the plan; the files are written. The same plan always gives the same
 * files, byte for byte: nothing in the pack depends on the clock, the machine or the folder it is written to.
 */
public final class LeadersPack {

	/** The overview page, the pack's entry point. */
	public static final String INDEX = PackPlan.INDEX;

	private final PackPlan plan;
	private final PackDiagrams diagrams;

	/**
	 * @param plan     what the pack holds: model, root footprint, as-of date and findings
	 * @param diagrams where the overview's diagrams come from
	 */
	public LeadersPack(PackPlan plan, PackDiagrams diagrams) {
		this.plan = Objects.requireNonNull(plan, "plan");
		this.diagrams = Objects.requireNonNull(diagrams, "diagrams");
	}

	/**
	 * Writes the pack into a folder, creating it if needed and replacing files of an earlier pack.
	 *
	 * @param folder where to write
	 * @return the files written, relative to the folder, in the order written
	 * @throws IOException when a file cannot be written
	 */
	public List<Path> write(Path folder) throws IOException {
		Map<DiagramKind, PackDiagrams.Diagram> drawn = new LinkedHashMap<>();
		PackDiagrams withFindings = diagrams.withFindings(plan.findings());
		for (DiagramKind kind : DiagramKind.values()) {
			withFindings.draw(kind, plan.model(), plan.root()).ifPresent(d -> drawn.put(kind, d));
		}
		// Each file is written as soon as it is made and then let go: a national pack is thousands of pages and
		// charts, and holding them all before writing any ran a pack of a model eight times England out of memory.
		Path base = folder.toAbsolutePath();
		Files.createDirectories(base);
		Set<Path> folders = new HashSet<>();
		List<Path> written = new ArrayList<>();
		for (Map.Entry<DiagramKind, PackDiagrams.Diagram> diagram : drawn.entrySet()) {
			write(base, PackPlan.DIAGRAMS + "/" + diagram.getKey().id() + ".svg", diagram.getValue().svg(), folders,
					written);
		}
		// The outcome tree lists every programme with its status, as the programmes index does; it is written after
		// the programme pages so that what is made before each programme page stays what that page needs.
		List<PackPlan.Page> outcomeTrees = new ArrayList<>();
		for (PackPlan.Page page : plan.pages()) {
			if (page.kind() == PackPlan.PageKind.OUTCOMES) {
				outcomeTrees.add(page);
				continue;
			}
			write(base, page.file(), page(page, drawn).render(), folders, written);
		}
		for (PackPlan.Page page : outcomeTrees) {
			write(base, page.file(), page(page, drawn).render(), folders, written);
		}
		for (Map.Entry<DiagramKind, PackDiagrams.Diagram> diagram : drawn.entrySet()) {
			DiagramViewerPage viewer = new DiagramViewerPage(plan, diagram.getKey(), diagram.getValue());
			write(base, viewer.file(), viewer.render(), folders, written);
		}
		write(base, DiagramViewerPage.SCRIPT, DiagramViewerPage.script(), folders, written);
		write(base, PackStyle.FILE, PackStyle.CSS, folders, written);
		if (plan.changes() != null) {
			// Only a pack with the "What changed" page has its stylesheet, so packs without it stay as they were.
			write(base, ChangesPage.STYLE_FILE, ChangesPage.STYLE, folders, written);
		}
		write(base, FindingsRecord.FILE, plan.findingsRecord().toJson(), folders, written);
		for (Map.Entry<Measure, String> chart : plan.chartFiles().entrySet()) {
			MeasureSpc.Analysis analysis = plan.analysis(chart.getKey());
			write(base, chart.getValue(), SpcChartSvg.render(analysis.name(), PackWording.unit(chart.getKey()),
					analysis.result(), SpcChartSvg.DEFAULT_WIDTH, SpcChartSvg.DEFAULT_HEIGHT), folders, written);
		}
		return written;
	}

	private static void write(Path folder, String name, String content, Set<Path> folders, List<Path> written)
			throws IOException {
		Path target = folder.resolve(name);
		if (folders.add(target.getParent())) {
			Files.createDirectories(target.getParent());
		}
		Files.writeString(target, content, StandardCharsets.UTF_8);
		written.add(Path.of(name));
	}

	private PackPage page(PackPlan.Page page, Map<DiagramKind, PackDiagrams.Diagram> drawn) {
		return switch (page.kind()) {
		case OVERVIEW -> new OverviewPage(plan, page, drawn);
		case OUTCOMES -> new OutcomesPage(plan, page);
		case PROGRAMMES -> new ProgrammesPage(plan, page);
		case PROGRAMME -> new ProgrammePage(plan, page);
		case FOOTPRINT -> new FootprintPage(plan, page);
		case UNLISTED_MEASURES -> new UnlistedMeasuresPage(plan, page);
		case DELEGATIONS -> new DelegationsPage(plan, page);
		case FINDINGS -> new FindingsPage(plan, page);
		case CHANGES -> new ChangesPage(plan, page);
		case DIAGRAM -> throw new IllegalStateException("A diagram's page is written by the pack, not planned");
		};
	}
}
