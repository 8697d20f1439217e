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
 * The check findings the caller gave the pack, counted by severity and by rule, then rule by rule with the rule's
 * explanation and each finding linking to the object it is about.
 */
final class FindingsPage extends PackPage {

	FindingsPage(PackPlan plan, PackPlan.Page page) {
		super(plan, page);
	}

	@Override
	String title() {
		return "Findings";
	}

	@Override
	void content(Markup html) {
		List<Finding> findings = plan.findings();
		html.element("h1", "Findings");
		html.element("p",
				"Gaps and errors the Placewise checks found in the model as of " + PlacewiseLabels.date(plan.asOf())
						+ ", most severe first. Each links to the object it is about.",
				"class", "lede");
		if (findings.isEmpty()) {
			html.element("p", "The checks found nothing to report.", "class", "empty");
			return;
		}
		bySeverity(html, findings);
		Map<CheckRule<?>, List<Finding>> byRule = new LinkedHashMap<>();
		findings.forEach(f -> byRule.computeIfAbsent(f.rule(), r -> new ArrayList<>()).add(f));
		byRule(html, byRule);
		for (Map.Entry<CheckRule<?>, List<Finding>> entry : byRule.entrySet()) {
			rule(html, entry.getKey(), entry.getValue());
		}
	}

	private static void bySeverity(Markup html, List<Finding> findings) {
		html.open("section", "aria-labelledby", "by-severity");
		html.element("h2", "By severity", "id", "by-severity");
		html.open("table", "class", "narrow").open("thead").open("tr");
		html.headers("Severity", "Findings");
		html.close().close().open("tbody");
		for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
			html.open("tr").open("th", "scope", "row");
			severityBadge(html, severity);
			html.close();
			html.cell(String.valueOf(findings.stream().filter(f -> f.severity() == severity).count()));
			html.close();
		}
		html.close().close().close();
	}

	private static void byRule(Markup html, Map<CheckRule<?>, List<Finding>> byRule) {
		html.open("section", "aria-labelledby", "by-rule");
		html.element("h2", "By rule", "id", "by-rule");
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
		html.close().close().close();
	}

	private void rule(Markup html, CheckRule<?> rule, List<Finding> findings) {
		Severity first = findings.get(0).severity();
		html.open("section", "id", "rule-" + rule.id(), "class", "rule");
		html.open("h3");
		severityBadge(html, first);
		html.text(" " + rule.title() + " ").open("code").text(rule.id()).close();
		html.close();
		html.element("p", rule.explanation(), "class", "explanation");
		html.open("ul", "class", "findings");
		for (Finding finding : findings) {
			html.open("li");
			if (finding.severity() != first) {
				severityBadge(html, finding.severity());
				html.text(" ");
			}
			html.text(finding.message());
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

	private static void severityBadge(Markup html, Severity severity) {
		html.badge(PackWording.severity(severity), "severity-" + severity.label());
	}
}
