package org.placewise.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.placewise.checks.Finding;
import org.placewise.checks.Severity;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.outcomes.WorkProgramme;

/**
 * Every work programme of the pack in one table, with a search box and filters by footprint and by findings. The table
 * is the page: the controls are a little script that hides rows, shown only when the script runs, so without it
 * (printed, or scripts off) the page is the full list.
 */
final class ProgrammesPage extends PackPage {

	/**
	 * Shows the filters and hides the rows that do not match. It holds no {@code <} or {@code &}, so it can be written
	 * raw in XHTML.
	 */
	static final String SCRIPT = """
			(function () {
			  var form = document.getElementById('programme-filters');
			  var rows = document.querySelectorAll('#programme-index tbody tr');
			  var search = document.getElementById('programme-search');
			  var footprint = document.getElementById('programme-footprint');
			  var errors = document.getElementById('programme-errors');
			  var count = document.getElementById('programme-count');
			  form.hidden = false;
			  function apply() {
			    var text = search.value.trim().toLowerCase();
			    var shown = 0;
			    rows.forEach(function (row) {
			      var match = row.dataset.name.indexOf(text) !== -1;
			      if (match) { match = !footprint.value || row.dataset.footprints.split(' ').indexOf(footprint.value) !== -1; }
			      if (match) { match = !errors.checked || row.dataset.errors !== '0'; }
			      row.hidden = !match;
			      if (match) { shown += 1; }
			    });
			    count.textContent = shown + ' of ' + rows.length + ' programmes shown.';
			  }
			  form.addEventListener('input', apply);
			  form.addEventListener('change', apply);
			  form.addEventListener('submit', function (event) { event.preventDefault(); });
			}());
			""";

	ProgrammesPage(PackPlan plan, PackPlan.Page page) {
		super(plan, page);
	}

	@Override
	String title() {
		return "Work programmes";
	}

	@Override
	void content(Markup html) {
		List<WorkProgramme> programmes = plan.programmes();
		html.element("h1", "Work programmes");
		html.element("p", PlacewiseLabels.count(programmes.size(), "work programme", "work programmes")
				+ (plan.root() == null ? "" : " in " + PackWording.name(plan.root()))
				+ ", each with its footprint, governing board, measures and findings.", "class", "lede");
		if (programmes.isEmpty()) {
			html.element("p", "There are no work programmes.", "class", "empty");
			return;
		}
		filters(html, programmes);
		html.element("p", programmes.size() + " of " + programmes.size() + " programmes shown.", "id",
				"programme-count",
				"class", "as-of", "aria-live", "polite");
		html.open("div", "class", "table-wrap");
		html.open("table", "id", "programme-index").open("thead").open("tr");
		html.headers("Programme", "Footprint", "Governing board", "Measures", "Findings");
		html.close().close().open("tbody");
		for (WorkProgramme programme : programmes) {
			List<Finding> findings = plan.packFindings().about(programme);
			StringBuilder footprints = new StringBuilder();
			for (Footprint f = programme.getFootprint(); f != null; f = f.getParent()) {
				footprints.append(footprints.isEmpty() ? "" : " ").append(PackPlan.anchorId(f));
			}
			html.row(programme, null, null, "data-name", PackWording.name(programme).toLowerCase(Locale.ROOT),
					"data-footprints", footprints.toString(), "data-errors",
					String.valueOf(PackFindings.count(findings, Severity.ERROR)));
			html.open("th", "scope", "row");
			html.link(programme, PackWording.name(programme));
			html.close();
			html.cellLinkOrBadge(programme.getFootprint(), "Not recorded");
			html.cellLinkOrBadge(programme.getGoverningBoard(), "No governing board");
			html.cell(String.valueOf(programme.getMeasures().size()));
			html.open("td");
			if (findings.isEmpty()) {
				html.text("None");
			} else {
				html.text(FindingsPage.nonZeroInWords(findings));
			}
			html.close();
			html.close();
		}
		html.close().close().close();
		html.open("script").raw(SCRIPT).close();
	}

	private void filters(Markup html, List<WorkProgramme> programmes) {
		Set<Footprint> used = new LinkedHashSet<>();
		programmes.forEach(p -> {
			for (Footprint f = p.getFootprint(); f != null; f = f.getParent()) {
				used.add(f);
			}
		});
		List<Footprint> options = new ArrayList<>();
		plan.footprints().forEach(f -> treeOrder(f, used, options));
		html.open("form", "id", "programme-filters", "class", "filters", "hidden", "hidden", "role", "search",
				"aria-label", "Filter programmes");
		html.open("div").element("label", "Search programmes", "for", "programme-search");
		html.empty("input", "type", "search", "id", "programme-search", "autocomplete", "off");
		html.close();
		html.open("div").element("label", "Footprint", "for", "programme-footprint");
		html.open("select", "id", "programme-footprint").element("option", "All footprints", "value", "");
		for (Footprint footprint : options) {
			html.element("option", PlacewiseLabels.literal(footprint.getKind()) + ": " + PackWording.name(footprint),
					"value", PackPlan.anchorId(footprint));
		}
		html.close().close();
		html.open("div", "class", "check");
		html.empty("input", "type", "checkbox", "id", "programme-errors");
		html.text(" ").element("label", "Only programmes with errors", "for", "programme-errors");
		html.close();
		html.close();
	}

	private static void treeOrder(Footprint footprint, Set<Footprint> used, List<Footprint> into) {
		if (used.contains(footprint)) {
			into.add(footprint);
		}
		footprint.getChildren().forEach(child -> treeOrder(child, used, into));
	}
}
