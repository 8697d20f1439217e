package org.placewise.generator.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.placewise.generator.GapKind;
import org.placewise.generator.internal.ProgrammeTemplates.MeasureTemplate;
import org.placewise.generator.internal.ProgrammeTemplates.ProgrammeTemplate;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.governance.Board;
import org.placewise.model.measures.Measure;
import org.placewise.model.organisation.Organisation;
import org.placewise.model.organisation.Person;
import org.placewise.model.outcomes.Barrier;
import org.placewise.model.outcomes.EvidenceOfOpportunity;
import org.placewise.model.outcomes.Outcome;
import org.placewise.model.outcomes.OutcomeLevel;
import org.placewise.model.outcomes.OutcomesFactory;
import org.placewise.model.outcomes.Risk;
import org.placewise.model.outcomes.Vision;
import org.placewise.model.outcomes.WorkProgramme;
import org.placewise.model.outcomes.Workstream;

/**
 * Visions with their outcome trees (strategic, intermediate, milestone) and the work programmes that serve them, with
 * workstreams, evidence of opportunity, barriers, risks and their measures.
 */
final class Programmes extends GeneratorPart {

	private final Organisations organisations;
	private final Measures measures;

	Programmes(Generation generation, Organisations organisations, Measures measures) {
		super(generation);
		this.organisations = organisations;
		this.measures = measures;
	}

	Vision vision(String name, Footprint footprint, String statement) {
		Vision vision = identify(OutcomesFactory.eINSTANCE.createVision());
		vision.setName(name);
		vision.setFootprint(footprint);
		vision.setStatement(statement);
		model.getVisions().add(vision);
		return vision;
	}

	List<ProgrammeTemplate> chooseProgrammes(int count) {
		List<ProgrammeTemplate> pool = new ArrayList<>(ProgrammeTemplates.PROGRAMMES);
		List<ProgrammeTemplate> chosen = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			chosen.add(pool.remove(random.nextInt(pool.size())));
		}
		return chosen;
	}

	WorkProgramme programme(ProgrammeTemplate template, Footprint footprint, String area, Vision vision,
			Board governingBoard, Organisation leadOrganisation, List<Organisation> sponsors, int measureCount) {
		Outcome strategic = null;
		for (Outcome existing : vision.getOutcomes()) {
			if (existing.getName().equals(template.strategicOutcome())) {
				strategic = existing;
			}
		}
		if (strategic == null) {
			strategic = outcome(template.strategicOutcome(), OutcomeLevel.STRATEGIC, TARGET_DATE.plusYears(3));
			vision.getOutcomes().add(strategic);
		}
		Outcome intermediate = outcome(template.outcome(), OutcomeLevel.INTERMEDIATE, TARGET_DATE.plusYears(1));
		strategic.getChildren().add(intermediate);
		Outcome milestone = outcome(template.milestone(), OutcomeLevel.MILESTONE, TARGET_DATE);
		intermediate.getChildren().add(milestone);

		WorkProgramme programme = identify(OutcomesFactory.eINSTANCE.createWorkProgramme());
		programme.setName(area + " " + template.name().substring(0, 1).toLowerCase(java.util.Locale.ROOT)
				+ template.name().substring(1));
		if (!gap(GapKind.PROGRAMME_NO_EXECUTIVE_LEAD)) {
			programme.setExecutiveLead(organisations.person(leadOrganisation, footprint, "Director of Integration"));
		}
		Person sro = organisations.person(sponsors.get(sponsors.size() - 1), footprint,
				"Director of Adult Social Services");
		programme.setSeniorResponsibleOwner(sro);
		programme.getSponsors().addAll(sponsors);
		programme.setGoverningBoard(governingBoard);
		programme.setFootprint(footprint);
		programme.getOutcomesServed().add(intermediate);
		programme.getOutcomesServed().add(milestone);
		programme.setBudget(pounds(250_000L + random.nextInt(80) * 50_000L));
		programme.setStartDate(LocalDate.of(2024, 4, 1));
		programme.setEndDate(TARGET_DATE);
		for (String name : template.workstreams()) {
			Workstream workstream = identify(OutcomesFactory.eINSTANCE.createWorkstream());
			workstream.setName(name);
			workstream.setLead(organisations.person(names.pick(sponsors), footprint, "Service Manager"));
			programme.getWorkstreams().add(workstream);
		}
		EvidenceOfOpportunity evidence = identify(OutcomesFactory.eINSTANCE.createEvidenceOfOpportunity());
		evidence.setName("Case review of " + template.name().toLowerCase(java.util.Locale.ROOT));
		evidence.setCohortPercentage(BigDecimal.valueOf(23 + random.nextInt(29)));
		evidence.setEvidenceSource("Multi-agency case review of 100 recent patients");
		evidence.setAssessedDate(LocalDate.of(2024, 1, 15));
		programme.getOpportunities().add(evidence);
		Barrier barrier = identify(OutcomesFactory.eINSTANCE.createBarrier());
		barrier.setName(template.barrier());
		barrier.setKind(template.barrierKind());
		barrier.setMitigation("Agreed at the " + governingBoard.getName());
		programme.getBarriers().add(barrier);
		Risk risk = identify(OutcomesFactory.eINSTANCE.createRisk());
		risk.setName(template.risk());
		risk.setLikelihood(1 + random.nextInt(5));
		risk.setImpact(1 + random.nextInt(5));
		risk.setOwner(sro);
		risk.setMitigation("Reviewed monthly by the programme board");
		programme.getRisks().add(risk);
		model.getProgrammes().add(programme);

		boolean noOutcomeKpi = gap(GapKind.PROGRAMME_NO_OUTCOME_KPI);
		Person owner = organisations.person(leadOrganisation, footprint, "Head of Performance");
		for (MeasureTemplate template2 : template.measures().subList(0,
				Math.min(measureCount, template.measures().size()))) {
			Measure measure = measures.measure(template2, area, template.name(), owner);
			programme.getMeasures().add(measure);
			if (!noOutcomeKpi) {
				// Measures evidence the programme's own intermediate outcome, so exactly the planted
				// programmes lack an outcome KPI.
				measure.getEvidencedOutcomes().add(intermediate);
			}
		}
		return programme;
	}

	private Outcome outcome(String statement, OutcomeLevel level, LocalDate targetDate) {
		Outcome outcome = identify(OutcomesFactory.eINSTANCE.createOutcome());
		outcome.setName(statement);
		outcome.setStatement(statement);
		outcome.setLevel(level);
		outcome.setTargetDate(targetDate);
		return outcome;
	}
}
