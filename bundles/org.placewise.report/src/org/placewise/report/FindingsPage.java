package org.placewise.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.placewise.checks.CheckRule;
import org.placewise.checks.Finding;
import org.placewise.checks.Severity;
import org.placewise.model.edit.label.PlacewiseLabels;

/**
 * The check findings the caller gave the pack, as leaders look for them: counted by severity, what changed since the
 * last pack when there is one, counted and listed by who owns them (boards and committees, programmes, measure owners;
 * see {@link PackFindings#owner(Finding)}), each linking to the object it is about, and last the rules with their
 * explanations.
 */
final class FindingsPage extends PackPage {

	private static final List<Severity> SEVERITIES = List.of(Severity.ERROR, Severity.WARNING, Severity.INFO);

	FindingsPage(PackPlan plan, PackPlan.Page page) {
		super(plan, page);
	}

	@Override
	String title() {
		return "Findings";
	}

	/** "1 error, 42 warnings, 12 notes": every severity, so the counts add up to the total. */
	static String bySeverityInWords(List<Finding> findings) {
		return PlacewiseLabels.count(PackFindings.count(findings, Severity.ERROR), "error", "errors") + ", "
				+ PlacewiseLabels.count(PackFindings.count(findings, Severity.WARNING), "warning", "warnings") + ", "
				+ PlacewiseLabels.count(PackFindings.count(findings, Severity.INFO), "note", "notes");
	}

	/** "1 error, 2 notes": only the severities found, for a table cell. */
	static String nonZeroInWords(List<Finding> findings) {
		List<String> words = new ArrayList<>();
		for (Severity severity : SEVERITIES) {
			long n = PackFindings.count(findings, severity);
			if (n > 0) {
				words.add(switch (severity) {
				case ERROR -> PlacewiseLabels.count(n, "error", "errors");
				case WARNING -> PlacewiseLabels.count(n, "warning", "warnings");
				case INFO -> PlacewiseLabels.count(n, "note", "notes");
				});
			}
		}
		return String.join(", ", words);
	}

	@Override
	void content(Markup html) {
		PackFindings findings = plan.packFindings();
		html.element("h1", "Findings");
		html.element("p",
				"Gaps and errors the Placewise checks found in the model as of " + PlacewiseLabels.date(plan.asOf())
						+ ", grouped by who owns them, most severe first. Each links to the object it is about.",
				"class", "lede");
		if (findings.previous() != null) {
			since(html, findings);
		}
		if (findings.all().isEmpty()) {
			html.element("p", "The checks found nothing to report.", "class", "empty");
			return;
		}
		bySeverity(html, findings.all());
		byOwnerTable(html, findings);
		for (Map.Entry<PackFindings.Owner, List<Finding>> entry : findings.byOwner().entrySet()) {
			owner(html, findings, entry.getKey(), entry.getValue());
		}
		Map<CheckRule<?>, List<Finding>> byRule = new LinkedHashMap<>();
		findings.all().forEach(f -> byRule.computeIfAbsent(f.rule(), r -> new ArrayList<>()).add(f));
		rules(html, byRule);
	}

	private static void bySeverity(Markup html, List<Finding> findings) {
		html.open("section", "aria-labelledby", "by-severity");
		html.element("h2", "By severity", "id", "by-severity");
		html.element("p", PlacewiseLabels.count(findings.size(), "finding", "findings") + ": "
				+ bySeverityInWords(findings) + ".");
		html.open("table", "class", "narrow").open("thead").open("tr");
		html.headers("Severity", "Findings");
		html.close().close().open("tbody");
		for (Severity severity : SEVERITIES) {
			html.open("tr").open("th", "scope", "row");
			severityBadge(html, severity);
			html.close();
			html.cell(String.valueOf(PackFindings.count(findings, severity)));
			html.close();
		}
		html.close().open("tfoot").open("tr").element("th", "Total", "scope", "row")
				.cell(String.valueOf(findings.size())).close().close();
		html.close().close();
	}

	private void since(Markup html, PackFindings findings) {
		List<FindingsRecord.Entry> resolved = findings.resolved();
		long fresh = findings.newCount();
		html.open("section", "aria-labelledby", "since");
		html.element("h2", "Since the pack of " + PlacewiseLabels.date(findings.previous().asOf()), "id", "since");
		html.element("p", fresh + " new, " + resolved.size() + " resolved, " + (findings.all().size() - fresh)
				+ " still open. A finding is the same from one pack to the next when its rule and the object it is "
				+ "about are the same; new findings are marked New below.");
		if (!resolved.isEmpty()) {
			html.element("h3", "Resolved since the last pack");
			html.open("ul", "class", "findings resolved");
			for (FindingsRecord.Entry entry : resolved) {
				html.open("li").text(entry.message() + " ").open("code").text(entry.ruleId()).close();
				html.element("span", entry.path(), "class", "detail");
				html.close();
			}
			html.close();
		}
		html.close();
	}

	private static void byOwnerTable(Markup html, PackFindings findings) {
		html.open("section", "aria-labelledby", "by-owner");
		html.element("h2", "By owner", "id", "by-owner");
		html.element("p", "A finding is owned by the measure's owner for a measure (or, without one, the first "
				+ "programme listing it), by the programme or board it belongs to, by the board that delegated a "
				+ "delegation, and by a partnership's board. The rest have no owner in the model.", "class",
				"explanation");
		html.open("table").open("thead").open("tr");
		html.headers("Owner", "Errors", "Warnings", "Notes", "Total");
		html.close().close().open("tbody");
		for (Map.Entry<PackFindings.Owner, List<Finding>> entry : findings.byOwner().entrySet()) {
			PackFindings.Owner owner = entry.getKey();
			html.open("tr").open("th", "scope", "row");
			html.element("a", owner.name(), "href", "#" + owner.anchor());
			html.element("span", owner.kind().label, "class", "detail");
			html.close();
			counts(html, entry.getValue());
			html.close();
		}
		html.close().open("tfoot").open("tr").element("th", "Total", "scope", "row");
		counts(html, findings.all());
		html.close().close().close().close();
	}

	private static void counts(Markup html, List<Finding> findings) {
		for (Severity severity : SEVERITIES) {
			html.cell(String.valueOf(PackFindings.count(findings, severity)));
		}
		html.cell(String.valueOf(findings.size()));
	}

	private void owner(Markup html, PackFindings all, PackFindings.Owner owner, List<Finding> findings) {
		html.open("section", "id", owner.anchor(), "class", "owner");
		html.open("h3").text(owner.kind().label + ": ");
		if (owner.object() == null) {
			html.text(owner.name());
		} else {
			html.link(owner.object(), owner.name());
		}
		html.close();
		html.element("p", PlacewiseLabels.count(findings.size(), "finding", "findings") + ": "
				+ bySeverityInWords(findings) + ".", "class", "explanation");
		html.open("ul", "class", "findings");
		for (Finding finding : findings) {
			html.open("li", "id", all.anchor(finding));
			severityBadge(html, finding.severity());
			if (all.isNew(finding)) {
				html.text(" ").badge("New", "new");
			}
			html.text(" " + finding.message() + " ");
			html.open("a", "href", "#rule-" + finding.ruleId()).open("code").text(finding.ruleId()).close().close();
			Optional<String> target = plan.nearestHref(finding.target());
			html.open("span", "class", "detail");
			if (target.isPresent()) {
				html.open("a", "href", target.get()).text(finding.objectPath()).close();
			} else {
				html.text(finding.objectPath());
			}
			html.close();
			html.close();
		}
		html.close();
		html.close();
	}

	private static void rules(Markup html, Map<CheckRule<?>, List<Finding>> byRule) {
		html.open("section", "aria-labelledby", "by-rule");
		html.element("h2", "The rules", "id", "by-rule");
		html.open("table").open("thead").open("tr");
		html.headers("Rule", "What it finds", "Severity", "Findings");
		html.close().close().open("tbody");
		for (Map.Entry<CheckRule<?>, List<Finding>> entry : byRule.entrySet()) {
			html.open("tr").open("th", "scope", "row");
			html.open("a", "href", "#rule-" + entry.getKey().id()).open("code").text(entry.getKey().id()).close()
					.close();
			html.close();
			html.cell(entry.getKey().title());
			html.open("td");
			severityBadge(html, entry.getValue().get(0).severity());
			html.close();
			html.cell(String.valueOf(entry.getValue().size()));
			html.close();
		}
		html.close().close();
		for (CheckRule<?> rule : byRule.keySet()) {
			html.open("section", "id", "rule-" + rule.id(), "class", "rule");
			html.open("h3").text(rule.title() + " ").open("code").text(rule.id()).close().close();
			html.element("p", rule.explanation(), "class", "explanation");
			html.close();
		}
		html.close();
	}

	private static void severityBadge(Markup html, Severity severity) {
		html.badge(PackWording.severity(severity), "severity-" + severity.label());
	}
}
