package org.placewise.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.outcomes.Barrier;
import org.placewise.model.outcomes.EvidenceOfOpportunity;
import org.placewise.model.outcomes.Outcome;
import org.placewise.model.outcomes.ReportedResult;
import org.placewise.model.outcomes.WorkProgramme;

/**
 * One work programme: who leads and governs it, its budget and dates, the outcomes it serves, its measures with their
 * SPC charts, the results it has reported, and the evidence of opportunity and barriers it records.
 */
final class ProgrammePage extends PackPage {

	private final WorkProgramme programme;

	ProgrammePage(PackPlan plan, PackPlan.Page page) {
		super(plan, page);
		this.programme = page.programme();
	}

	@Override
	String title() {
		return PackWording.name(programme);
	}

	@Override
	void content(Markup html) {
		html.open("header", "id", PackPlan.anchorId(programme));
		html.element("p", "Work programme", "class", "kicker");
		html.element("h1", PackWording.name(programme));
		html.close();
		html.description(programme.getDescription());
		facts(html);
		outcomesServed(html);
		new SpcMatrixSection(plan).write(html, programme.getMeasures(), "matrix");
		new MeasuresSection(plan).write(html, programme.getMeasures(), "The programme's measures");
		results(html);
		opportunities(html);
		barriers(html);
	}

	private void facts(Markup html) {
		html.open("dl", "class", "facts");
		html.fact("Executive lead", programme.getExecutiveLead() == null ? null
				: PackWording.name(programme.getExecutiveLead()), "No executive lead");
		html.fact("Senior responsible owner", programme.getSeniorResponsibleOwner() == null ? null
				: PackWording.name(programme.getSeniorResponsibleOwner()), "No SRO");
		html.element("dt", "Governing board").open("dd");
		if (programme.getGoverningBoard() == null) {
			html.badge("No governing board", "gap");
		} else {
			html.link(programme.getGoverningBoard(), PackWording.name(programme.getGoverningBoard()));
		}
		html.close();
		html.fact("Footprint", programme.getFootprint() == null ? null : PackWording.name(programme.getFootprint()),
				"Not recorded");
		html.fact("Sponsors", programme.getSponsors().isEmpty() ? null
				: programme.getSponsors().stream().map(PackWording::name).collect(Collectors.joining(", ")),
				"None recorded");
		html.fact("Budget", programme.getBudget() == null ? null : PlacewiseLabels.money(programme.getBudget()),
				"Not recorded");
		if (programme.getStartDate() != null || programme.getEndDate() != null) {
			html.fact("Runs", (programme.getStartDate() == null ? "?" : PlacewiseLabels.date(programme.getStartDate()))
					+ " to " + (programme.getEndDate() == null ? "?" : PlacewiseLabels.date(programme.getEndDate())),
					null);
		}
		html.close();
	}

	private void outcomesServed(Markup html) {
		html.open("section", "aria-labelledby", "outcomes-served");
		html.element("h2", "Outcomes served", "id", "outcomes-served");
		if (programme.getOutcomesServed().isEmpty()) {
			html.open("p");
			html.badge("No outcome", "gap");
			html.text(" This programme serves no outcome in the model.").close();
		} else {
			html.open("ul");
			for (Outcome outcome : programme.getOutcomesServed()) {
				html.open("li");
				html.link(outcome, PackWording.name(outcome));
				html.text(" (" + PlacewiseLabels.literalInSentence(outcome.getLevel()) + ")");
				html.close();
			}
			html.close();
		}
		html.close();
	}

	/** The results the programme has reported (for example in a published case study), each with its source. */
	private void results(Markup html) {
		if (programme.getResults().isEmpty()) {
			return;
		}
		html.open("section", "aria-labelledby", "results");
		html.element("h2", "Reported results", "id", "results");
		html.open("ul");
		for (ReportedResult result : programme.getResults()) {
			html.open("li", "id", PackPlan.anchorId(result)).element("strong", PackWording.name(result));
			List<String> parts = new ArrayList<>();
			if (result.getValue() != null) {
				parts.add(PlacewiseLabels.number(result.getValue())
						+ ("%".equals(result.getUnit()) ? "%" : PackWording.suffix(result.getUnit())));
			}
			if (result.getPeriod() != null && !result.getPeriod().isBlank()) {
				parts.add(result.getPeriod());
			}
			if (result.getReportedDate() != null) {
				parts.add("reported " + PlacewiseLabels.date(result.getReportedDate()));
			}
			if (!parts.isEmpty()) {
				html.text(": " + String.join("; ", parts));
			}
			if (result.getSource() != null && !result.getSource().isBlank()) {
				html.element("span", "Source: " + result.getSource().replaceFirst("^Source: ", ""), "class",
						"detail");
			}
			if (result.getDescription() != null && !result.getDescription().isBlank()) {
				html.element("span", result.getDescription(), "class", "detail");
			}
			html.close();
		}
		html.close().close();
	}

	private void opportunities(Markup html) {
		if (programme.getOpportunities().isEmpty()) {
			return;
		}
		html.open("section", "aria-labelledby", "opportunity");
		html.element("h2", "Evidence of opportunity", "id", "opportunity");
		html.open("ul");
		for (EvidenceOfOpportunity evidence : programme.getOpportunities()) {
			html.open("li").element("strong", PackWording.name(evidence));
			List<String> parts = new ArrayList<>();
			if (evidence.getCohortPercentage() != null) {
				parts.add(PlacewiseLabels.number(evidence.getCohortPercentage()) + "% of the reviewed cohort");
			}
			if (evidence.getBaselineLevel() != null) {
				parts.add("now " + PlacewiseLabels.number(evidence.getBaselineLevel())
						+ PackWording.suffix(evidence.getUnit()));
			}
			if (evidence.getPotentialLevel() != null) {
				parts.add("potential " + PlacewiseLabels.number(evidence.getPotentialLevel())
						+ PackWording.suffix(evidence.getUnit()));
			}
			if (!parts.isEmpty()) {
				html.text(": " + String.join("; ", parts));
			}
			if (evidence.getDescription() != null && !evidence.getDescription().isBlank()) {
				html.element("span", evidence.getDescription(), "class", "detail");
			}
			html.close();
		}
		html.close().close();
	}

	private void barriers(Markup html) {
		if (programme.getBarriers().isEmpty()) {
			return;
		}
		html.open("section", "aria-labelledby", "barriers");
		html.element("h2", "Barriers", "id", "barriers");
		html.open("ul");
		for (Barrier barrier : programme.getBarriers()) {
			html.open("li").element("strong", PackWording.name(barrier))
					.text(" (" + PlacewiseLabels.literal(barrier.getKind()) + ")");
			if (barrier.getMitigation() != null && !barrier.getMitigation().isBlank()) {
				html.element("span", "Mitigation: " + barrier.getMitigation(), "class", "detail");
			}
			html.close();
		}
		html.close().close();
	}
}
