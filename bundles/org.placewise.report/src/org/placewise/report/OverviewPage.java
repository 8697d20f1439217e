package org.placewise.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.placewise.checks.Finding;
import org.placewise.checks.Severity;
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
		List<Measure> shown = new ArrayList<>();
		programmes.forEach(p -> p.getMeasures().stream().filter(m -> !shown.contains(m)).forEach(shown::add));
		shown.addAll(unlisted);
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
		long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
		long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
		card(html, PackPlan.FINDINGS, findings.size(), "findings",
				PlacewiseLabels.count(errors, "error", "errors") + ", "
						+ PlacewiseLabels.count(warnings, "warning", "warnings"));
		html.close();
		html.element("p", "As of " + PlacewiseLabels.date(plan.asOf()) + ".", "class", "as-of");
		html.close();
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
		} else {
			html.open("table").element("caption", "Work programmes and their measures");
			html.open("thead").open("tr");
			html.headers("Programme", "Governing board", "Executive lead", "Outcomes served", "Measures",
					"Measures lacking a baseline or target");
			html.close().close().open("tbody");
			for (WorkProgramme programme : programmes) {
				html.open("tr");
				html.open("th", "scope", "row");
				html.link(programme, PackWording.name(programme));
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
		List<Footprint> tops = plan.root() == null ? model.getFootprints() : List.of(plan.root());
		if (tops.isEmpty()) {
			html.element("p", "The model has no footprints.", "class", "empty");
		} else {
			html.open("ul", "class", "tree");
			tops.forEach(f -> footprintItem(html, f));
			html.close();
		}
		html.close();
	}

	private static void footprintItem(Markup html, Footprint footprint) {
		html.open("li", "id", PackPlan.anchorId(footprint));
		html.element("strong", PackWording.name(footprint));
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
		if (!footprint.getChildren().isEmpty()) {
			html.open("ul");
			footprint.getChildren().forEach(child -> footprintItem(html, child));
			html.close();
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
		html.element("figcaption", kind.title() + " diagram, generated from the model.");
		html.close();
	}
}
