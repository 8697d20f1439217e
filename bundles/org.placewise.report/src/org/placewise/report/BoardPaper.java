package org.placewise.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.eclipse.emf.ecore.EObject;
import org.placewise.checks.Finding;
import org.placewise.checks.Severity;
import org.placewise.diagram.chart.SpcChartPainter;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.governance.Delegation;
import org.placewise.model.measures.Measure;
import org.placewise.model.outcomes.Outcome;
import org.placewise.model.outcomes.Vision;
import org.placewise.model.outcomes.WorkProgramme;
import org.placewise.model.query.Delegations;
import org.placewise.outcomes.MeasureSpc;
import org.placewise.outcomes.OutcomeRollUp;
import org.placewise.outcomes.TargetStatus;
import org.placewise.outcomes.Trend;
import org.placewise.spc.Assurance;
import org.placewise.spc.SpcResult;
import org.placewise.spc.SpcSummary;

/**
 * The leaders' pack as a PDF board paper, written by the product itself with Apache PDFBox: a cover, a contents page,
 * the headline findings, the delegations register and the outcomes (the Making Data Count summary matrix, then the SPC
 * charts of the measures a board should look at first). Every page but the cover carries the paper's name and "Page n
 * of m"; the contents and the PDF's bookmarks lead to each section. Charts are drawn by the same painter as the pack's
 * SVG, onto the page as vectors ({@link PdfCanvas}); text is in an embedded TrueType font, so the paper reads the same
 * on any machine.
 *
 * <p>
 * The font is the first of DejaVu Sans, Liberation Sans or Arial found among the system's fonts (or the file named by
 * the {@code placewise.pdf.font} system property); the paper cannot be written without one.
 */
public final class BoardPaper {

	/** System property naming a TrueType font file (regular face) to embed instead of the system's. */
	public static final String FONT_PROPERTY = "placewise.pdf.font";
	/** Charts drawn in full in the paper; the rest are in the HTML pack. */
	static final int MAX_CHARTS = 24;
	/** Outcomes and programmes listed with their status, those needing attention first. */
	static final int MAX_STATUSES = 60;

	private static final List<String[]> FONT_CANDIDATES = List.of(
			new String[] { "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
					"/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf" },
			new String[] { "/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf" },
			new String[] { "/usr/share/fonts/TTF/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf" },
			new String[] { "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
					"/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf" },
			new String[] { "C:\\Windows\\Fonts\\arial.ttf", "C:\\Windows\\Fonts\\arialbd.ttf" },
			new String[] { "/Library/Fonts/Arial.ttf", "/Library/Fonts/Arial Bold.ttf" },
			new String[] { "/System/Library/Fonts/Supplemental/Arial.ttf",
					"/System/Library/Fonts/Supplemental/Arial Bold.ttf" });

	private static final float WIDTH = PDRectangle.A4.getWidth();
	private static final float HEIGHT = PDRectangle.A4.getHeight();
	private static final float MARGIN = 50;
	private static final float TOP = HEIGHT - MARGIN;
	private static final float BOTTOM = MARGIN + 24;
	private static final float TEXT_WIDTH = WIDTH - 2 * MARGIN;
	private static final float[] INK = { 0.11f, 0.14f, 0.15f };
	private static final float[] SOFT = { 0.32f, 0.35f, 0.37f };
	private static final float[] ERROR_FILL = { 0.99f, 0.89f, 0.88f };
	private static final float[] ERROR_BAR = { 0.54f, 0.11f, 0.09f };
	private static final float[] LATE_FILL = { 1f, 0.95f, 0.86f };
	private static final float[] LATE_BAR = { 0.78f, 0.47f, 0f };
	private static final float[] BAND = { 0.95f, 0.96f, 0.97f };

	private final PackPlan plan;

	/** @param plan what the paper holds: the same plan as the HTML pack */
	public BoardPaper(PackPlan plan) {
		this.plan = Objects.requireNonNull(plan, "plan");
	}

	/**
	 * Writes the paper.
	 *
	 * @param file the PDF file to write (its folder is created if needed)
	 * @return the number of pages
	 * @throws IOException when no font can be found or the file cannot be written
	 */
	public int write(Path file) throws IOException {
		Path[] faces = fontFiles();
		try (PDDocument document = new PDDocument()) {
			Writer writer = new Writer(document, PDType0Font.load(document, faces[0].toFile()),
					PDType0Font.load(document, faces[1].toFile()));
			String title = "Board paper: " + (plan.root() == null ? PackWording.name(plan.model())
					: PackWording.name(plan.root()));
			writer.cover(title);
			headlineFindings(writer);
			delegations(writer);
			outcomes(writer);
			writer.finish(title);
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle(title);
			info.setSubject("Leaders' pack as of " + PlacewiseLabels.date(plan.asOf()));
			info.setCreator("Placewise");
			document.getDocumentCatalog().setLanguage("en-GB");
			document.getDocumentCatalog().getViewerPreferences();
			if (file.toAbsolutePath().getParent() != null) {
				Files.createDirectories(file.toAbsolutePath().getParent());
			}
			document.save(file.toFile());
			return document.getNumberOfPages();
		}
	}

	/** The regular and bold TrueType files to embed. */
	static Path[] fontFiles() throws IOException {
		String chosen = System.getProperty(FONT_PROPERTY);
		if (chosen != null && !chosen.isBlank()) {
			Path regular = Path.of(chosen);
			if (!Files.isRegularFile(regular)) {
				throw new IOException("The font " + chosen + " (" + FONT_PROPERTY + ") is not a file.");
			}
			return new Path[] { regular, regular };
		}
		for (String[] candidate : FONT_CANDIDATES) {
			Path regular = Path.of(candidate[0]);
			if (Files.isRegularFile(regular)) {
				Path bold = Path.of(candidate[1]);
				return new Path[] { regular, Files.isRegularFile(bold) ? bold : regular };
			}
		}
		throw new IOException("No TrueType font to embed in the PDF: install DejaVu Sans (Debian: fonts-dejavu-core) "
				+ "or name a .ttf file with -D" + FONT_PROPERTY + "=FILE.");
	}

	private void headlineFindings(Writer w) throws IOException {
		List<Finding> findings = plan.findings();
		w.section("Headline findings");
		long overdue = plan.model().getDelegations().stream().filter(d -> DelegationsPage.reviewOverdue(d, plan))
				.count();
		w.paragraph(PlacewiseLabels.count(plan.programmes().size(), "work programme", "work programmes") + ", "
				+ PlacewiseLabels.count(measures().size(), "measure", "measures") + ", "
				+ PlacewiseLabels.count(plan.model().getDelegations().size(), "delegation", "delegations") + " ("
				+ (overdue == 0 ? "none" : PlacewiseLabels.number(overdue)) + " overdue for review).", false, INK);
		w.paragraph(PlacewiseLabels.count(findings.size(), "finding", "findings") + ": "
				+ FindingsPage.bySeverityInWords(findings) + ".", true, INK);
		List<Finding> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
		if (!errors.isEmpty()) {
			w.heading("Errors to put right");
			int shown = 0;
			for (Finding error : errors) {
				if (shown++ == 50) {
					w.paragraph("and " + (errors.size() - 50) + " more errors: see the findings page of the pack.",
							false, SOFT);
					break;
				}
				w.bullet(error.message() + " (" + PackFindings.owner(error).name() + ")");
			}
		}
		w.heading("Findings by owner");
		List<String[]> rows = new ArrayList<>();
		List<Integer> highlighted = new ArrayList<>();
		int limit = 30;
		for (Map.Entry<PackFindings.Owner, List<Finding>> entry : plan.packFindings().byOwner().entrySet()) {
			if (rows.size() == limit) {
				break;
			}
			List<Finding> own = entry.getValue();
			long errorCount = PackFindings.count(own, Severity.ERROR);
			if (errorCount > 0) {
				highlighted.add(rows.size());
			}
			rows.add(new String[] { entry.getKey().name(), String.valueOf(errorCount),
					String.valueOf(PackFindings.count(own, Severity.WARNING)),
					String.valueOf(PackFindings.count(own, Severity.INFO)), String.valueOf(own.size()) });
		}
		rows.add(new String[] { "Total", String.valueOf(PackFindings.count(findings, Severity.ERROR)),
				String.valueOf(PackFindings.count(findings, Severity.WARNING)),
				String.valueOf(PackFindings.count(findings, Severity.INFO)), String.valueOf(findings.size()) });
		w.table(new String[] { "Owner", "Errors", "Warnings", "Notes", "Total" }, new float[] { 0.52f, 0.12f, 0.12f,
				0.12f, 0.12f }, rows, i -> highlighted.contains(i) ? ERROR_FILL : null,
				i -> highlighted.contains(i) ? ERROR_BAR : null);
		if (plan.packFindings().byOwner().size() > limit) {
			w.paragraph("The " + limit + " owners first in the pack's order; the findings page lists all "
					+ plan.packFindings().byOwner().size() + ".", false, SOFT);
		}
	}

	private void delegations(Writer w) throws IOException {
		w.section("Delegations register");
		List<Delegation> delegations = plan.model().getDelegations();
		if (delegations.isEmpty()) {
			w.paragraph("The model records no delegations.", false, SOFT);
			return;
		}
		w.paragraph("Red rows with a thick bar have an error, in words in the row; amber rows with a thin bar are "
				+ "overdue for review (due before " + PlacewiseLabels.date(plan.asOf()) + ").", false, SOFT);
		List<String[]> rows = new ArrayList<>();
		List<float[]> fills = new ArrayList<>();
		List<float[]> bars = new ArrayList<>();
		for (Delegation delegation : delegations) {
			List<Finding> errors = plan.packFindings().about(delegation).stream()
					.filter(f -> f.severity() == Severity.ERROR).toList();
			boolean overdue = DelegationsPage.reviewOverdue(delegation, plan);
			StringBuilder name = new StringBuilder(PackWording.name(delegation));
			for (Finding error : errors) {
				name.append("\nError: ").append(error.message());
			}
			String limit = delegation.getFinancialLimit() == null ? "No limit"
					: PlacewiseLabels.money(delegation.getFinancialLimit());
			Optional<java.math.BigDecimal> effective = Delegations.effectiveLimit(delegation);
			if (delegation.getFinancialLimit() != null && effective.isPresent()
					&& effective.get().compareTo(delegation.getFinancialLimit()) < 0) {
				limit += "\nonly " + PlacewiseLabels.money(effective.get()) + " effective";
			}
			String review = delegation.getReviewDate() == null ? "No review date"
					: PlacewiseLabels.date(delegation.getReviewDate()) + (overdue ? "\nOverdue" : "");
			rows.add(new String[] { name.toString(),
					delegation.getDelegator() == null ? "Not recorded"
							: PackWording.decisionMakerName(delegation.getDelegator()),
					delegation.getDelegate() == null ? "Not recorded"
							: PackWording.decisionMakerName(delegation.getDelegate()),
					limit, review });
			fills.add(!errors.isEmpty() ? ERROR_FILL : overdue ? LATE_FILL : null);
			bars.add(!errors.isEmpty() ? ERROR_BAR : overdue ? LATE_BAR : null);
		}
		w.table(new String[] { "Delegation", "From (delegator)", "To (delegate)", "Financial limit", "Review" },
				new float[] { 0.34f, 0.19f, 0.19f, 0.14f, 0.14f }, rows, fills::get, bars::get);
	}

	private List<Measure> measures() {
		Set<Measure> shown = new LinkedHashSet<>();
		plan.programmes().forEach(p -> shown.addAll(p.getMeasures()));
		shown.addAll(plan.unlistedMeasures());
		return new ArrayList<>(shown);
	}

	private void outcomes(Writer w) throws IOException {
		w.section("Outcomes: measures by variation and assurance");
		List<Measure> charted = new ArrayList<>();
		List<SpcResult> results = new ArrayList<>();
		for (Measure measure : measures()) {
			MeasureSpc.Analysis analysis = plan.analysis(measure);
			if (analysis != null) {
				charted.add(measure);
				results.add(analysis.result());
			}
		}
		if (charted.isEmpty()) {
			w.paragraph("No measure has observations that can be charted.", false, SOFT);
			outcomeStatuses(w);
			return;
		}
		w.paragraph("Making Data Count: each measure placed by the variation of its latest point (rows) and whether "
				+ "its process will meet its target (columns). Run charts (under 15 points) centre on the median, XmR "
				+ "charts on the mean.", false, SOFT);
		Map<SpcSummary.Row, Map<Assurance, List<Measure>>> matrix = SpcSummary.matrix(charted, results);
		List<String[]> rows = new ArrayList<>();
		List<float[]> fills = new ArrayList<>();
		for (SpcSummary.Row row : SpcSummary.Row.values()) {
			Map<Assurance, List<Measure>> cells = matrix.get(row);
			if (cells.values().stream().allMatch(List::isEmpty)
					&& (row == SpcSummary.Row.NOT_ASSESSED || row == SpcSummary.Row.NEUTRAL)) {
				continue;
			}
			String[] cellsText = new String[1 + SpcSummary.COLUMNS.size()];
			cellsText[0] = row.label();
			for (int c = 0; c < SpcSummary.COLUMNS.size(); c++) {
				List<Measure> in = cells.get(SpcSummary.COLUMNS.get(c));
				StringBuilder text = new StringBuilder(String.valueOf(in.size()));
				for (Measure m : in.subList(0, Math.min(6, in.size()))) {
					text.append('\n').append(PackWording.name(m));
				}
				if (in.size() > 6) {
					text.append("\nand ").append(in.size() - 6).append(" more");
				}
				cellsText[c + 1] = text.toString();
			}
			rows.add(cellsText);
			fills.add(row == SpcSummary.Row.CONCERN ? ERROR_FILL : null);
		}
		w.table(new String[] { "Variation", "Consistently passes", "Hit and miss", "Consistently fails",
				"No assurance" }, new float[] { 0.2f, 0.2f, 0.2f, 0.2f, 0.2f }, rows, fills::get, i -> null);

		// Concerns and failures first, then the rest, as a board reads an integrated performance report.
		List<Integer> order = new ArrayList<>();
		for (int pass = 0; pass < 3; pass++) {
			for (int i = 0; i < charted.size(); i++) {
				SpcResult r = results.get(i);
				int rank = r.latestVariation().isConcern() || r.assurance() == Assurance.CONSISTENTLY_FAILS ? 0
						: r.latestVariation().isSpecialCause() || r.assurance() == Assurance.HIT_AND_MISS ? 1 : 2;
				if (rank == pass && !r.points().isEmpty()) {
					order.add(i);
				}
			}
		}
		outcomeStatuses(w);
		w.section("Outcomes: SPC charts");
		if (order.size() > MAX_CHARTS) {
			w.paragraph("The " + MAX_CHARTS + " of " + order.size() + " charted measures to look at first: special "
					+ "cause concern or consistently failing the target, then other special causes and hit and miss. "
					+ "Every chart is in the HTML pack.", false, SOFT);
		}
		for (int i : order.subList(0, Math.min(MAX_CHARTS, order.size()))) {
			Measure measure = charted.get(i);
			w.chart(MeasureSpc.nameOf(measure), PackWording.unit(measure), results.get(i),
					SpcChartPainter.describe(MeasureSpc.nameOf(measure), results.get(i)));
		}
	}

	/**
	 * Each outcome and work programme with its status rolled up from its measures, as the pack's outcome tree shows it:
	 * those that need attention (deteriorating or not meeting target) first, at most {@value #MAX_STATUSES} rows.
	 */
	private void outcomeStatuses(Writer w) throws IOException {
		List<Object[]> all = new ArrayList<>();
		for (Vision vision : plan.model().getVisions()) {
			vision.eAllContents().forEachRemaining(o -> {
				if (o instanceof Outcome outcome) {
					all.add(new Object[] { outcome, plan.rollUp().of(outcome) });
				}
			});
		}
		for (WorkProgramme programme : plan.programmes()) {
			all.add(new Object[] { programme, plan.rollUp().of(programme) });
		}
		if (all.isEmpty()) {
			return;
		}
		w.section("Outcomes: rolled-up statuses");
		List<Object[]> ordered = new ArrayList<>();
		for (boolean attention : new boolean[] { true, false }) {
			for (Object[] entry : all) {
				if (needsAttention((OutcomeRollUp.Status) entry[1]) == attention) {
					ordered.add(entry);
				}
			}
		}
		w.paragraph(
				"Trend and target status rolled up from the statistical process control of the measures behind each "
						+ "outcome (those evidencing it and the outcomes below it, each once) and programme (the measures it "
						+ "tracks); concern wins over improvement, and under 15 points is not enough data. Deteriorating or "
						+ "not meeting target first, shaded."
						+ (ordered.size() > MAX_STATUSES ? " The first " + MAX_STATUSES + " of " + ordered.size()
								+ "; every status is on the pack's outcome tree page." : ""),
				false, SOFT);
		List<String[]> rows = new ArrayList<>();
		List<float[]> fills = new ArrayList<>();
		for (Object[] entry : ordered.subList(0, Math.min(MAX_STATUSES, ordered.size()))) {
			OutcomeRollUp.Status status = (OutcomeRollUp.Status) entry[1];
			String kind = entry[0] instanceof Outcome outcome ? PlacewiseLabels.literal(outcome.getLevel()) + " outcome"
					: "Work programme";
			rows.add(new String[] { PackWording.name((EObject) entry[0]) + "\n" + kind,
					PlacewiseLabels.literal(status.trend()), PlacewiseLabels.literal(status.target()), status.why() });
			fills.add(needsAttention(status) ? ERROR_FILL : null);
		}
		w.table(new String[] { "Outcome or programme", "Trend", "Target", "Why" },
				new float[] { 0.24f, 0.17f, 0.17f, 0.42f }, rows, fills::get, i -> null);
	}

	private static boolean needsAttention(OutcomeRollUp.Status status) {
		return status.trend() == Trend.DETERIORATING || status.target() == TargetStatus.NOT_MEETING;
	}

	/** The text with the characters the font cannot show replaced by "?", and line breaks and tabs as spaces. */
	static String printable(String text, PDFont font) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(cp -> {
			if (cp == '\n' || cp == '\t' || cp == '\r') {
				out.append(' ');
				return;
			}
			String one = new String(Character.toChars(cp));
			out.append(canShow(font, cp, one) ? one : "?");
		});
		return out.toString();
	}

	private static final Map<PDFont, Map<Integer, Boolean>> SHOWABLE = new java.util.WeakHashMap<>();

	private static synchronized boolean canShow(PDFont font, int cp, String one) {
		return SHOWABLE.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(cp, c -> {
			try {
				font.encode(one);
				return true;
			} catch (IOException | IllegalArgumentException e) {
				return false;
			}
		});
	}

	/** Width of text in points at a size. */
	static double width(String text, PDFont font, float size) {
		try {
			return font.getStringWidth(text) / 1000 * size;
		} catch (IOException | IllegalArgumentException e) {
			return text.length() * size * 0.55;
		}
	}

	/** Lays text out down pages: a cursor, page breaks, the sections for the contents and the bookmarks. */
	private final class Writer {

		private final PDDocument document;
		private final PDFont regular;
		private final PDFont bold;
		private final List<Object[]> sections = new ArrayList<>();
		private PDPage page;
		private PDPageContentStream stream;
		private float y;

		Writer(PDDocument document, PDFont regular, PDFont bold) {
			this.document = document;
			this.regular = regular;
			this.bold = bold;
		}

		void cover(String title) throws IOException {
			newPage();
			fill(new float[] { 0.06f, 0.2f, 0.31f }, 0, HEIGHT - 260, WIDTH, 260);
			y = HEIGHT - 120;
			for (String line : wrap(title, bold, 26, TEXT_WIDTH)) {
				text(line, MARGIN, y, bold, 26, new float[] { 1, 1, 1 });
				y -= 32;
			}
			text("Leaders' pack as of " + PlacewiseLabels.date(plan.asOf()), MARGIN, HEIGHT - 230, regular, 14,
					new float[] { 0.87f, 0.92f, 0.96f });
			y = HEIGHT - 310;
			paragraph("Generated by Placewise from the model. Everything in this paper is computed from the model: "
					+ "correct the model, not the paper.", false, SOFT);
		}

		void section(String title) throws IOException {
			newPage();
			sections.add(new Object[] { title, page });
			for (String line : wrap(title, bold, 18, TEXT_WIDTH)) {
				text(line, MARGIN, y - 18, bold, 18, INK);
				y -= 24;
			}
			y -= 8;
		}

		void heading(String title) throws IOException {
			space(50);
			y -= 8;
			text(title, MARGIN, y - 13, bold, 13, INK);
			y -= 22;
		}

		void paragraph(String text, boolean strong, float[] colour) throws IOException {
			PDFont font = strong ? bold : regular;
			for (String line : wrap(text, font, 10.5f, TEXT_WIDTH)) {
				space(15);
				text(line, MARGIN, y - 11, font, 10.5f, colour);
				y -= 15;
			}
			y -= 6;
		}

		void bullet(String text) throws IOException {
			List<String> lines = wrap(text, regular, 10f, TEXT_WIDTH - 14);
			for (int i = 0; i < lines.size(); i++) {
				space(14);
				if (i == 0) {
					text("\u2022", MARGIN + 2, y - 10, regular, 10f, ERROR_BAR);
				}
				text(lines.get(i), MARGIN + 14, y - 10, regular, 10f, INK);
				y -= 14;
			}
			y -= 2;
		}

		/** A table whose header row is repeated on every page it runs onto. */
		void table(String[] headers, float[] shares, List<String[]> rows,
				java.util.function.IntFunction<float[]> fill, java.util.function.IntFunction<float[]> bar)
				throws IOException {
			float size = 9f;
			float lineHeight = 11.5f;
			float pad = 4;
			float[] widths = new float[shares.length];
			for (int c = 0; c < shares.length; c++) {
				widths[c] = shares[c] * TEXT_WIDTH;
			}
			header(headers, widths, size, lineHeight, pad);
			for (int r = 0; r < rows.size(); r++) {
				List<List<String>> cells = new ArrayList<>();
				int lines = 1;
				for (int c = 0; c < widths.length; c++) {
					List<String> wrapped = new ArrayList<>();
					for (String part : rows.get(r)[c].split("\n", -1)) {
						wrapped.addAll(wrap(part, c == 0 ? bold : regular, size, widths[c] - 2 * pad));
					}
					cells.add(wrapped);
					lines = Math.max(lines, wrapped.size());
				}
				float height = lines * lineHeight + 2 * pad;
				if (y - height < BOTTOM) {
					newPage();
					header(headers, widths, size, lineHeight, pad);
				}
				float[] rowFill = fill.apply(r);
				if (rowFill != null) {
					fill(rowFill, MARGIN, y - height, TEXT_WIDTH, height);
				}
				float[] rowBar = bar.apply(r);
				if (rowBar != null) {
					fill(rowBar, MARGIN, y - height, Objects.equals(rowBar, ERROR_BAR) ? 5 : 2.5f, height);
				}
				float x = MARGIN;
				for (int c = 0; c < widths.length; c++) {
					float ty = y - pad - size;
					for (String line : cells.get(c)) {
						boolean error = line.startsWith("Error: ") || line.equals("Overdue");
						text(line, x + pad + (c == 0 && rowBar != null ? 4 : 0), ty, c == 0 && !error ? bold : regular,
								size, error ? (line.equals("Overdue") ? LATE_BAR : ERROR_BAR) : INK);
						ty -= lineHeight;
					}
					x += widths[c];
				}
				y -= height;
				rule(y, 0.83f);
			}
			y -= 10;
		}

		private void header(String[] headers, float[] widths, float size, float lineHeight, float pad)
				throws IOException {
			int lines = 1;
			List<List<String>> cells = new ArrayList<>();
			for (int c = 0; c < widths.length; c++) {
				List<String> wrapped = wrap(headers[c], bold, size, widths[c] - 2 * pad);
				cells.add(wrapped);
				lines = Math.max(lines, wrapped.size());
			}
			float height = lines * lineHeight + 2 * pad;
			space(height + 30);
			fill(BAND, MARGIN, y - height, TEXT_WIDTH, height);
			float x = MARGIN;
			for (int c = 0; c < widths.length; c++) {
				float ty = y - pad - size;
				for (String line : cells.get(c)) {
					text(line, x + pad, ty, bold, size, SOFT);
					ty -= lineHeight;
				}
				x += widths[c];
			}
			y -= height;
			rule(y, 0.6f);
		}

		void chart(String title, String unit, SpcResult result, String description) throws IOException {
			float scale = TEXT_WIDTH / SpcChartPainter.DEFAULT_WIDTH;
			float height = SpcChartPainter.DEFAULT_HEIGHT * scale;
			List<String> words = wrap(description, regular, 8.5f, TEXT_WIDTH);
			space(height + 12 * words.size() + 20);
			new SpcChartPainter().paint(title, unit, result, SpcChartPainter.DEFAULT_WIDTH,
					SpcChartPainter.DEFAULT_HEIGHT, new PdfCanvas(stream, regular, bold, MARGIN, y, scale));
			y -= height + 4;
			for (String line : words) {
				text(line, MARGIN, y - 9, regular, 8.5f, SOFT);
				y -= 11;
			}
			y -= 14;
		}

		/** Inserts the contents page after the cover, adds the bookmarks, numbers the pages. */
		void finish(String title) throws IOException {
			stream.close();
			PDPage contents = new PDPage(PDRectangle.A4);
			document.getPages().insertAfter(contents, document.getPage(0));
			int total = document.getNumberOfPages();
			try (PDPageContentStream s = new PDPageContentStream(document, contents)) {
				stream = s;
				y = TOP;
				text("Contents", MARGIN, y - 18, bold, 18, INK);
				y -= 44;
				for (Object[] section : sections) {
					int number = document.getPages().indexOf((PDPage) section[1]) + 1;
					String name = (String) section[0];
					text(name, MARGIN, y, regular, 11.5f, INK);
					String n = String.valueOf(number);
					text(n, (float) (WIDTH - MARGIN - width(n, regular, 11.5f)), y, regular, 11.5f, INK);
					y -= 22;
				}
			}
			PDDocumentOutline outline = new PDDocumentOutline();
			document.getDocumentCatalog().setDocumentOutline(outline);
			addBookmark(outline, "Contents", contents);
			for (Object[] section : sections) {
				addBookmark(outline, (String) section[0], (PDPage) section[1]);
			}
			for (int i = 1; i < total; i++) {
				PDPage numbered = document.getPage(i);
				try (PDPageContentStream s = new PDPageContentStream(document, numbered,
						PDPageContentStream.AppendMode.APPEND, true, true)) {
					stream = s;
					String left = printable(title, regular);
					text(left, MARGIN, MARGIN - 6, regular, 8.5f, SOFT);
					String right = "Page " + (i + 1) + " of " + total;
					text(right, (float) (WIDTH - MARGIN - width(right, regular, 8.5f)), MARGIN - 6, regular, 8.5f,
							SOFT);
				}
			}
		}

		private void addBookmark(PDDocumentOutline outline, String title, PDPage target) {
			PDOutlineItem item = new PDOutlineItem();
			item.setTitle(title);
			PDPageFitWidthDestination destination = new PDPageFitWidthDestination();
			destination.setPage(target);
			item.setDestination(destination);
			outline.addLast(item);
		}

		private void space(float needed) throws IOException {
			if (y - needed < BOTTOM) {
				newPage();
			}
		}

		private void newPage() throws IOException {
			if (stream != null) {
				stream.close();
			}
			page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			stream = new PDPageContentStream(document, page);
			y = TOP;
		}

		private void text(String text, float x, float baseline, PDFont font, float size, float[] colour)
				throws IOException {
			String shown = printable(text, font);
			if (shown.isEmpty()) {
				return;
			}
			stream.beginText();
			stream.setFont(font, size);
			stream.setNonStrokingColor(colour[0], colour[1], colour[2]);
			stream.newLineAtOffset(x, baseline);
			stream.showText(shown);
			stream.endText();
		}

		private void fill(float[] colour, float x, float y0, float w, float h) throws IOException {
			stream.setNonStrokingColor(colour[0], colour[1], colour[2]);
			stream.addRect(x, y0, w, h);
			stream.fill();
		}

		private void rule(float at, float grey) throws IOException {
			stream.setStrokingColor(grey, grey, grey);
			stream.setLineWidth(0.5f);
			stream.moveTo(MARGIN, at);
			stream.lineTo(MARGIN + TEXT_WIDTH, at);
			stream.stroke();
		}

		/** Greedy word wrap to a width; a word longer than the line is broken. */
		private List<String> wrap(String text, PDFont font, float size, float width) {
			List<String> lines = new ArrayList<>();
			StringBuilder line = new StringBuilder();
			for (String word : printable(text, font).split(" ")) {
				String candidate = line.isEmpty() ? word : line + " " + word;
				if (width(candidate, font, size) <= width) {
					line.setLength(0);
					line.append(candidate);
					continue;
				}
				if (!line.isEmpty()) {
					lines.add(line.toString());
					line.setLength(0);
				}
				String rest = word;
				while (width(rest, font, size) > width && rest.length() > 1) {
					int fit = rest.length() - 1;
					while (fit > 1 && width(rest.substring(0, fit), font, size) > width) {
						fit--;
					}
					lines.add(rest.substring(0, fit));
					rest = rest.substring(fit);
				}
				line.append(rest);
			}
			if (!line.isEmpty() || lines.isEmpty()) {
				lines.add(line.toString());
			}
			return lines;
		}
	}
}
