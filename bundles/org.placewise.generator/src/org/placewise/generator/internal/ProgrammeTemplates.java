package org.placewise.generator.internal;

import java.util.List;

import org.placewise.model.measures.DesiredDirection;
import org.placewise.model.measures.MeasureKind;
import org.placewise.model.outcomes.BarrierKind;

/**
 * The work programmes, outcomes and measures that place-based partnerships commonly run, as published in the
 * Integration at place toolkit and the sample models: the generator draws from these so a synthetic model reads like a
 * real one.
 */
public final class ProgrammeTemplates {

	private ProgrammeTemplates() {
	}

	/**
	 * A measure that matters.
	 *
	 * @param name      what is measured
	 * @param kind      operational, lived experience, staff behaviour or financial
	 * @param unit      the unit of the values
	 * @param direction which way is better
	 * @param baseline  a typical baseline, in tenths of the unit (so 100 means 10.0)
	 * @param change    how far a target moves from the baseline, in per cent of it
	 */
	public record MeasureTemplate(String name, MeasureKind kind, String unit, DesiredDirection direction, int baseline,
			int change) {
	}

	/**
	 * A work programme with the outcome it serves and its measures of success.
	 *
	 * @param name             the programme's name
	 * @param strategicOutcome the strategic outcome it contributes to
	 * @param outcome          the intermediate outcome it serves, about people
	 * @param milestone        a milestone on the way
	 * @param workstreams      its workstreams
	 * @param barrier          its main barrier
	 * @param barrierKind      the kind of that barrier
	 * @param risk             its main risk
	 * @param measures         its measures, the first ones most used
	 */
	public record ProgrammeTemplate(String name, String strategicOutcome, String outcome, String milestone,
			List<String> workstreams, String barrier, BarrierKind barrierKind, String risk,
			List<MeasureTemplate> measures) {
	}

	private static final MeasureTemplate DELAY_DAYS = new MeasureTemplate("Average delay days", MeasureKind.OPERATIONAL,
			"days", DesiredDirection.LOWER_IS_BETTER, 100, 16);
	private static final MeasureTemplate REABLEMENT_HOURS = new MeasureTemplate(
			"Reablement hours per 10,000 population", MeasureKind.OPERATIONAL, "hours",
			DesiredDirection.HIGHER_IS_BETTER,
			1132, 21);
	private static final MeasureTemplate PACKAGE_COST = new MeasureTemplate("Average weekly care package cost",
			MeasureKind.FINANCIAL, "£", DesiredDirection.LOWER_IS_BETTER, 740, 19);
	private static final MeasureTemplate HOME_91_DAYS = new MeasureTemplate(
			"People still at home 91 days after discharge", MeasureKind.OPERATIONAL, "%",
			DesiredDirection.HIGHER_IS_BETTER, 812, 6);
	private static final MeasureTemplate EMERGENCY_ADMISSIONS = new MeasureTemplate(
			"Emergency admissions per 1,000 people aged 65 and over", MeasureKind.OPERATIONAL, "admissions",
			DesiredDirection.LOWER_IS_BETTER, 2480, 8);
	private static final MeasureTemplate UCR_TWO_HOURS = new MeasureTemplate(
			"Urgent community response within two hours", MeasureKind.OPERATIONAL, "%",
			DesiredDirection.HIGHER_IS_BETTER, 700, 15);
	private static final MeasureTemplate IN_CONTROL = new MeasureTemplate("People who feel in control of their care",
			MeasureKind.LIVED_EXPERIENCE, "%", DesiredDirection.HIGHER_IS_BETTER, 640, 12);
	private static final MeasureTemplate STAFF_ACROSS = new MeasureTemplate(
			"Staff who feel able to work across organisations", MeasureKind.STAFF_BEHAVIOUR, "%",
			DesiredDirection.HIGHER_IS_BETTER, 520, 20);
	private static final MeasureTemplate CARE_HOME_ATTENDANCES = new MeasureTemplate(
			"A&E attendances from care homes", MeasureKind.OPERATIONAL, "attendances", DesiredDirection.LOWER_IS_BETTER,
			380, 15);
	private static final MeasureTemplate CRISIS_WAIT = new MeasureTemplate(
			"Mental health crisis response within 24 hours",
			MeasureKind.OPERATIONAL, "%", DesiredDirection.HIGHER_IS_BETTER, 610, 20);
	private static final MeasureTemplate BED_DAYS_SAVED = new MeasureTemplate("Bed days saved", MeasureKind.FINANCIAL,
			"bed days", DesiredDirection.HIGHER_IS_BETTER, 4000, 50);
	private static final MeasureTemplate HEALTH_CHECKS = new MeasureTemplate("NHS Health Checks completed",
			MeasureKind.OPERATIONAL, "%", DesiredDirection.HIGHER_IS_BETTER, 420, 25);

	/** Programmes a place typically runs, in the order a model lists them. */
	public static final List<ProgrammeTemplate> PROGRAMMES = List.of(
			new ProgrammeTemplate("Discharge to assess", "People live well at home for longer",
					"More people return home after a hospital stay",
					"Single discharge hub open seven days a week", List.of("Discharge hub", "Pathway 1 reablement"),
					"Not enough reablement staff at weekends", BarrierKind.WORKFORCE,
					"Care market capacity falls short of demand",
					List.of(DELAY_DAYS, HOME_91_DAYS, REABLEMENT_HOURS)),
			new ProgrammeTemplate("Frailty", "People live well at home for longer",
					"Fewer older people are admitted to hospital in an emergency",
					"Frailty registers in every primary care network", List.of("Frailty registers", "Virtual wards"),
					"Practices and community teams record frailty differently", BarrierKind.JOINED_UP_DATA,
					"Virtual ward capacity is not used", List.of(EMERGENCY_ADMISSIONS, IN_CONTROL, BED_DAYS_SAVED)),
			new ProgrammeTemplate("Urgent community response", "People get urgent care close to home",
					"More people in crisis are cared for at home within two hours",
					"Two-hour response available across the whole place",
					List.of("Rapid response", "Single point of access"),
					"Ambulance and community services work to separate targets",
					BarrierKind.COMPETING_DEMANDS_AND_INCENTIVES, "Calls are not routed to the response team",
					List.of(UCR_TWO_HOURS, CARE_HOME_ATTENDANCES)),
			new ProgrammeTemplate("Intermediate care", "People live well at home for longer",
					"More people regain independence after illness or injury",
					"Community beds commissioned as one pool", List.of("Step-up beds", "Home-based rehabilitation"),
					"Budgets for community beds are held by three organisations", BarrierKind.GOVERNANCE_AND_STRUCTURES,
					"Length of stay in community beds rises", List.of(PACKAGE_COST, REABLEMENT_HOURS, HOME_91_DAYS)),
			new ProgrammeTemplate("Enhanced health in care homes", "People get urgent care close to home",
					"Fewer care home residents go to hospital in an emergency",
					"Every care home aligned to one primary care network",
					List.of("Care home ward rounds", "Falls response"),
					"Care homes and practices have worked apart for years", BarrierKind.HISTORICAL_BEHAVIOURS,
					"Care home staff turnover undoes training", List.of(CARE_HOME_ATTENDANCES, EMERGENCY_ADMISSIONS)),
			new ProgrammeTemplate("Mental health crisis alternatives", "People get urgent care close to home",
					"More people in mental health crisis get help without going to A&E",
					"Crisis café open in every locality", List.of("Crisis cafés", "Crisis line"),
					"Too few approved mental health professionals", BarrierKind.WORKFORCE,
					"Voluntary sector funding ends before evaluation", List.of(CRISIS_WAIT, IN_CONTROL)),
			new ProgrammeTemplate("Population health and prevention", "People start well and stay well",
					"More people have cardiovascular risk found and treated early",
					"Health checks offered in every neighbourhood",
					List.of("Health checks", "Community health workers"),
					"Prevention money is the first to be cut", BarrierKind.COMPETING_DEMANDS_AND_INCENTIVES,
					"Uptake stays lowest where need is highest", List.of(HEALTH_CHECKS, STAFF_ACROSS)),
			new ProgrammeTemplate("Integrated neighbourhood teams", "People start well and stay well",
					"More people with long-term conditions are supported by one team",
					"Neighbourhood teams in every primary care network",
					List.of("Team formation", "Shared care records"),
					"Teams cannot see each other's records", BarrierKind.JOINED_UP_DATA,
					"Team members are pulled back into their organisations", List.of(STAFF_ACROSS, IN_CONTROL)));
}
