package org.placewise.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.placewise.checks.Finding;
import org.placewise.diagram.kinds.DiagramKind;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.measures.Measure;
import org.placewise.model.outcomes.WorkProgramme;

/**
 * The pack's entry point: the place at a glance (counts of programmes, measures, delegations and findings), the work
 * programmes, the footprints as systems within systems, governance, the outcome map and money, each with its generated
 * diagram when there is one.
 */
final class OverviewPage extends PackPage {

	/** How many levels of footprints the overview lists (an ICS and its places); deeper ones are a click away. */
	static final int TREE_DEPTH = 2;
	/** Up to how many programmes the overview tables; more are listed on the programme index. */
	static final int PROGRAMMES_TABLED = 12;

	private final Map<DiagramKind, PackDiagrams.Diagram> drawn;

	/**
	 * @param drawn the diagrams drawn for the pack, by kind; a kind missing is left out
	 */
	OverviewPage(PackPlan plan, PackPlan.Page page, Map<DiagramKind, PackDiagrams.Diagram> drawn) {
		super(plan, page);
		this.drawn = drawn;
	}

	@Override
	String title() {
		return plan.root() == null ? PackWording.name(model)
				: PackWording.name(plan.root()) + ": " + PackWording.name(model);
	}

	@Override
	void content(Markup html) {
		Footprint root = plan.root();
		html.element("h1", root == null ? PackWording.name(model) : PackWording.name(root));
		if (root != null) {
			html.element("p", "Part of " + PackWording.name(model) + ". This pack covers the programmes of "
					+ PackWording.name(root) + " and the footprints within it; the delegations register and findings "
					+ "cover the whole model.", "class", "lede");
		}
		html.description(model.getDescription());
		atAGlance(html);
		programmes(html);
		new SpcMatrixSection(plan).write(html, shownMeasures(), "matrix");
		systems(html);

		html.open("section", "aria-labelledby", "governance");
		html.element("h2", "Governance", "id", "governance");
		diagram(html, DiagramKind.GOVERNANCE);
		GovernanceTables.write(html, model);
		html.close();

		if (drawn.containsKey(DiagramKind.OUTCOMES)) {
			html.open("section", "aria-labelledby", "outcome-map");
			html.element("h2", "Outcomes, programmes and measures", "id", "outcome-map");
			diagram(html, DiagramKind.OUTCOMES);
			html.close();
		}
		if (!model.getPooledBudgets().isEmpty() || !model.getInvestmentFlows().isEmpty()) {
			html.open("section", "aria-labelledby", "money");
			html.element("h2", "Money", "id", "money");
			diagram(html, DiagramKind.MONEY);
			MoneyTables.write(html, model);
			html.close();
		}
	}

	private void atAGlance(Markup html) {
		List<WorkProgramme> programmes = plan.programmes();
		List<Measure> unlisted = plan.unlistedMeasures();
		List<Measure> shown = shownMeasures();
		long noBaseline = shown.stream().filter(m -> m.getBaselineValue() == null).count();
		long noTarget = shown.stream().filter(m -> m.getTargetValue() == null).count();
		long overdue = model.getDelegations().stream().filter(d -> DelegationsPage.reviewOverdue(d, plan)).count();
		List<Finding> findings = plan.findings();
		html.open("section", "aria-labelledby", "glance", "class", "glance");
		html.element("h2", "At a glance", "id", "glance", "class", "visually-hidden");
		html.open("ul", "class", "cards");
		card(html, "#programmes", programmes.size(), "work programmes", null);
		card(html, programmes.isEmpty() && !unlisted.isEmpty() ? PackPlan.UNLISTED_MEASURES : "#programmes",
				shown.size(), "measures", noBaseline + " without a baseline, " + noTarget + " without a target");
		card(html, PackPlan.DELEGATIONS, model.getDelegations().size(), "delegations",
				overdue == 0 ? "none overdue for review" : overdue + " overdue for review");
		card(html, PackPlan.FINDINGS, findings.size(), "findings", FindingsPage.bySeverityInWords(findings)
				+ sinceInWords(plan.packFindings()));
		html.close();
		html.element("p", "As of " + PlacewiseLabels.date(plan.asOf()) + ".", "class", "as-of");
		html.close();
	}

	/** Every measure the pack shows: the programmes' measures, then those no programme lists. */
	private List<Measure> shownMeasures() {
		Set<Measure> shown = new LinkedHashSet<>();
		plan.programmes().forEach(p -> shown.addAll(p.getMeasures()));
		shown.addAll(plan.unlistedMeasures());
		return new ArrayList<>(shown);
	}

	/** "; 3 new, 2 resolved since the pack of 31 Mar 2025", or nothing when the pack compares with none. */
	private static String sinceInWords(PackFindings findings) {
		if (findings.previous() == null) {
			return "";
		}
		return "; " + findings.newCount() + " new, " + findings.resolved().size() + " resolved since the pack of "
				+ PlacewiseLabels.date(findings.previous().asOf());
	}

	/** A summary card; {@code what} is a plural noun, made singular for a count of one. */
	private static void card(Markup html, String href, long count, String what, String detail) {
		html.open("li").open("a", "href", href);
		html.element("span", String.valueOf(count), "class", "count");
		html.text(" ").element("span", count == 1 ? what.substring(0, what.length() - 1) : what, "class", "what");
		if (detail != null) {
			html.element("span", detail, "class", "detail");
		}
		html.close().close();
	}

	private void programmes(Markup html) {
		List<WorkProgramme> programmes = plan.programmes();
		html.open("section", "aria-labelledby", "programmes");
		html.element("h2", "Work programmes", "id", "programmes");
		if (programmes.isEmpty()) {
			html.element("p", "There are no work programmes"
					+ (plan.root() == null ? "" : " in " + PackWording.name(plan.root())) + ".", "class", "empty");
		} else if (programmes.size() > PROGRAMMES_TABLED) {
			html.open("p").text(PlacewiseLabels.count(programmes.size(), "work programme", "work programmes")
					+ ": search and filter them on the ");
			html.element("a", "programme index", "href", PackPlan.PROGRAMMES);
			html.text(".").close();
		} else {
			html.open("table").element("caption", "Work programmes and their measures");
			html.open("thead").open("tr");
			html.headers("Programme", "Governing board", "Executive lead", "Outcomes served", "Measures",
					"Measures lacking a baseline or target");
			html.close().close().open("tbody");
			for (WorkProgramme programme : programmes) {
				html.row(programme, null, null);
				html.open("th", "scope", "row");
				html.link(programme, PackWording.name(programme));
				html.findingsAbout(programme);
				html.close();
				html.cellLinkOrBadge(programme.getGoverningBoard(), "No governing board");
				html.cellOrBadge(programme.getExecutiveLead() == null ? null
						: PackWording.name(programme.getExecutiveLead()), "No executive lead");
				html.cell(String.valueOf(programme.getOutcomesServed().size()));
				html.cell(String.valueOf(programme.getMeasures().size()));
				long gaps = programme.getMeasures().stream()
						.filter(m -> m.getBaselineValue() == null || m.getTargetValue() == null).count();
				html.cell(String.valueOf(gaps));
				html.close();
			}
			html.close().close();
		}
		html.close();
	}

	private void systems(Markup html) {
		html.open("section", "aria-labelledby", "systems");
		html.element("h2", "Systems within systems", "id", "systems");
		diagram(html, DiagramKind.SYSTEMS);
		List<Footprint> tops = plan.footprints();
		if (tops.isEmpty()) {
			html.element("p", "The model has no footprints.", "class", "empty");
		} else {
			html.element("p", "Each footprint has its page, with the footprints within it, its programmes and "
					+ "boards.", "class", "lede");
			html.open("ul", "class", "tree");
			tops.forEach(f -> footprintItem(html, f, 1));
			html.close();
		}
		html.close();
	}

	/** The footprint and, to the depth the overview shows, those within it; the rest are on their pages. */
	private static void footprintItem(Markup html, Footprint footprint, int depth) {
		html.open("li");
		html.open("strong").link(footprint, PackWording.name(footprint)).close();
		html.text(" \u2013 " + PlacewiseLabels.literal(footprint.getKind()));
		if (footprint.getPopulation() != null) {
			html.text(", population " + PlacewiseLabels.number(footprint.getPopulation()));
		}
		if (footprint.getCode() != null && !footprint.getCode().isBlank()) {
			html.text(" (" + footprint.getCode() + ")");
		}
		if (!footprint.getPartnerships().isEmpty()) {
			html.open("span", "class", "detail")
					.text(footprint.getPartnerships().size() == 1 ? "Partnership: " : "Partnerships: ");
			html.linkList(footprint.getPartnerships(), "");
			html.close();
		}
		if (!footprint.getChildren().isEmpty() && depth < TREE_DEPTH) {
			html.open("ul");
			footprint.getChildren().forEach(child -> footprintItem(html, child, depth + 1));
			html.close();
		} else if (!footprint.getChildren().isEmpty()) {
			html.element("span", PlacewiseLabels.count(footprint.getChildren().size(), "footprint", "footprints")
					+ " within, on its page", "class", "detail");
		}
		html.close();
	}

	private void diagram(Markup html, DiagramKind kind) {
		PackDiagrams.Diagram diagram = drawn.get(kind);
		if (diagram == null) {
			return;
		}
		html.open("figure", "class", "diagram");
		html.empty("img", "src", PackPlan.DIAGRAMS + "/" + kind.id() + ".svg", "alt", diagram.description());
		html.open("figcaption").text(kind.title() + " diagram, generated from the model. ");
		html.element("a", "Open the " + kind.title().toLowerCase(java.util.Locale.ROOT)
				+ " diagram full size, to pan and zoom", "href", DiagramViewerPage.file(kind), "class", "diagram-open");
		html.close();
		html.close();
	}
}
