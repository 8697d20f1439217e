package org.placewise.generator.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.placewise.generator.internal.ProgrammeTemplates.ProgrammeTemplate;
import org.placewise.model.core.Frequency;
import org.placewise.model.finance.AgreementKind;
import org.placewise.model.finance.InvestmentBenefitFlow;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.footprint.FootprintKind;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.BoardKind;
import org.placewise.model.governance.DecisionArea;
import org.placewise.model.governance.DecisionMaker;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.LegalBasis;
import org.placewise.model.governance.LimitKind;
import org.placewise.model.governance.Membership;
import org.placewise.model.governance.Partnership;
import org.placewise.model.governance.PartnershipModel;
import org.placewise.model.organisation.Organisation;
import org.placewise.model.organisation.OrganisationKind;
import org.placewise.model.organisation.Person;
import org.placewise.model.organisation.Role;
import org.placewise.model.organisation.RoleKind;
import org.placewise.model.outcomes.Vision;
import org.placewise.model.outcomes.WorkProgramme;

/**
 * One integrated care system at a time, top down: its board and committees, its integrated care partnership and
 * strategy, then each place (partnership, committee, delegations, pooled budget, vision and programmes), its localities
 * and their neighbourhoods with primary care networks and GP practices. The order of the calls is the order of the
 * random draws, so it must not change for a given seed to keep giving the same model.
 */
final class IntegratedCareSystems extends GeneratorPart {

	/** What one integrated care system offers its places. */
	private record IntegratedCareSystem(Footprint footprint, Organisation icb, Board icbBoard, Organisation community,
			Organisation mentalHealth, List<Organisation> acutes, Organisation hospice, DecisionArea annualPlan) {
	}

	private int placeCodes;
	private int practiceCodes;
	private final Organisations organisations;
	private final Governance governance;
	private final Finance finance;
	private final Programmes programmes;

	IntegratedCareSystems(Generation generation, Organisations organisations, Governance governance, Finance finance,
			Programmes programmes) {
		super(generation);
		this.organisations = organisations;
		this.governance = governance;
		this.finance = finance;
		this.programmes = programmes;
	}

	void integratedCareSystem(int index) {
		String county = names.countyName();
		Footprint ics = organisations.footprint(null, county, FootprintKind.INTEGRATED_CARE_SYSTEM,
				"Q" + (char) ('A' + index / 26) + (char) ('A' + index % 26), 500_000 + random.nextInt(1_800) * 1_000L);
		Organisation icb = organisations.organisation(county + " Integrated Care Board",
				OrganisationKind.INTEGRATED_CARE_BOARD, ics,
				"Q" + (char) ('A' + index / 26) + (char) ('A' + index % 26) + "1");
		Organisation community = organisations.organisation(county + " Community Health NHS Trust",
				OrganisationKind.COMMUNITY_TRUST,
				ics, "R" + code(2));
		Organisation mentalHealth = organisations.organisation(county + " Partnership NHS Foundation Trust",
				OrganisationKind.MENTAL_HEALTH_TRUST, ics, "R" + code(2));
		mentalHealth.setFoundationTrust(true);
		List<Organisation> acutes = new ArrayList<>();
		for (int a = 1 + random.nextInt(3); a > 0; a--) {
			Organisation acute = organisations.organisation(names.townName() + " Hospitals NHS "
					+ (random.nextBoolean() ? "Foundation Trust" : "Trust"), OrganisationKind.ACUTE_TRUST, ics,
					"R" + code(2));
			acute.setFoundationTrust(acute.getName().endsWith("Foundation Trust"));
			acutes.add(acute);
		}
		Organisation hospice = organisations.organisation(names.townName() + " Hospice", OrganisationKind.HOSPICE, ics,
				null);

		Person icbChair = organisations.person(icb, ics, "Chair");
		Board icbBoard = governance.board(county + " ICB Board", BoardKind.BOARD, ics, icbChair, Frequency.BIMONTHLY);
		icbBoard.setOrganisation(icb);
		model.getBoards().add(icbBoard);
		governance.member(icbBoard, icbChair, icb, true);
		governance.member(icbBoard, organisations.person(icb, ics, "Chief Executive"), icb, true);
		governance.member(icbBoard, organisations.person(icb, ics, "Chief Finance Officer"), icb, true);
		governance.member(icbBoard, organisations.person(icb, ics, "Medical Director"), icb, true);
		governance.member(icbBoard, organisations.person(icb, ics, "Chief Nursing Officer"), icb, true);
		for (Organisation partner : List.of(community, mentalHealth, acutes.get(0))) {
			governance.member(icbBoard, organisations.person(partner, ics, "Chief Executive"), partner, true);
		}
		Board quality = governance.board(county + " ICB Quality and Performance Committee", BoardKind.COMMITTEE, ics,
				organisations.person(icb, ics, "Non-executive Member"), Frequency.MONTHLY);
		quality.setOrganisation(icb);
		icbBoard.getSubGroups().add(quality);
		governance.member(quality, quality.getChair(), icb, true);
		governance.member(quality, organisations.person(icb, ics, "Chief Nursing Officer"), icb, true);
		governance.member(quality, organisations.person(icb, ics, "Medical Director"), icb, true);
		governance.member(quality, organisations.person(community, ics, "Director of Nursing"), community, false);
		governance.setQuorum(quality);
		// The ICB board keeps its annual plan and budget for itself; places are delegated the areas below it.
		DecisionArea annualPlan = governance.decisionArea(county + " ICB annual plan and budget", icbBoard);
		IntegratedCareSystem system = new IntegratedCareSystem(ics, icb, icbBoard, community, mentalHealth, acutes,
				hospice, annualPlan);

		Partnership icp = governance.partnership(county + " Integrated Care Partnership",
				PartnershipModel.JOINT_COMMITTEE, ics);
		icp.getPartners().add(icb);
		List<Organisation> councils = new ArrayList<>();
		int places = 4 + random.nextInt(3);
		long[] populations = split(ics.getPopulation(), places, 97);
		for (int p = 0; p < places; p++) {
			councils.add(place(system, populations[p]));
		}
		for (Organisation council : councils.subList(0, 2)) {
			governance.member(icbBoard, organisations.person(council, ics, "Partner Member for Local Authorities"),
					council, true);
		}
		governance.setQuorum(icbBoard);
		icp.getPartners().addAll(councils);
		icp.getPartners().addAll(List.of(community, mentalHealth));
		icp.getPartners().addAll(acutes);
		Board icpBoard = governance.board(county + " Integrated Care Partnership Committee", BoardKind.JOINT_COMMITTEE,
				ics,
				organisations.person(councils.get(0), ics, "Leader of the Council"), Frequency.QUARTERLY);
		model.getBoards().add(icpBoard);
		icp.setBoard(icpBoard);
		for (Organisation partner : icp.getPartners()) {
			governance.member(icpBoard, organisations.person(partner, ics, "Partnership Representative"), partner,
					true);
		}
		governance.setQuorum(icpBoard);

		Vision vision = programmes.vision(county + " Integrated Care Strategy", ics,
				"Everyone in " + county + " lives a longer, healthier and more independent life.");
		for (ProgrammeTemplate template : programmes.chooseProgrammes(3)) {
			programmes.programme(template, ics, county, vision, quality, icb, List.of(icb, community), 3);
		}
	}

	private Organisation place(IntegratedCareSystem system, long population) {
		String town = names.townName();
		Footprint place = organisations.footprint(system.footprint(), town, FootprintKind.PLACE,
				String.format("E%08d", 6_000_000 + ++placeCodes), population);
		Organisation council = organisations.organisation(
				town + (random.nextInt(3) == 0 ? " City Council" : " Council"),
				OrganisationKind.LOCAL_AUTHORITY, place, String.format("E%08d", 6_000_000 + placeCodes));
		Organisation healthwatch = organisations.organisation("Healthwatch " + town, OrganisationKind.HEALTHWATCH,
				place, null);
		List<Organisation> vcse = new ArrayList<>();
		List<String> vcseNames = new ArrayList<>(List.of(town + " Voluntary Action", "Age UK " + town,
				town + " Carers Centre", "Mind in " + town, town + " Community Foundation"));
		for (int v = 2 + random.nextInt(2); v > 0; v--) {
			vcse.add(organisations.organisation(vcseNames.remove(random.nextInt(vcseNames.size())),
					OrganisationKind.VCSE, place,
					null));
		}
		Organisation acute = names.pick(system.acutes());

		Person placeLead = organisations.person(system.icb(), place, "Place Director");
		Role placeLeadRole = organisations.role(town + " place lead", RoleKind.PLACE_LEAD, system.icb(), placeLead);
		Role s151 = organisations.role("Section 151 officer, " + council.getName(), RoleKind.SECTION_151_OFFICER,
				council,
				organisations.person(council, place, "Director of Finance"));
		organisations.role("Director of adult social services, " + council.getName(),
				RoleKind.DIRECTOR_OF_ADULT_SOCIAL_SERVICES, council, organisations.person(council, place,
						"Director of Adult Social Services"));

		PartnershipModel form = names.pick(List.of(PartnershipModel.COMMITTEE_OF_THE_ICB,
				PartnershipModel.COMMITTEE_OF_THE_ICB, PartnershipModel.JOINT_COMMITTEE,
				PartnershipModel.COMMITTEES_IN_COMMON, PartnershipModel.ALLIANCE, PartnershipModel.LEAD_PROVIDER));
		Partnership partnership = governance.partnership(town + " Health and Care Partnership", form, place);
		List<Organisation> partners = new ArrayList<>(List.of(system.icb(), council, acute, system.community(),
				system.mentalHealth(), healthwatch));
		partners.addAll(vcse);
		partnership.getPartners().addAll(partners);
		if (form == PartnershipModel.LEAD_PROVIDER) {
			partnership.setLeadProvider(system.community());
		}
		placeLeadRole.setPartnership(partnership);
		if (form != PartnershipModel.COMMITTEE_OF_THE_ICB) {
			partnership.setAgreement(
					finance.agreement(town + " partnership agreement", AgreementKind.PARTNERSHIP_AGREEMENT,
							partners, ESTABLISHED));
		}

		Board committee = governance.board(town + (form == PartnershipModel.COMMITTEE_OF_THE_ICB ? " Place Committee"
				: " Partnership Board"), form == PartnershipModel.COMMITTEE_OF_THE_ICB ? BoardKind.COMMITTEE
						: form == PartnershipModel.JOINT_COMMITTEE ? BoardKind.JOINT_COMMITTEE
								: form == PartnershipModel.COMMITTEES_IN_COMMON ? BoardKind.COMMITTEES_IN_COMMON
										: BoardKind.PARTNERSHIP_BOARD,
				place, organisations.person(council, place, "Cabinet Member for Health and Social Care"),
				Frequency.MONTHLY);
		committee.setOrganisation(system.icb());
		committee.setReportsTo(system.icbBoard());
		model.getBoards().add(committee);
		partnership.setBoard(committee);
		governance.member(committee, committee.getChair(), council, true);
		governance.member(committee, placeLead, system.icb(), true);
		for (Organisation partner : partners.subList(1, partners.size())) {
			if (partner != council) {
				governance.member(committee, organisations.person(partner, place, organisations.jobTitleFor(partner)),
						partner, true);
			}
		}
		Membership leadSeat = governance.member(committee, null, null, false);
		leadSeat.setRole(placeLeadRole);
		Membership financeSeat = governance.member(committee, null, council, false);
		financeSeat.setRole(s151);
		governance.setQuorum(committee);
		Board delivery = governance.board(town + " Integrated Delivery Group", BoardKind.EXECUTIVE_GROUP, place,
				placeLead,
				Frequency.FORTNIGHTLY);
		committee.getSubGroups().add(delivery);
		governance.member(delivery, placeLead, system.icb(), true);
		for (Organisation partner : List.of(council, system.community(), acute, vcse.get(0))) {
			governance.member(delivery, organisations.person(partner, place, organisations.jobTitleFor(partner)),
					partner, true);
		}
		governance.setQuorum(delivery);

		// Only a committee of the ICB or a joint committee of the ICB and the council can receive the ICB's functions;
		// where the place partnership is an alliance, a lead provider arrangement or committees in common, the ICB
		// delegates to its own officer, the place lead, who takes the partnership board's advice.
		boolean committeeReceives = form == PartnershipModel.COMMITTEE_OF_THE_ICB
				|| form == PartnershipModel.JOINT_COMMITTEE;
		if (form == PartnershipModel.JOINT_COMMITTEE) {
			committee.getMemberOrganisations().addAll(List.of(system.icb(), council));
		}
		DecisionMaker placeHolder = committeeReceives ? committee : placeLeadRole;
		BigDecimal placeLimit = pounds(20_000_000L + random.nextInt(1_300) * 100_000L);
		Delegation placeDelegation = governance.delegation(town + " place delegation", system.icbBoard(), placeHolder,
				"Community services, intermediate care and Better Care Fund budget lines for " + town, placeLimit,
				form == PartnershipModel.JOINT_COMMITTEE ? LegalBasis.NHS_ACT_SECTION_65Z5
						: committeeReceives ? LegalBasis.ICB_CONSTITUTION
								: LegalBasis.SCHEME_OF_RESERVATION_AND_DELEGATION,
				null, system.icbBoard(), true);
		// What the place decides: its community services and its share of the discharge fund, a budget for the year;
		// the place lead's operational decisions and the localities' budgets are made under the place delegation.
		DecisionArea communityServices = governance.decisionArea("Community services commissioning in " + town, null);
		DecisionArea dischargeFund = governance.decisionArea("Discharge fund allocation in " + town, null);
		governance.covers(placeDelegation, LimitKind.BUDGET, communityServices, dischargeFund);
		governance.reserved(placeDelegation, "Approval of the ICB's annual plan and budget", system.annualPlan());
		governance.reserved(placeDelegation, "Decisions to change an NHS trust's statutory functions");
		if (committeeReceives) {
			Delegation leadDelegation = governance.delegation(town + " place lead operational decisions", committee,
					placeLeadRole, "Operational decisions within the agreed place budget",
					governance.onwardLimit(placeLimit, 1, 5), LegalBasis.SCHEME_OF_RESERVATION_AND_DELEGATION,
					placeDelegation, committee, false);
			governance.covers(leadDelegation, LimitKind.PER_DECISION, dischargeFund);
			governance.reserved(leadDelegation, "New services or contracts");
		}

		int localities = 1 + random.nextInt(3);
		long[] populations = split(population, localities, 100);
		for (int l = 0; l < localities; l++) {
			locality(system, place, council, committee, placeHolder, placeDelegation, communityServices, l,
					populations[l], vcse.get(0));
		}

		finance.pooledBudget(town, place, system.icb(), council, system.community());
		InvestmentBenefitFlow flow = finance.investmentFlow(town, system.icb(), system.community(), council);

		Vision vision = programmes.vision(town + " 2030", place,
				"People in " + town + " live well at home, with care joined up around them.");
		partnership.setVision(vision);
		List<WorkProgramme> placeProgrammes = new ArrayList<>();
		for (ProgrammeTemplate template : programmes.chooseProgrammes(3)) {
			placeProgrammes.add(programmes.programme(template, place, town, vision, committee, placeLead.getEmployer(),
					List.of(system.icb(), council), 2));
		}
		if (flow != null) {
			flow.setProgramme(placeProgrammes.get(0));
		}
		return council;
	}

	private void locality(IntegratedCareSystem system, Footprint place, Organisation council, Board placeCommittee,
			DecisionMaker placeHolder, Delegation placeDelegation, DecisionArea communityServices, int index,
			long population, Organisation vcse) {
		Footprint locality = organisations.footprint(place, names.localityName(place.getName(), index),
				FootprintKind.LOCALITY,
				null, population);
		Partnership collaborative = governance.partnership(locality.getName() + " Locality Collaborative",
				PartnershipModel.CONSULTATIVE_FORUM, locality);
		Board board = governance.board(locality.getName() + " Locality Board", BoardKind.COMMITTEE, locality,
				organisations.person(system.community(), locality, "Locality Manager"), Frequency.MONTHLY);
		board.setReportsTo(placeCommittee);
		board.setOrganisation(system.icb());
		model.getBoards().add(board);
		collaborative.setBoard(board);
		governance.member(board, board.getChair(), system.community(), true);
		for (Organisation partner : List.of(council, vcse, system.icb())) {
			collaborative.getPartners().add(partner);
			governance.member(board, organisations.person(partner, locality, organisations.jobTitleFor(partner)),
					partner, true);
		}
		collaborative.getPartners().add(system.community());

		int neighbourhoods = (int) Math.max(2, Math.min(5, Math.round(population / 45_000.0)));
		long[] populations = split(population, neighbourhoods, 100);
		for (int n = 0; n < neighbourhoods; n++) {
			Footprint neighbourhood = organisations.footprint(locality, names.townName(), FootprintKind.NEIGHBOURHOOD,
					null,
					populations[n]);
			Organisation pcn = organisations.organisation(neighbourhood.getName() + " Primary Care Network",
					OrganisationKind.PRIMARY_CARE_NETWORK, neighbourhood, "U" + code(5));
			for (int g = 3 + random.nextInt(4); g > 0; g--) {
				organisations.organisation(names.surgeryName(neighbourhood.getName()), OrganisationKind.GP_PRACTICE,
						neighbourhood,
						(char) ('A' + random.nextInt(26)) + String.format("%05d", ++practiceCodes));
			}
			collaborative.getPartners().add(pcn);
			governance.member(board, organisations.person(pcn, neighbourhood, "Clinical Director"), pcn, true);
		}
		governance.setQuorum(board);

		// A locality collaborative is a consultative forum: its board advises and cannot receive a delegation, so the
		// locality budget is delegated onward to an ICB officer who leads the locality.
		Role localityLead = organisations.role(locality.getName() + " locality lead", RoleKind.EXECUTIVE_LEAD,
				system.icb(), organisations.person(system.icb(), locality, "Locality Lead"));
		BigDecimal limit = governance.onwardLimit(placeDelegation.getFinancialLimit(), 5, 20);
		Delegation delegation = governance.delegation(locality.getName() + " locality delegation", placeHolder,
				localityLead,
				"Locality community services and neighbourhood team budgets in " + locality.getName(), limit,
				LegalBasis.SCHEME_OF_RESERVATION_AND_DELEGATION, placeDelegation, placeHolder, false);
		governance.covers(delegation, LimitKind.BUDGET, communityServices);
		governance.reserved(delegation, "Changes to GP practice contracts");
	}
}
