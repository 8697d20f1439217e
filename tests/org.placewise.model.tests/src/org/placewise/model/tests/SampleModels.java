package org.placewise.model.tests;

import static org.placewise.model.tests.SampleBuilder.money;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.placewise.model.core.Frequency;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.finance.AgreementKind;
import org.placewise.model.finance.Contribution;
import org.placewise.model.finance.FinanceFactory;
import org.placewise.model.finance.PooledBudget;
import org.placewise.model.finance.RiskShare;
import org.placewise.model.finance.RiskShareBasis;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.footprint.FootprintKind;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.BoardKind;
import org.placewise.model.governance.DecisionArea;
import org.placewise.model.governance.LimitKind;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.EscalationRule;
import org.placewise.model.governance.GovernanceFactory;
import org.placewise.model.governance.LegalBasis;
import org.placewise.model.governance.Partnership;
import org.placewise.model.governance.PartnershipModel;
import org.placewise.model.governance.ReservedMatter;
import org.placewise.model.governance.TermsOfReference;
import org.placewise.model.measures.DesiredDirection;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.MeasureKind;
import org.placewise.model.organisation.Organisation;
import org.placewise.model.organisation.OrganisationKind;
import org.placewise.model.organisation.Person;
import org.placewise.model.organisation.Role;
import org.placewise.model.organisation.RoleKind;
import org.placewise.model.outcomes.Barrier;
import org.placewise.model.outcomes.BarrierKind;
import org.placewise.model.outcomes.EvidenceOfOpportunity;
import org.placewise.model.outcomes.Outcome;
import org.placewise.model.outcomes.OutcomeLevel;
import org.placewise.model.outcomes.OutcomesFactory;
import org.placewise.model.outcomes.ReportedResult;
import org.placewise.model.outcomes.Vision;
import org.placewise.model.outcomes.Workstream;
import org.placewise.model.outcomes.WorkProgramme;
import org.placewise.model.resource.PlacewiseResourceFactory;

/**
 * The sample models in {@code samples/}, built in code from the real examples in the project's source documents (NHS
 * Providers/Newton "Integration at place" toolkit 2022, HFMA roundtables, King's Fund). Where a source gives no figure
 * the value stays empty: no invented precision.
 * <p>
 * {@link #main(String[])} writes the files; {@code SamplesTest} proves the checked-in files still equal what this class
 * builds.
 */
public final class SampleModels {

	private static final String TOOLKIT = "Source: NHS Providers / Newton, Integration at place toolkit (2022).";
	private static final String HFMA = "Source: HFMA roundtable on ICS finance and governance.";
	/** Clinical commissioning groups were abolished, and integrated care boards established, on this day. */
	private static final java.time.LocalDate CCGS_ABOLISHED = SampleBuilder.date("2022-07-01");

	private SampleModels() {
	}

	/** @return every sample, by file name (without extension), in a stable order */
	public static Map<String, Supplier<PlacewiseModel>> all() {
		Map<String, Supplier<PlacewiseModel>> samples = new LinkedHashMap<>();
		samples.put("greater-manchester", SampleModels::greaterManchester);
		samples.put("bradford-district-and-craven", SampleModels::bradford);
		samples.put("mid-and-south-essex-older-adults", SampleModels::midAndSouthEssex);
		samples.put("birmingham-intermediate-care", SampleModels::birmingham);
		samples.put("northamptonshire-discharge-to-assess", SampleModels::northamptonshire);
		samples.put("exampleshire-scheme-of-delegation", SampleModels::exampleshire);
		return samples;
	}

	/** Greater Manchester ICS with three of its places: Wigan, Bolton and Tameside. */
	static PlacewiseModel greaterManchester() {
		SampleBuilder b = new SampleBuilder("greater-manchester", "Greater Manchester: Wigan, Bolton and Tameside",
				"Systems within systems in Greater Manchester. Sources: King's Fund (Ham) on Wigan; "
						+ "Integration at place toolkit (2022) on Bolton; HFMA roundtable on Tameside.");
		Footprint gm = b.footprint(null, "Greater Manchester", FootprintKind.INTEGRATED_CARE_SYSTEM, 2_800_000L,
				"About 2.8 million people (approximate figure).");
		Footprint wigan = b.footprint(gm, "Wigan", FootprintKind.PLACE, null, null);
		Footprint bolton = b.footprint(gm, "Bolton", FootprintKind.PLACE, null,
				"Has an effective neighbourhood model bringing together professionals from a range of services.");
		Footprint tameside = b.footprint(gm, "Tameside", FootprintKind.PLACE, null,
				"Described as a 'micro ICS' (with Glossop for the former CCG).");

		Organisation icb = b.organisation("Greater Manchester Integrated Care Board",
				OrganisationKind.INTEGRATED_CARE_BOARD, gm, null);
		icb.setEstablishedDate(CCGS_ABOLISHED);
		Organisation wiganCouncil = b.organisation("Wigan Council", OrganisationKind.LOCAL_AUTHORITY, wigan, null);
		Organisation wiganCcg = b.organisation("Wigan CCG", OrganisationKind.CLINICAL_COMMISSIONING_GROUP, wigan,
				"The CCG named in the King's Fund account of collaboration in Wigan.");
		Organisation boltonFt = b.organisation("Bolton NHS Foundation Trust", OrganisationKind.COMMUNITY_TRUST, bolton,
				"The local foundation trust, whose chief executive is the Bolton place lead. The source does not say "
						+ "which services it provides; kind recorded as community trust pending confirmation.");
		boltonFt.setFoundationTrust(true);
		Organisation boltonCouncil = b.organisation("Bolton Council", OrganisationKind.LOCAL_AUTHORITY, bolton, null);
		Organisation boltonCcg = b.organisation("Bolton CCG", OrganisationKind.CLINICAL_COMMISSIONING_GROUP, bolton,
				"CCG staff have been locally led through the Bolton place based lead since July 2022.");
		Organisation tamesideCcg = b.organisation("Tameside and Glossop Clinical Commissioning Group",
				OrganisationKind.CLINICAL_COMMISSIONING_GROUP, tameside, null);
		Organisation tamesideCouncil = b.organisation("Tameside Council", OrganisationKind.LOCAL_AUTHORITY, tameside,
				null);
		// The Health and Care Act 2022 abolished CCGs on 1 July 2022; the sources describe them as they were.
		for (Organisation ccg : java.util.List.of(wiganCcg, boltonCcg, tamesideCcg)) {
			ccg.setAbolishedDate(CCGS_ABOLISHED);
		}

		Role placeLead = b.role("Bolton place based lead", RoleKind.PLACE_LEAD, boltonFt, null,
				"Held by the chief executive of the NHS foundation trust (blended model of leadership).");
		Person boltonMd = b.person(null,
				"Managing Director, Bolton integrated place partnership, and Director of Adult "
						+ "Social Services, Bolton Council",
				boltonCouncil, "Name not given in the source.");
		Role md = b.role("Managing Director, integrated place partnership", RoleKind.MANAGING_DIRECTOR, null, boltonMd,
				null);
		b.role("Director of Adult Social Services, Bolton Council", RoleKind.DIRECTOR_OF_ADULT_SOCIAL_SERVICES,
				boltonCouncil, boltonMd, null);
		Person boltonCfo = b.person(null, "Chief Finance Officer, Bolton NHS Foundation Trust and Bolton CCG", boltonFt,
				"Name not given: the foundation trust's CFO has also served as CFO for the CCG for several years.");
		b.role("Chief Finance Officer, Bolton NHS Foundation Trust", RoleKind.CHIEF_FINANCE_OFFICER, boltonFt,
				boltonCfo, null);
		b.role("Chief Finance Officer, Bolton CCG", RoleKind.CHIEF_FINANCE_OFFICER, boltonCcg, boltonCfo, null);
		Person roe = b.person("Kathy Roe", "Chief Finance Officer, Tameside and Glossop CCG and Tameside Council",
				tamesideCcg, "Joint role since 2017.");
		Role tamesideCfoCcg = b.role("Chief Finance Officer, Tameside and Glossop CCG", RoleKind.CHIEF_FINANCE_OFFICER,
				tamesideCcg, roe, null);
		b.role("Chief Finance Officer, Tameside Council", RoleKind.CHIEF_FINANCE_OFFICER, tamesideCouncil, roe, null);

		Board icbBoard = b.board("Greater Manchester Integrated Care Board", BoardKind.BOARD, icb, gm, null);
		Board localityBoard = b.board("Bolton Locality Board", BoardKind.PARTNERSHIP_BOARD, null, bolton,
				"The integrated care partnership aims to become the delivery arm of the locality board.");
		localityBoard.setReportsTo(icbBoard);
		Board digital = b.board("Bolton Digital Partnership Board", BoardKind.PARTNERSHIP_BOARD, null, bolton,
				"Set up as part of the wider collaboration around core service delivery.");
		digital.setReportsTo(localityBoard);
		Board strategicCommissioning = b.board("Tameside Strategic Commissioning Board", BoardKind.BOARD, null,
				tameside,
				"Created similar to the locality boards ICSs could set up; does not include providers.");
		b.member(strategicCommissioning, null, tamesideCfoCcg, tamesideCcg, true);

		Partnership wiganPartnership = b.partnership("Wigan place partnership", PartnershipModel.NOT_STATED, wigan,
				"Ambitions within Wigan taken forward through collaboration between the council, the CCG, and acute "
						+ "and other providers.",
				wiganCouncil);
		wiganPartnership.getFormerPartners().add(wiganCcg);
		Partnership boltonIcp = b.partnership("Bolton Integrated Care Partnership", PartnershipModel.ALLIANCE, bolton,
				"Brings delivery partners together in an alliance model, with a single approach to finances "
						+ "('One Bolton Pound': \"If we save money, it doesn't matter which organisation gets the "
						+ "benefit.\"); the source names no pooled budget or agreement. " + TOOLKIT,
				boltonFt, boltonCouncil);
		boltonIcp.getFormerPartners().add(boltonCcg);
		boltonIcp.getRoles().add(placeLead);
		boltonIcp.getRoles().add(md);
		Partnership tamesidePartnership = b.partnership("Tameside and Glossop integrated commissioning",
				PartnershipModel.NOT_STATED, tameside,
				"Principles agreed in 2014 to foster trust, including risk sharing and a commitment not to cost-shunt. "
						+ HFMA,
				tamesideCouncil);
		tamesidePartnership.getFormerPartners().add(tamesideCcg);
		tamesidePartnership.setBoard(strategicCommissioning);

		// No delegation: the source says only that the partnership needs "to become the delivery arm of the
		// locality board"; what the ICB delegates to Bolton, if anything, is not given (see samples/README.md).

		PooledBudget tamesidePool = b.pooledBudget("Tameside pooled budget", tameside, money("1000000000"),
				"Around £1bn (approximate). Pooled budget arrangements in adult social care saved more than £80m "
						+ "non-recurrently over four years. " + HFMA);
		for (Organisation partner : new Organisation[] { tamesideCcg, tamesideCouncil }) {
			Contribution contribution = FinanceFactory.eINSTANCE.createContribution();
			contribution.setContributor(partner);
			tamesidePool.getContributions().add(contribution);
		}
		RiskShare riskShare = FinanceFactory.eINSTANCE.createRiskShare();
		riskShare.setBasis(RiskShareBasis.NOT_STATED);
		riskShare.setTerms("Risk share arrangements between the CCG and the local authority, within a four-year "
				+ "financial framework.");
		tamesidePool.setRiskShare(riskShare);
		return b.done();
	}

	/** Bradford District and Craven: 6 locality collaboratives, 13 community partnerships, measures that matter. */
	static PlacewiseModel bradford() {
		SampleBuilder b = new SampleBuilder("bradford-district-and-craven", "Bradford District and Craven",
				"Healthy communities priority of the 'Act as One' strategy. " + TOOLKIT);
		Footprint wy = b.footprint(null, "West Yorkshire", FootprintKind.INTEGRATED_CARE_SYSTEM, null, null);
		Footprint place = b.footprint(wy, "Bradford District and Craven", FootprintKind.PLACE, null, null);
		// The source gives the numbers of localities and community partnerships, not their names or
		// which partnerships sit in which locality: they are numbered and all placed under the place.
		for (int i = 1; i <= 6; i++) {
			b.footprint(place, "Locality collaborative " + i, FootprintKind.LOCALITY, null,
					"Name not given in the source. GPs, mental health, community nursing, social care, VCSE, dentists, "
							+ "optometrists and community pharmacy.");
		}
		for (int i = 1; i <= 13; i++) {
			b.footprint(place, "Community partnership " + i, FootprintKind.NEIGHBOURHOOD, null,
					"Name and locality not given in the source; similar to PCN footprints.");
		}
		Partnership partnership = b.partnership("Bradford District and Craven Health and Care Partnership",
				PartnershipModel.NOT_STATED, place, "Purpose: to invert the power to act.");
		Board board = b.board("Place-based partnership board", BoardKind.PARTNERSHIP_BOARD, null, place, null);
		partnership.setBoard(board);
		Organisation citizensForum = b.organisation("Citizens Forum", OrganisationKind.OTHER, place,
				"Led the Listen In programme to hear what matters to people.");
		partnership.getPartners().add(citizensForum);

		Vision vision = b.vision("Act as One", place, "Invert the power to act.");
		Outcome inequalities = b.outcome(vision, "Reduced health inequalities",
				"Health inequalities across the place are significantly reduced.");
		b.outcome(inequalities, OutcomeLevel.INTERMEDIATE, "Local priorities agreed with communities",
				"Neighbourhoods identify the outcomes that matter to them and agree local priorities.");
		WorkProgramme healthyCommunities = b.programme("Healthy communities", place,
				"Priority workstream for integrated community working; one of five priorities.");
		healthyCommunities.getOutcomesServed().add(inequalities);
		healthyCommunities.setGoverningBoard(board);
		b.measure("Measures that matter", MeasureKind.LIVED_EXPERIENCE, "Measures that matter", null,
				DesiredDirection.NONE, null, null, Frequency.NOT_STATED,
				"Common models of process and outcome metrics for each footprint, still being defined.")
				.getProgrammes().add(healthyCommunities);
		return b.done();
	}

	/** Mid and South Essex older adults programme with its 8 operational KPIs. */
	static PlacewiseModel midAndSouthEssex() {
		SampleBuilder b = new SampleBuilder("mid-and-south-essex-older-adults", "Mid and South Essex: older adults",
				"Transformation programme to improve outcomes for older adults, 15 partner organisations. " + TOOLKIT);
		Footprint ics = b.footprint(null, "Mid and South Essex", FootprintKind.INTEGRATED_CARE_SYSTEM, null, null);
		Organisation acute = b.organisation("Acute trust (Mid and South Essex)", OrganisationKind.ACUTE_TRUST, ics,
				"Joint sponsor; named only as 'the acute trust' in the source.");
		Organisation council = b.organisation("Local authority (Mid and South Essex)", OrganisationKind.LOCAL_AUTHORITY,
				ics,
				"Joint sponsor; named only as 'the local authority' in the source.");
		Board steering = b.board("Older adults programme steering group", BoardKind.STEERING_GROUP, null, ics,
				"Made up of leaders from all partner organisations.");
		Vision vision = b.vision("Older adults in Mid and South Essex", ics, null);
		Outcome independence = b.outcome(vision, "Living as independently as possible",
				"Older adults live as independently as possible, at home where they can.");
		Outcome admissions = b.outcome(independence, OutcomeLevel.INTERMEDIATE, "Admissions avoided",
				"More people avoid an unnecessary hospital admission through urgent community support.");
		Outcome discharge = b.outcome(independence, OutcomeLevel.INTERMEDIATE, "Home after a hospital stay",
				"More people go home, rather than to a bed, after a hospital stay.");
		Outcome reablement = b.outcome(independence, OutcomeLevel.INTERMEDIATE, "Effective reablement",
				"More people regain independence through reablement.");
		WorkProgramme programme = b.programme("Older adults transformation programme", ics,
				"Admission avoidance, improved discharge pathways, more effective intermediate care and reablement, "
						+ "and local collaboration for long-term support in the community.");
		programme.getSponsors().add(acute);
		programme.getSponsors().add(council);
		programme.setGoverningBoard(steering);
		programme.getOutcomesServed().addAll(java.util.List.of(independence, admissions, discharge, reablement));
		EvidenceOfOpportunity opportunity = OutcomesFactory.eINSTANCE.createEvidenceOfOpportunity();
		opportunity.setName("People whose outcomes could improve");
		opportunity.setDescription(
				"A clear evidence-based opportunity to improve outcomes for over 3,000 people every year.");
		opportunity.setUnit("people per year");
		opportunity.setPotentialLevel(money("3000"));
		programme.getOpportunities().add(opportunity);

		// The 8 operational KPIs, all tracked weekly. Baselines and targets only where the source's table has them.
		kpi(b, programme, admissions, "Frailty avoided admissions per week", "Admission avoidance",
				"admissions per week",
				DesiredDirection.HIGHER_IS_BETTER, null, null);
		kpi(b, programme, admissions, "UCRT avoided admissions per week", "Admission avoidance", "admissions per week",
				DesiredDirection.HIGHER_IS_BETTER, null, null);
		kpi(b, programme, discharge, "Average number of delay days per community hospital inpatient",
				"Community pathways",
				"days", DesiredDirection.LOWER_IS_BETTER, "10.0", "8.4");
		kpi(b, programme, discharge, "Proportion of acute discharges to onward bedded care", "Discharge outcomes", "%",
				DesiredDirection.LOWER_IS_BETTER, null, null);
		kpi(b, programme, discharge, "Proportion of long-term placements after interim beds", "Discharge outcomes", "%",
				DesiredDirection.LOWER_IS_BETTER, null, null);
		kpi(b, programme, reablement, "Number of reablement finishers each week", "Reablement", "finishers per week",
				DesiredDirection.HIGHER_IS_BETTER, null, null);
		Measure hours = kpi(b, programme, reablement, "Average ongoing care hours reduced through reablement",
				"Reablement",
				null, DesiredDirection.HIGHER_IS_BETTER, "113.2", "137.1");
		hours.setDescription(
				"The source's table gives one baseline and target (113.2 to 137.1) for the reablement row, with no "
						+ "unit; recorded here against the care hours measure.");
		Measure cost = kpi(b, programme, independence,
				"Average weekly cost of care package following long-term decision",
				"Supporting independence", "£ per week", DesiredDirection.LOWER_IS_BETTER, "74", "60");
		cost.setKind(MeasureKind.OPERATIONAL);
		b.measure("Staff behaviours and ways of working", MeasureKind.STAFF_BEHAVIOUR, "Staff behaviours",
				"bronze/silver/gold",
				DesiredDirection.NONE, null, null, Frequency.MONTHLY,
				"Colour-coded tracking of new behaviours, monthly staff feedback.")
				.getProgrammes().add(programme);
		b.measure("Lived experience: living as independently as possible", MeasureKind.LIVED_EXPERIENCE,
				"Lived experience",
				null, DesiredDirection.HIGHER_IS_BETTER, null, null, Frequency.MONTHLY,
				"Monthly capture of lived experience; 30% of participants reported being more independent than they used to be.")
				.getProgrammes().add(programme);
		String achieved = "Integration at place toolkit (2022), Mid and South Essex case study: what the programme "
				+ "achieved.";
		result(programme, "More people avoiding admission through urgent community teams", "4650",
				"people a year", achieved);
		result(programme, "Reduction in hospital discharges to bedded settings", "20", "%", achieved);
		result(programme, "Increase in effective reablement services", "21", "%", achieved);
		result(programme, "People going home from an intermediate care bed (was 25%)", "43", "%", achieved);
		result(programme, "People a year better supported in the community to an independent long-term outcome",
				"3000", "people a year", achieved);
		return b.done();
	}

	/** Records a result the source reports for a programme. */
	private static void result(WorkProgramme programme, String name, String value, String unit, String source) {
		ReportedResult result = OutcomesFactory.eINSTANCE.createReportedResult();
		result.setName(name);
		result.setValue(money(value));
		result.setUnit(unit);
		result.setSource(source);
		programme.getResults().add(result);
	}

	private static Measure kpi(SampleBuilder b, WorkProgramme programme, Outcome outcome, String name, String theme,
			String unit, DesiredDirection direction, String baseline, String target) {
		Measure m = b.measure(name, MeasureKind.OPERATIONAL, theme, unit, direction,
				baseline == null ? null : money(baseline), target == null ? null : money(target), Frequency.WEEKLY,
				null);
		m.getProgrammes().add(programme);
		m.getEvidencedOutcomes().add(outcome);
		return m;
	}

	/** Birmingham intermediate care: evidence of opportunity and an investment whose benefit lands in the council. */
	static PlacewiseModel birmingham() {
		SampleBuilder b = new SampleBuilder("birmingham-intermediate-care",
				"Birmingham: intermediate care for older people",
				"Sources: Integration at place toolkit (2022) case study; HFMA roundtable (Newton).");
		Footprint ics = b.footprint(null, "Birmingham and Solihull", FootprintKind.INTEGRATED_CARE_SYSTEM, null, null);
		Footprint city = b.footprint(ics, "Birmingham", FootprintKind.PLACE, null, null);
		Organisation communityTrust = b.organisation("Community trust (Birmingham)", OrganisationKind.COMMUNITY_TRUST,
				city,
				"Named only as 'the community trust' in the source.");
		Organisation council = b.organisation("Birmingham City Council", OrganisationKind.LOCAL_AUTHORITY, city,
				"'The local authority' in the source.");
		Vision vision = b.vision("Intermediate care for older people", city,
				"A single vision for intermediate care driven by clear outcomes, not services or structure.");
		Outcome fewerAdmissions = b.outcome(vision, "Fewer inappropriate admissions",
				"Fewer people are admitted to acute hospitals when they could be cared for elsewhere.");
		Outcome fewerDelays = b.outcome(vision, "Fewer delays leaving hospital",
				"People leave hospital as soon as they no longer need to be there.");
		Outcome rightSetting = b.outcome(vision, "Discharge to the right setting",
				"Fewer people are discharged from hospital to a setting that is not right for them.");
		Outcome independence = b.outcome(vision, "Greater independence",
				"More people receiving bed or home-based support reach a greater level of independence.");
		WorkProgramme programme = b.programme("Intermediate care transformation", city,
				"Included integrated assessment hubs out of hospital, tried in one part of the city (some people had "
						+ "13 different assessments on one pathway).");
		programme.getOutcomesServed()
				.addAll(java.util.List.of(fewerAdmissions, fewerDelays, rightSetting, independence));
		String source = "Diagnostic across five organisations, over 1 million lines of data, MDT review of 80 cases, "
				+ "500+ people in beds";
		opportunity(programme, "Admitted but could have been cared for elsewhere", "23", source);
		opportunity(programme, "Delayed leaving hospital", "51", source);
		opportunity(programme, "Did not achieve the best next step on discharge", "19", source);
		opportunity(programme, "In a short-term bed, could have been more independent", "36", source);
		opportunity(programme, "Could have been more independent without leaving home", "37", source);
		Barrier barrier = OutcomesFactory.eINSTANCE.createBarrier();
		barrier.setName("Many separate assessments along one pathway");
		barrier.setKind(BarrierKind.GOVERNANCE_AND_STRUCTURES);
		barrier.setMitigation("Integrated assessment hubs out of hospital.");
		programme.getBarriers().add(barrier);
		var flow = b.flow("Community services investment", communityTrust, council, money("2000000"), money("10000000"),
				"£2m funding in the community trust to save £10m in the local authority; agreed because the benefit "
						+ "had been proved and iterated with partners. No agreement document is named in the source.");
		flow.setProgramme(programme);
		String first18Months = "Integration at place toolkit (2022), Birmingham case study: results in the first "
				+ "eighteen months.";
		result(programme, "Fewer older people admitted to hospital", "3650", "people a year", first18Months);
		result(programme, "People who went into hospital going straight home", "26", "%", first18Months);
		result(programme, "Average days for people ready to leave hospital (was 12)", "3", "days", first18Months);
		result(programme, "Reduction in ongoing care each week per person", "6", "hours", first18Months);
		return b.done();
	}

	private static void opportunity(WorkProgramme programme, String name, String percent, String source) {
		EvidenceOfOpportunity e = OutcomesFactory.eINSTANCE.createEvidenceOfOpportunity();
		e.setName(name);
		e.setCohortPercentage(money(percent));
		e.setUnit("% of the reviewed cohort");
		e.setEvidenceSource(source);
		programme.getOpportunities().add(e);
	}

	/** Northamptonshire discharge to assess with its live dashboard and bed days saved. */
	static PlacewiseModel northamptonshire() {
		SampleBuilder b = new SampleBuilder("northamptonshire-discharge-to-assess",
				"Northamptonshire: discharge to assess",
				"Programme for the over-65 population, acute and community settings. " + TOOLKIT);
		Footprint ics = b.footprint(null, "Northamptonshire", FootprintKind.INTEGRATED_CARE_SYSTEM, null, null);
		Partnership partnership = b.partnership("Northamptonshire Health and Care Partnership",
				PartnershipModel.NOT_STATED,
				ics, null);
		Organisation acute = b.organisation("Acute provider (Northamptonshire)", OrganisationKind.ACUTE_TRUST, ics,
				"Its head of discharge and chief operating officer championed the work; not named in the source.");
		partnership.getPartners().add(acute);
		Vision vision = b.vision("Independence for older people", ics,
				"Increase the independence of older people: the right care, in the right setting, for the right time.");
		Outcome home = b.outcome(vision, "Timely discharge home",
				"Older people leave hospital without delay once they are medically optimised.");
		WorkProgramme d2a = b.programme("Discharge to assess", ics,
				"Redesigned discharge process with a daily call, data aggregation and a live dashboard of delays and outcomes.");
		d2a.getOutcomesServed().add(home);
		Workstream dashboard = OutcomesFactory.eINSTANCE.createWorkstream();
		dashboard.setName("Live dashboard of delays and outcomes");
		d2a.getWorkstreams().add(dashboard);
		Barrier data = OutcomesFactory.eINSTANCE.createBarrier();
		data.setName("No clear view of pathways out of hospital or reasons for delay");
		data.setKind(BarrierKind.JOINED_UP_DATA);
		data.setMitigation("Data brought into one place; live dashboard filterable by ward and division.");
		d2a.getBarriers().add(data);
		Measure bedDays = b.measure("Bed days saved", MeasureKind.OPERATIONAL, "Discharge", "bed days",
				DesiredDirection.HIGHER_IS_BETTER, null, null, Frequency.NOT_STATED,
				"About 40,000 bed days saved to date (equivalent to 110 beds); leaders estimate 68,000 to 85,000 in total.");
		bedDays.getProgrammes().add(d2a);
		bedDays.getEvidencedOutcomes().add(home);
		ReportedResult saved = OutcomesFactory.eINSTANCE.createReportedResult();
		saved.setName("Bed days saved across the system to date (equivalent to 110 beds)");
		saved.setValue(money("40000"));
		saved.setUnit("bed days");
		saved.setPeriod("To date, approximate; the source gives no date");
		saved.setSource(TOOLKIT);
		d2a.getResults().add(saved);
		b.measure("Post-medically optimised delay for complex discharge patients", MeasureKind.OPERATIONAL, "Discharge",
				"days", DesiredDirection.LOWER_IS_BETTER, null, null, Frequency.DAILY,
				"Reduced by four days; baseline not given in the source.").getProgrammes().add(d2a);
		return b.done();
	}

	/**
	 * An illustrative, fictional scheme of delegation ("Exampleshire") showing a delegation chain with financial
	 * limits, reserved matters and escalation: the sources describe none with figures.
	 */
	static PlacewiseModel exampleshire() {
		SampleBuilder b = new SampleBuilder("exampleshire-scheme-of-delegation", "Exampleshire scheme of delegation",
				"Illustrative and fictional: shows a delegation chain with limits, reserved matters and escalation.");
		Footprint ics = b.footprint(null, "Exampleshire", FootprintKind.INTEGRATED_CARE_SYSTEM, 1_000_000L,
				"Fictional.");
		Footprint place = b.footprint(ics, "Exampletown", FootprintKind.PLACE, 300_000L, "Fictional.");
		b.footprint(place, "Exampletown North", FootprintKind.NEIGHBOURHOOD, 40_000L, "Fictional.");
		b.footprint(place, "Exampletown South", FootprintKind.NEIGHBOURHOOD, 45_000L, "Fictional.");
		Organisation icb = b.organisation("Exampleshire Integrated Care Board", OrganisationKind.INTEGRATED_CARE_BOARD,
				ics, null);
		Organisation council = b.organisation("Exampletown Council", OrganisationKind.LOCAL_AUTHORITY, place, null);
		Organisation trust = b.organisation("Exampletown Community Health NHS Trust", OrganisationKind.COMMUNITY_TRUST,
				place, null);
		Person chair = b.person("Alex Example", "Place Lead", icb, "Fictional.");
		Role placeLead = b.role("Exampletown place lead", RoleKind.PLACE_LEAD, icb, chair, null);
		b.role("Section 151 officer, Exampletown Council", RoleKind.SECTION_151_OFFICER, council, null, null);
		Board icbBoard = b.board("ICB Board", BoardKind.BOARD, icb, ics, null);
		Board committee = b.board("Exampletown Place Committee", BoardKind.COMMITTEE, icb, place, null);
		committee.setReportsTo(icbBoard);
		committee.setChair(chair);
		committee.setQuorum(3);
		committee.setMeetingFrequency(Frequency.MONTHLY);
		TermsOfReference tor = GovernanceFactory.eINSTANCE.createTermsOfReference();
		tor.setName("Terms of reference of the Exampletown Place Committee");
		tor.setPurpose("Takes the place-level decisions delegated by the ICB Board.");
		tor.setApprovedDate(SampleBuilder.date("2024-04-01"));
		tor.setReviewDate(SampleBuilder.date("2025-04-01"));
		committee.setTermsOfReference(tor);
		b.member(committee, chair, null, icb, true);
		b.member(committee, null, null, council, true);
		b.member(committee, null, null, trust, true);
		b.member(committee, null, null, null, false).setRole(placeLead);
		Partnership partnership = b.partnership("Exampletown Partnership", PartnershipModel.COMMITTEE_OF_THE_ICB, place,
				"Fictional.", icb, council, trust);
		partnership.setBoard(committee);
		var procedure = GovernanceFactory.eINSTANCE.createDisputeResolutionProcedure();
		procedure.setName("Escalate to chief executives, then independent mediation");
		procedure.setAgreedDate(SampleBuilder.date("2024-03-15"));
		partnership.setDisputeResolution(procedure);

		DecisionArea communityServices = decisionArea(b, "Community services commissioning", null);
		DecisionArea dischargeFund = decisionArea(b, "Discharge fund allocation", null);
		DecisionArea intermediateCare = decisionArea(b, "Intermediate care pool operations", null);
		DecisionArea decommissioning = decisionArea(b, "Decommissioning a service", icbBoard);
		Delegation toCommittee = b.delegation("Community services budget", icbBoard, committee,
				"Community services budget lines for Exampletown", money("5000000"));
		toCommittee.setLimitKind(LimitKind.BUDGET);
		toCommittee.getDecisionAreas().addAll(java.util.List.of(communityServices, dischargeFund, intermediateCare));
		toCommittee.setLegalBasis(LegalBasis.ICB_CONSTITUTION);
		toCommittee.setOnwardDelegationAllowed(true);
		toCommittee.setStartDate(SampleBuilder.date("2024-04-01"));
		toCommittee.setReviewDate(SampleBuilder.date("2025-03-31"));
		ReservedMatter reserved = GovernanceFactory.eINSTANCE.createReservedMatter();
		reserved.setName("Decommissioning a service");
		reserved.getDecisionAreas().add(decommissioning);
		toCommittee.getReservedMatters().add(reserved);
		EscalationRule escalation = GovernanceFactory.eINSTANCE.createEscalationRule();
		escalation.setThresholdAmount(money("1000000"));
		escalation.setCircumstances("Any decision rated high risk on the ICB risk matrix.");
		escalation.setEscalateTo(icbBoard);
		toCommittee.setEscalationRule(escalation);
		Delegation toPlaceLead = b.delegation("Discharge fund", committee, placeLead,
				"Discharge fund allocations", money("2000000"));
		toPlaceLead.setSourceDelegation(toCommittee);
		toPlaceLead.setLimitKind(LimitKind.BUDGET);
		toPlaceLead.getDecisionAreas().add(dischargeFund);
		toPlaceLead.setLegalBasis(LegalBasis.ICB_CONSTITUTION);
		toPlaceLead.setStartDate(SampleBuilder.date("2024-04-01"));
		toPlaceLead.setReviewDate(SampleBuilder.date("2025-03-31"));
		Delegation s75 = b.delegation("Intermediate care pool decisions", committee, trust,
				"Operational decisions on the intermediate care pool", money("7500000"));
		s75.setSourceDelegation(toCommittee);
		s75.setLimitKind(LimitKind.BUDGET);
		s75.getDecisionAreas().add(intermediateCare);
		// An ICB arranges for an NHS trust to exercise its functions under section 65Z5 of the NHS Act 2006; the
		// section 75 agreement below is between the ICB and the council, and the trust is not party to it.
		s75.setLegalBasis(LegalBasis.NHS_ACT_SECTION_65Z5);
		var agreement = FinanceFactory.eINSTANCE.createAgreement();
		agreement.setName("Exampletown section 75 agreement");
		agreement.setKind(AgreementKind.SECTION_75);
		agreement.getParties().addAll(java.util.List.of(icb, council));
		b.model.getAgreements().add(agreement);
		PooledBudget pool = b.pooledBudget("Exampletown intermediate care pool", place, money("12000000"),
				"Fictional.");
		pool.setAgreement(agreement);
		pool.setHost(council);
		Contribution fromIcb = FinanceFactory.eINSTANCE.createContribution();
		fromIcb.setContributor(icb);
		fromIcb.setAmount(money("8000000"));
		Contribution fromCouncil = FinanceFactory.eINSTANCE.createContribution();
		fromCouncil.setContributor(council);
		fromCouncil.setAmount(money("4000000"));
		pool.getContributions().addAll(java.util.List.of(fromIcb, fromCouncil));
		Measure delays = b.measure("Average delay days", MeasureKind.OPERATIONAL, "Discharge", "days",
				DesiredDirection.LOWER_IS_BETTER, money("10.0"), money("8.4"), Frequency.WEEKLY, "Fictional series.");
		String[][] series = { { "2024-05-06", "10.2" }, { "2024-05-13", "9.8" }, { "2024-05-20", "9.9" },
				{ "2024-05-27", "9.4" } };
		for (String[] point : series) {
			var o = org.placewise.model.measures.MeasuresFactory.eINSTANCE.createObservation();
			o.setObservedOn(SampleBuilder.date(point[0]));
			o.setObservedValue(money(point[1]));
			delays.getObservations().add(o);
		}
		exampleshireOutcomeTree(b, place, delays, chair, committee);
		return b.done();
	}

	/** Week-to-week wobble of the illustrative series: common-cause variation, no runs or trends of its own. */
	private static final double[] WOBBLE = { 0.6, -0.9, 0.3, 1.1, -0.4, -1.2, 0.8, -0.2, 0.5, -0.7, 1.0, -0.5, 0.2,
			-1.0, 0.7, -0.3, 0.9, -0.8, 0.1, -0.6 };

	/** Monday 2 Sep 2024: the first week of the illustrative weekly series (40 weeks, to 2 Jun 2025). */
	private static final java.time.LocalDate FIRST_WEEK = SampleBuilder.date("2024-09-02");

	/**
	 * The illustrative outcome tree of Exampleshire, with long weekly series chosen so that every status of the outcome
	 * roll-up shows: an improving measure, a deteriorating one that consistently fails its target, one with a process
	 * change (a new reablement model), one shared by two outcomes that consistently passes its target, and the
	 * four-week delay series, which has too few points. Fictional figures.
	 */
	private static void exampleshireOutcomeTree(SampleBuilder b, Footprint place, Measure delays, Person lead,
			Board board) {
		Vision vision = b.vision("Living well at home in Exampletown (illustrative)", place,
				"Illustrative and fictional: people in Exampletown live well and independently at home.");
		Outcome atHome = b.outcome(vision, "Living well and independently at home",
				"More people in Exampletown live well and independently in their own homes");
		Outcome leaving = b.outcome(atHome, OutcomeLevel.INTERMEDIATE, "Leaving hospital when ready",
				"More people leave hospital as soon as they are ready to");
		Outcome homeByDay3 = b.outcome(leaving, OutcomeLevel.INTERMEDIATE, "Home by day 3",
				"More people go home within 3 days of being ready to leave hospital");
		Outcome shorterDelays = b.outcome(leaving, OutcomeLevel.INTERMEDIATE, "Shorter delays",
				"People ready to leave hospital wait fewer days");
		Outcome fewerFalls = b.outcome(atHome, OutcomeLevel.INTERMEDIATE, "Fewer falls admissions",
				"Fewer older people are admitted to hospital after a fall");
		Outcome independence = b.outcome(atHome, OutcomeLevel.INTERMEDIATE, "Independence after reablement",
				"More people are living at home 91 days after reablement");
		Outcome carers = b.outcome(atHome, OutcomeLevel.INTERMEDIATE, "Carers supported",
				"More carers feel supported to keep caring");

		Measure home3 = illustrativeMeasure(b, "People home by day 3", "%", DesiredDirection.HIGHER_IS_BETTER, "42",
				"46", i -> i < 30 ? 42 + 1.5 * WOBBLE[i % 20] : 46 + 0.6 * (i - 30) + WOBBLE[i % 20]);
		Measure falls = illustrativeMeasure(b, "Emergency admissions after a fall", "admissions a week",
				DesiredDirection.LOWER_IS_BETTER, "24", "15",
				i -> Math.round(i < 32 ? 24 + 1.5 * WOBBLE[i % 20] : 29 + 1.5 * WOBBLE[i % 20]));
		Measure reablement = illustrativeMeasure(b, "At home 91 days after reablement", "%",
				DesiredDirection.HIGHER_IS_BETTER, "70", "80",
				i -> (i < 20 ? 70 : 78) + 1.5 * WOBBLE[(i + 7) % 20]);
		var change = org.placewise.model.measures.MeasuresFactory.eINSTANCE.createProcessChange();
		change.setChangedOn(FIRST_WEEK.plusWeeks(20));
		change.setNote("New reablement model: therapy-led, seven days a week (illustrative).");
		reablement.getProcessChanges().add(change);
		Measure carersSupported = illustrativeMeasure(b, "Carers who feel supported", "%",
				DesiredDirection.HIGHER_IS_BETTER, "66", "68", i -> 74 + 1.5 * WOBBLE[(i + 3) % 20]);

		homeByDay3.getEvidencedBy().add(home3);
		shorterDelays.getEvidencedBy().add(delays);
		fewerFalls.getEvidencedBy().add(falls);
		independence.getEvidencedBy().addAll(java.util.List.of(reablement, carersSupported));
		carers.getEvidencedBy().add(carersSupported);

		WorkProgramme homeFirst = b.programme("Home First (illustrative)", place,
				"Fictional: discharge to assess and a single discharge team.");
		homeFirst.setStartDate(SampleBuilder.date("2024-10-01"));
		homeFirst.getOutcomesServed().addAll(java.util.List.of(homeByDay3, shorterDelays));
		homeFirst.getMeasures().addAll(java.util.List.of(home3, delays));
		WorkProgramme reablementRedesign = b.programme("Reablement redesign (illustrative)", place,
				"Fictional: the new reablement model.");
		reablementRedesign.setStartDate(FIRST_WEEK.plusWeeks(20));
		reablementRedesign.getOutcomesServed().add(independence);
		reablementRedesign.getMeasures().add(reablement);
		WorkProgramme carersSupport = b.programme("Carers' support (illustrative)", place,
				"Fictional: carers' breaks and a carers' hub.");
		carersSupport.setStartDate(FIRST_WEEK.plusWeeks(8));
		carersSupport.getOutcomesServed().add(carers);
		carersSupport.getMeasures().add(carersSupported);
		for (WorkProgramme programme : java.util.List.of(homeFirst, reablementRedesign, carersSupport)) {
			programme.setExecutiveLead(lead);
			programme.setSeniorResponsibleOwner(lead);
			programme.setGoverningBoard(board);
		}
		homeFirst.setBudget(money("1200000"));
		reablementRedesign.setBudget(money("800000"));
		carersSupport.setBudget(money("250000"));
		for (Measure measure : java.util.List.of(home3, falls, reablement, carersSupported)) {
			measure.setOwner(lead);
		}
	}

	private static Measure illustrativeMeasure(SampleBuilder b, String name, String unit,
			DesiredDirection direction, String baseline, String target, java.util.function.IntToDoubleFunction week) {
		Measure measure = b.measure(name, MeasureKind.OUTCOME, "Living well at home", unit, direction, money(baseline),
				money(target), Frequency.WEEKLY, "Illustrative, fictional weekly series.");
		measure.setBaselineDate(FIRST_WEEK.minusWeeks(1));
		measure.setTargetDate(SampleBuilder.date("2026-03-31"));
		measure.setDataSource("Fictional series (illustrative sample)");
		for (int i = 0; i < 40; i++) {
			var o = org.placewise.model.measures.MeasuresFactory.eINSTANCE.createObservation();
			o.setObservedOn(FIRST_WEEK.plusWeeks(i));
			o.setObservedValue(java.math.BigDecimal.valueOf(Math.round(week.applyAsDouble(i) * 10) / 10.0));
			measure.getObservations().add(o);
		}
		return measure;
	}

	private static DecisionArea decisionArea(SampleBuilder b, String name, Board retainedBy) {
		DecisionArea area = GovernanceFactory.eINSTANCE.createDecisionArea();
		area.setName(name);
		area.setRetainedBy(retainedBy);
		b.model.getDecisionAreas().add(area);
		return area;
	}

	/**
	 * Writes every sample to {@code samples/} under the given repository root.
	 *
	 * @param args the repository root (defaults to the current directory)
	 * @throws IOException when a file cannot be written
	 */
	public static void main(String[] args) throws IOException {
		Path folder = Path.of(args.length > 0 ? args[0] : ".").resolve("samples");
		Files.createDirectories(folder);
		ResourceSet resourceSet = PlacewiseResourceFactory.register(new ResourceSetImpl());
		for (Map.Entry<String, Supplier<PlacewiseModel>> sample : all().entrySet()) {
			Path file = folder.resolve(sample.getKey() + "." + PlacewiseResourceFactory.FILE_EXTENSION);
			Resource resource = resourceSet.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
			resource.getContents().add(sample.getValue().get());
			resource.save(null);
			System.out.println("Wrote " + file);
		}
	}
}
