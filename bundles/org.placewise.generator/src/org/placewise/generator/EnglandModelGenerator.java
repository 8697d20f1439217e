package org.placewise.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.UUID;

import org.eclipse.emf.ecore.EObject;
import org.placewise.generator.internal.NameBook;
import org.placewise.generator.internal.ProgrammeTemplates;
import org.placewise.generator.internal.ProgrammeTemplates.MeasureTemplate;
import org.placewise.generator.internal.ProgrammeTemplates.ProgrammeTemplate;
import org.placewise.model.core.CoreFactory;
import org.placewise.model.core.Frequency;
import org.placewise.model.core.Identified;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.finance.Agreement;
import org.placewise.model.finance.AgreementKind;
import org.placewise.model.finance.Contribution;
import org.placewise.model.finance.FinanceFactory;
import org.placewise.model.finance.InvestmentBenefitFlow;
import org.placewise.model.finance.PooledBudget;
import org.placewise.model.finance.RiskShare;
import org.placewise.model.finance.RiskShareBasis;
import org.placewise.model.finance.RiskSharePortion;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.footprint.FootprintFactory;
import org.placewise.model.footprint.FootprintKind;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.BoardKind;
import org.placewise.model.governance.DecisionMaker;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.DisputeResolutionProcedure;
import org.placewise.model.governance.EscalationRule;
import org.placewise.model.governance.GovernanceFactory;
import org.placewise.model.governance.LegalBasis;
import org.placewise.model.governance.Membership;
import org.placewise.model.governance.Partnership;
import org.placewise.model.governance.PartnershipModel;
import org.placewise.model.governance.ReservedMatter;
import org.placewise.model.governance.TermsOfReference;
import org.placewise.model.measures.DesiredDirection;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.MeasuresFactory;
import org.placewise.model.measures.Observation;
import org.placewise.model.measures.TrajectoryPoint;
import org.placewise.model.organisation.Organisation;
import org.placewise.model.organisation.OrganisationFactory;
import org.placewise.model.organisation.OrganisationKind;
import org.placewise.model.organisation.Person;
import org.placewise.model.organisation.Role;
import org.placewise.model.organisation.RoleKind;
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
 * Generates a realistic synthetic Placewise model of part or all of England's health and care
 * system: integrated care systems with their places, localities and neighbourhoods, the
 * organisations in them, partnerships with boards and members, delegation chains (ICB board →
 * place committee → locality board and place lead), section 75 pooled budgets with
 * contributions and risk shares, visions with outcome trees, work programmes and measures with
 * two years of weekly observations.
 * <p>
 * The same scale, seed and gap rate always give the same model, ids included, so the same bytes
 * when saved: all randomness comes from one {@link SplittableRandom} seeded with the seed, and all
 * dates are fixed relative to {@link #REFERENCE_DATE}. A share of the objects that could have a
 * gap (a measure without a baseline, a delegation above its delegator's limit, a board without a
 * quorum, a programme without an outcome KPI, ...) is given one on purpose, so the checks have
 * work to do; {@link GeneratedModel} says how many of each.
 */
public final class EnglandModelGenerator {

    /** The date the generated model describes: the last weekly observation, and the checks' "as of" date. */
    public static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 9, 28);

    /** Weekly observations per measure: two years. */
    public static final int WEEKS_OF_OBSERVATIONS = 104;

    /** The gap rate used when none is given. */
    public static final double DEFAULT_GAP_RATE = 0.05;

    private static final LocalDate FIRST_OBSERVATION = REFERENCE_DATE.minusWeeks(WEEKS_OF_OBSERVATIONS - 1L);
    private static final LocalDate ESTABLISHED = LocalDate.of(2022, 7, 1);
    private static final LocalDate DELEGATIONS_START = LocalDate.of(2023, 4, 1);
    private static final LocalDate TARGET_DATE = LocalDate.of(2027, 3, 31);

    private final Scale scale;
    private final long seed;
    private final double gapRate;

    /**
     * @param scale   how much of England to generate
     * @param seed    the seed; the same seed gives the same model
     * @param gapRate the share (0 to 1) of candidate objects given each kind of planted gap
     * @throws IllegalArgumentException when the gap rate is not between 0 and 1
     */
    public EnglandModelGenerator(Scale scale, long seed, double gapRate) {
        this.scale = Objects.requireNonNull(scale, "scale");
        if (!(gapRate >= 0 && gapRate <= 1)) {
            throw new IllegalArgumentException("The gap rate must be between 0 and 1 (for example 0.05 for 5%), not "
                    + gapRate + ".");
        }
        this.seed = seed;
        this.gapRate = gapRate;
    }

    /**
     * @param scale how much of England to generate
     * @param seed  the seed
     * @return a generator with the {@linkplain #DEFAULT_GAP_RATE default gap rate}
     */
    public static EnglandModelGenerator of(Scale scale, long seed) {
        return new EnglandModelGenerator(scale, seed, DEFAULT_GAP_RATE);
    }

    /** @return a new model; each call builds a fresh, identical one */
    public GeneratedModel generate() {
        return new Run().build();
    }

    /** One generation: the random source, name book and tallies it needs. */
    private final class Run {
        private final SplittableRandom random = new SplittableRandom(seed);
        private final NameBook names = new NameBook(random);
        private final PlacewiseModel model = CoreFactory.eINSTANCE.createPlacewiseModel();
        private final Map<GapKind, Integer> candidates = new EnumMap<>(GapKind.class);
        private final Map<GapKind, Integer> planted = new EnumMap<>(GapKind.class);
        /** People by employer, footprint and job title; looked up only, never iterated. */
        private final Map<String, Person> people = new HashMap<>();
        private int placeCodes;
        private int practiceCodes;

        /** What one integrated care system offers its places. */
        private record System(Footprint footprint, Organisation icb, Board icbBoard, Organisation community,
                Organisation mentalHealth, List<Organisation> acutes, Organisation hospice) {
        }

        GeneratedModel build() {
            for (GapKind kind : GapKind.values()) {
                candidates.put(kind, 0);
                planted.put(kind, 0);
            }
            identify(model);
            model.setName(switch (scale) {
                case PLACE -> "One integrated care system (synthetic)";
                case REGION -> "One NHS region (synthetic)";
                case ENGLAND -> "England (synthetic)";
            });
            model.setDescription("Generated by Placewise at " + scale.label() + " scale from seed " + seed
                    + " with gap rate " + gapRate + "; names and figures are made up. Observations end on "
                    + REFERENCE_DATE + ".");
            for (int i = 0; i < scale.integratedCareSystems(); i++) {
                integratedCareSystem(i);
            }
            int objects = 1;
            for (Iterator<EObject> all = model.eAllContents(); all.hasNext(); all.next()) {
                objects++;
            }
            return new GeneratedModel(model, scale, seed, gapRate, candidates, planted, objects);
        }

        // ---- integrated care system ---------------------------------------------------------

        private void integratedCareSystem(int index) {
            String county = names.countyName();
            Footprint ics = footprint(null, county, FootprintKind.INTEGRATED_CARE_SYSTEM,
                    "Q" + (char) ('A' + index / 26) + (char) ('A' + index % 26), 500_000 + random.nextInt(1_800) * 1_000L);
            Organisation icb = organisation(county + " Integrated Care Board", OrganisationKind.INTEGRATED_CARE_BOARD, ics,
                    "Q" + (char) ('A' + index / 26) + (char) ('A' + index % 26) + "1");
            Organisation community = organisation(county + " Community Health NHS Trust", OrganisationKind.COMMUNITY_TRUST,
                    ics, "R" + code(2));
            Organisation mentalHealth = organisation(county + " Partnership NHS Foundation Trust",
                    OrganisationKind.MENTAL_HEALTH_TRUST, ics, "R" + code(2));
            mentalHealth.setFoundationTrust(true);
            List<Organisation> acutes = new ArrayList<>();
            for (int a = 1 + random.nextInt(3); a > 0; a--) {
                Organisation acute = organisation(names.townName() + " Hospitals NHS "
                        + (random.nextBoolean() ? "Foundation Trust" : "Trust"), OrganisationKind.ACUTE_TRUST, ics,
                        "R" + code(2));
                acute.setFoundationTrust(acute.getName().endsWith("Foundation Trust"));
                acutes.add(acute);
            }
            Organisation hospice = organisation(names.townName() + " Hospice", OrganisationKind.HOSPICE, ics, null);

            Person icbChair = person(icb, ics, "Chair");
            Board icbBoard = board(county + " ICB Board", BoardKind.BOARD, ics, icbChair, Frequency.BIMONTHLY);
            icbBoard.setOrganisation(icb);
            model.getBoards().add(icbBoard);
            member(icbBoard, icbChair, icb, true);
            member(icbBoard, person(icb, ics, "Chief Executive"), icb, true);
            member(icbBoard, person(icb, ics, "Chief Finance Officer"), icb, true);
            member(icbBoard, person(icb, ics, "Medical Director"), icb, true);
            member(icbBoard, person(icb, ics, "Chief Nursing Officer"), icb, true);
            for (Organisation partner : List.of(community, mentalHealth, acutes.get(0))) {
                member(icbBoard, person(partner, ics, "Chief Executive"), partner, true);
            }
            Board quality = board(county + " ICB Quality and Performance Committee", BoardKind.COMMITTEE, ics,
                    person(icb, ics, "Non-executive Member"), Frequency.MONTHLY);
            quality.setOrganisation(icb);
            icbBoard.getSubGroups().add(quality);
            member(quality, quality.getChair(), icb, true);
            member(quality, person(icb, ics, "Chief Nursing Officer"), icb, true);
            member(quality, person(icb, ics, "Medical Director"), icb, true);
            member(quality, person(community, ics, "Director of Nursing"), community, false);
            setQuorum(quality);
            System system = new System(ics, icb, icbBoard, community, mentalHealth, acutes, hospice);

            Partnership icp = partnership(county + " Integrated Care Partnership", PartnershipModel.JOINT_COMMITTEE, ics);
            icp.getPartners().add(icb);
            List<Organisation> councils = new ArrayList<>();
            int places = 4 + random.nextInt(3);
            long[] populations = split(ics.getPopulation(), places, 97);
            for (int p = 0; p < places; p++) {
                councils.add(place(system, populations[p]));
            }
            for (Organisation council : councils.subList(0, 2)) {
                member(icbBoard, person(council, ics, "Partner Member for Local Authorities"), council, true);
            }
            setQuorum(icbBoard);
            icp.getPartners().addAll(councils);
            icp.getPartners().addAll(List.of(community, mentalHealth));
            icp.getPartners().addAll(acutes);
            Board icpBoard = board(county + " Integrated Care Partnership Committee", BoardKind.JOINT_COMMITTEE, ics,
                    person(councils.get(0), ics, "Leader of the Council"), Frequency.QUARTERLY);
            model.getBoards().add(icpBoard);
            icp.setBoard(icpBoard);
            for (Organisation partner : icp.getPartners()) {
                member(icpBoard, person(partner, ics, "Partnership Representative"), partner, true);
            }
            setQuorum(icpBoard);

            Vision vision = vision(county + " Integrated Care Strategy", ics,
                    "Everyone in " + county + " lives a longer, healthier and more independent life.");
            for (ProgrammeTemplate template : chooseProgrammes(3)) {
                programme(template, ics, county, vision, quality, icb, List.of(icb, community), 3);
            }
        }

        // ---- place, localities, neighbourhoods ------------------------------------------------

        private Organisation place(System system, long population) {
            String town = names.townName();
            Footprint place = footprint(system.footprint(), town, FootprintKind.PLACE,
                    String.format("E%08d", 6_000_000 + ++placeCodes), population);
            Organisation council = organisation(town + (random.nextInt(3) == 0 ? " City Council" : " Council"),
                    OrganisationKind.LOCAL_AUTHORITY, place, String.format("E%08d", 6_000_000 + placeCodes));
            Organisation healthwatch = organisation("Healthwatch " + town, OrganisationKind.HEALTHWATCH, place, null);
            List<Organisation> vcse = new ArrayList<>();
            List<String> vcseNames = new ArrayList<>(List.of(town + " Voluntary Action", "Age UK " + town,
                    town + " Carers Centre", "Mind in " + town, town + " Community Foundation"));
            for (int v = 2 + random.nextInt(2); v > 0; v--) {
                vcse.add(organisation(vcseNames.remove(random.nextInt(vcseNames.size())), OrganisationKind.VCSE, place,
                        null));
            }
            Organisation acute = names.pick(system.acutes());

            Person placeLead = person(system.icb(), place, "Place Director");
            Role placeLeadRole = role(town + " place lead", RoleKind.PLACE_LEAD, system.icb(), placeLead);
            Role s151 = role("Section 151 officer, " + council.getName(), RoleKind.SECTION_151_OFFICER, council,
                    person(council, place, "Director of Finance"));
            role("Director of adult social services, " + council.getName(),
                    RoleKind.DIRECTOR_OF_ADULT_SOCIAL_SERVICES, council, person(council, place,
                            "Director of Adult Social Services"));

            PartnershipModel form = names.pick(List.of(PartnershipModel.COMMITTEE_OF_THE_ICB,
                    PartnershipModel.COMMITTEE_OF_THE_ICB, PartnershipModel.JOINT_COMMITTEE,
                    PartnershipModel.COMMITTEES_IN_COMMON, PartnershipModel.ALLIANCE, PartnershipModel.LEAD_PROVIDER));
            Partnership partnership = partnership(town + " Health and Care Partnership", form, place);
            List<Organisation> partners = new ArrayList<>(List.of(system.icb(), council, acute, system.community(),
                    system.mentalHealth(), healthwatch));
            partners.addAll(vcse);
            partnership.getPartners().addAll(partners);
            if (form == PartnershipModel.LEAD_PROVIDER) {
                partnership.setLeadProvider(system.community());
            }
            placeLeadRole.setPartnership(partnership);
            if (form != PartnershipModel.COMMITTEE_OF_THE_ICB) {
                partnership.setAgreement(agreement(town + " partnership agreement", AgreementKind.PARTNERSHIP_AGREEMENT,
                        partners, ESTABLISHED));
            }

            Board committee = board(town + (form == PartnershipModel.COMMITTEE_OF_THE_ICB ? " Place Committee"
                    : " Partnership Board"), form == PartnershipModel.COMMITTEE_OF_THE_ICB ? BoardKind.COMMITTEE
                            : form == PartnershipModel.JOINT_COMMITTEE ? BoardKind.JOINT_COMMITTEE
                                    : form == PartnershipModel.COMMITTEES_IN_COMMON ? BoardKind.COMMITTEES_IN_COMMON
                                            : BoardKind.PARTNERSHIP_BOARD,
                    place, person(council, place, "Cabinet Member for Health and Social Care"), Frequency.MONTHLY);
            committee.setOrganisation(system.icb());
            committee.setReportsTo(system.icbBoard());
            model.getBoards().add(committee);
            partnership.setBoard(committee);
            member(committee, committee.getChair(), council, true);
            member(committee, placeLead, system.icb(), true);
            for (Organisation partner : partners.subList(1, partners.size())) {
                if (partner != council) {
                    member(committee, person(partner, place, jobTitleFor(partner)), partner, true);
                }
            }
            Membership leadSeat = member(committee, null, null, false);
            leadSeat.setRole(placeLeadRole);
            Membership financeSeat = member(committee, null, council, false);
            financeSeat.setRole(s151);
            setQuorum(committee);
            Board delivery = board(town + " Integrated Delivery Group", BoardKind.EXECUTIVE_GROUP, place, placeLead,
                    Frequency.FORTNIGHTLY);
            committee.getSubGroups().add(delivery);
            member(delivery, placeLead, system.icb(), true);
            for (Organisation partner : List.of(council, system.community(), acute, vcse.get(0))) {
                member(delivery, person(partner, place, jobTitleFor(partner)), partner, true);
            }
            setQuorum(delivery);

            BigDecimal placeLimit = pounds(20_000_000L + random.nextInt(1_300) * 100_000L);
            Delegation placeDelegation = delegation(town + " place delegation", system.icbBoard(), committee,
                    "Community services, intermediate care and Better Care Fund budget lines for " + town, placeLimit,
                    random.nextBoolean() ? LegalBasis.NHS_ACT_SECTION_65Z5 : LegalBasis.ICB_CONSTITUTION, null,
                    system.icbBoard(), true);
            reserved(placeDelegation, "Approval of the ICB's annual plan and budget");
            reserved(placeDelegation, "Decisions to change an NHS trust's statutory functions");
            Delegation leadDelegation = delegation(town + " place lead operational decisions", committee, placeLeadRole,
                    "Operational decisions within the agreed place budget", onwardLimit(placeLimit, 1, 5),
                    LegalBasis.SCHEME_OF_RESERVATION_AND_DELEGATION, placeDelegation, committee, false);
            reserved(leadDelegation, "New services or contracts");

            int localities = 1 + random.nextInt(3);
            long[] populations = split(population, localities, 100);
            for (int l = 0; l < localities; l++) {
                locality(system, place, council, committee, placeDelegation, l, populations[l], vcse.get(0));
            }

            pooledBudget(town, place, system.icb(), council, system.community());
            InvestmentBenefitFlow flow = null;
            if (random.nextInt(10) < 3) {
                flow = identify(FinanceFactory.eINSTANCE.createInvestmentBenefitFlow());
                flow.setName(town + " community services investment");
                flow.setInvestor(system.icb());
                flow.setInvestedIn(system.community());
                flow.setBeneficiary(council);
                long invested = 500_000L + random.nextInt(40) * 50_000L;
                flow.setInvestmentAmount(pounds(invested));
                flow.setExpectedBenefit(pounds(invested * (2 + random.nextInt(4))));
                flow.setAgreement(agreement(town + " investment and benefit-share agreement",
                        AgreementKind.INVESTMENT_BENEFIT_SHARE, List.of(system.icb(), system.community(), council),
                        LocalDate.of(2024, 6, 1)));
                model.getInvestmentFlows().add(flow);
            }

            Vision vision = vision(town + " 2030", place,
                    "People in " + town + " live well at home, with care joined up around them.");
            partnership.setVision(vision);
            List<WorkProgramme> programmes = new ArrayList<>();
            for (ProgrammeTemplate template : chooseProgrammes(3)) {
                programmes.add(programme(template, place, town, vision, committee, placeLead.getEmployer(),
                        List.of(system.icb(), council), 2));
            }
            if (flow != null) {
                flow.setProgramme(programmes.get(0));
            }
            return council;
        }

        private void locality(System system, Footprint place, Organisation council, Board placeCommittee,
                Delegation placeDelegation, int index, long population, Organisation vcse) {
            Footprint locality = footprint(place, names.localityName(place.getName(), index), FootprintKind.LOCALITY,
                    null, population);
            Partnership collaborative = partnership(locality.getName() + " Locality Collaborative",
                    PartnershipModel.CONSULTATIVE_FORUM, locality);
            Board board = board(locality.getName() + " Locality Board", BoardKind.COMMITTEE, locality,
                    person(system.community(), locality, "Locality Manager"), Frequency.MONTHLY);
            board.setReportsTo(placeCommittee);
            board.setOrganisation(system.icb());
            model.getBoards().add(board);
            collaborative.setBoard(board);
            member(board, board.getChair(), system.community(), true);
            for (Organisation partner : List.of(council, vcse, system.icb())) {
                collaborative.getPartners().add(partner);
                member(board, person(partner, locality, jobTitleFor(partner)), partner, true);
            }
            collaborative.getPartners().add(system.community());

            int neighbourhoods = (int) Math.max(2, Math.min(5, Math.round(population / 45_000.0)));
            long[] populations = split(population, neighbourhoods, 100);
            for (int n = 0; n < neighbourhoods; n++) {
                Footprint neighbourhood = footprint(locality, names.townName(), FootprintKind.NEIGHBOURHOOD, null,
                        populations[n]);
                Organisation pcn = organisation(neighbourhood.getName() + " Primary Care Network",
                        OrganisationKind.PRIMARY_CARE_NETWORK, neighbourhood, "U" + code(5));
                for (int g = 3 + random.nextInt(4); g > 0; g--) {
                    organisation(names.surgeryName(neighbourhood.getName()), OrganisationKind.GP_PRACTICE, neighbourhood,
                            (char) ('A' + random.nextInt(26)) + String.format("%05d", ++practiceCodes));
                }
                collaborative.getPartners().add(pcn);
                member(board, person(pcn, neighbourhood, "Clinical Director"), pcn, true);
            }
            setQuorum(board);

            BigDecimal limit = onwardLimit(placeDelegation.getFinancialLimit(), 5, 20);
            Delegation delegation = delegation(locality.getName() + " locality delegation", placeCommittee, board,
                    "Locality community services and neighbourhood team budgets in " + locality.getName(), limit,
                    LegalBasis.SCHEME_OF_RESERVATION_AND_DELEGATION, placeDelegation, placeCommittee, false);
            reserved(delegation, "Changes to GP practice contracts");
        }

        // ---- money ---------------------------------------------------------------------------

        private void pooledBudget(String town, Footprint place, Organisation icb, Organisation council,
                Organisation community) {
            PooledBudget pool = identify(FinanceFactory.eINSTANCE.createPooledBudget());
            pool.setName(town + " Better Care Fund pool");
            pool.setHost(random.nextBoolean() ? council : icb);
            pool.setFootprint(place);
            pool.setStartDate(LocalDate.of(2026, 4, 1));
            pool.setEndDate(LocalDate.of(2027, 3, 31));
            if (!gap(GapKind.POOLED_BUDGET_NO_AGREEMENT)) {
                pool.setAgreement(agreement(town + " section 75 agreement", AgreementKind.SECTION_75,
                        List.of(icb, council), LocalDate.of(2026, 3, 20)));
            }
            long icbShare = 10_000_000L + random.nextInt(900) * 100_000L;
            long councilShare = icbShare * (30 + random.nextInt(40)) / 100 / 1000 * 1000;
            List<Organisation> contributors = new ArrayList<>(List.of(icb, council));
            List<Long> amounts = new ArrayList<>(List.of(icbShare, councilShare));
            if (random.nextInt(4) == 0) {
                contributors.add(community);
                amounts.add(icbShare / 10 / 1000 * 1000);
            }
            long total = 0;
            for (int c = 0; c < contributors.size(); c++) {
                Contribution contribution = identify(FinanceFactory.eINSTANCE.createContribution());
                contribution.setContributor(contributors.get(c));
                contribution.setAmount(pounds(amounts.get(c)));
                pool.getContributions().add(contribution);
                total += amounts.get(c);
            }
            pool.setTotalAmount(pounds(total));
            RiskShare riskShare = identify(FinanceFactory.eINSTANCE.createRiskShare());
            riskShare.setBasis(RiskShareBasis.IN_PROPORTION_TO_CONTRIBUTIONS);
            riskShare.setTerms("Over- and underspends are shared in proportion to contributions.");
            for (int c = 0; c < contributors.size(); c++) {
                RiskSharePortion portion = identify(FinanceFactory.eINSTANCE.createRiskSharePortion());
                portion.setParty(contributors.get(c));
                portion.setSharePercentage(BigDecimal.valueOf(amounts.get(c) * 10_000 / total, 2));
                riskShare.getPortions().add(portion);
            }
            pool.setRiskShare(riskShare);
            model.getPooledBudgets().add(pool);
        }

        private Agreement agreement(String name, AgreementKind kind, List<Organisation> parties, LocalDate signed) {
            Agreement agreement = identify(FinanceFactory.eINSTANCE.createAgreement());
            agreement.setName(name);
            agreement.setKind(kind);
            agreement.getParties().addAll(parties);
            agreement.setSignedDate(signed);
            agreement.setStartDate(signed.plusDays(11));
            agreement.setReviewDate(REFERENCE_DATE.plusMonths(6 + random.nextInt(18)).withDayOfMonth(1));
            agreement.setDocumentReference("Agreements register " + code(4));
            model.getAgreements().add(agreement);
            return agreement;
        }

        // ---- outcomes, programmes, measures --------------------------------------------------

        private Vision vision(String name, Footprint footprint, String statement) {
            Vision vision = identify(OutcomesFactory.eINSTANCE.createVision());
            vision.setName(name);
            vision.setFootprint(footprint);
            vision.setStatement(statement);
            model.getVisions().add(vision);
            return vision;
        }

        private List<ProgrammeTemplate> chooseProgrammes(int count) {
            List<ProgrammeTemplate> pool = new ArrayList<>(ProgrammeTemplates.PROGRAMMES);
            List<ProgrammeTemplate> chosen = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                chosen.add(pool.remove(random.nextInt(pool.size())));
            }
            return chosen;
        }

        private WorkProgramme programme(ProgrammeTemplate template, Footprint footprint, String area, Vision vision,
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
                programme.setExecutiveLead(person(leadOrganisation, footprint, "Director of Integration"));
            }
            Person sro = person(sponsors.get(sponsors.size() - 1), footprint, "Director of Adult Social Services");
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
                workstream.setLead(person(names.pick(sponsors), footprint, "Service Manager"));
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
            Person owner = person(leadOrganisation, footprint, "Head of Performance");
            for (MeasureTemplate template2 : template.measures().subList(0,
                    Math.min(measureCount, template.measures().size()))) {
                Measure measure = measure(template2, area, template.name(), owner);
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

        private Measure measure(MeasureTemplate template, String area, String theme, Person owner) {
            Measure measure = identify(MeasuresFactory.eINSTANCE.createMeasure());
            measure.setName(template.name() + ", " + area);
            measure.setKind(template.kind());
            measure.setTheme(theme);
            measure.setUnit(template.unit());
            measure.setDesiredDirection(template.direction());
            measure.setFrequency(Frequency.WEEKLY);
            measure.setOwner(owner);
            measure.setDataSource(names.pick(List.of("Secondary Uses Service (SUS)", "Community Services Data Set",
                    "Adult social care client level data", "Local discharge tracker", "Partnership survey")));
            // Baselines vary by ±20% between areas; values are kept in tenths of the unit.
            long baseline = Math.max(10, template.baseline() * (80 + random.nextInt(41)) / 100);
            int sign = template.direction() == DesiredDirection.LOWER_IS_BETTER ? -1 : 1;
            long target = baseline + sign * baseline * template.change() / 100;
            if (!gap(GapKind.MEASURE_NO_BASELINE)) {
                measure.setBaselineValue(BigDecimal.valueOf(baseline, 1));
                measure.setBaselineDate(FIRST_OBSERVATION);
            }
            if (!gap(GapKind.MEASURE_NO_TARGET)) {
                measure.setTargetValue(BigDecimal.valueOf(target, 1));
                measure.setTargetDate(TARGET_DATE);
            }
            for (int q = 1; q <= 4; q++) {
                TrajectoryPoint point = identify(MeasuresFactory.eINSTANCE.createTrajectoryPoint());
                point.setDueDate(REFERENCE_DATE.plusWeeks(13L * q));
                point.setExpectedValue(BigDecimal.valueOf(baseline + (target - baseline) * q / 4, 1));
                measure.getTrajectory().add(point);
            }
            // A noisy walk from the baseline towards (and sometimes past) the target.
            double progress = 0.3 + random.nextDouble() * 0.9;
            double noise = Math.max(1, baseline * 0.04);
            List<Observation> observations = new ArrayList<>(WEEKS_OF_OBSERVATIONS);
            for (int week = 0; week < WEEKS_OF_OBSERVATIONS; week++) {
                Observation observation = identify(MeasuresFactory.eINSTANCE.createObservation());
                observation.setObservedOn(FIRST_OBSERVATION.plusWeeks(week));
                double expected = baseline + (target - baseline) * progress * week / (WEEKS_OF_OBSERVATIONS - 1);
                long value = Math.max(0, Math.round(expected + noise * (random.nextDouble() * 2 - 1)
                        + (random.nextInt(40) == 0 ? noise * 3 : 0)));
                observation.setObservedValue(BigDecimal.valueOf(value, 1));
                if (random.nextInt(60) == 0) {
                    observation.setNote(names.pick(List.of("Bank holiday week", "Data incomplete: one provider late",
                            "Winter pressures escalation", "Industrial action", "New recording system went live")));
                }
                observations.add(observation);
            }
            measure.getObservations().addAll(observations);
            model.getMeasures().add(measure);
            return measure;
        }

        // ---- governance ----------------------------------------------------------------------

        private Partnership partnership(String name, PartnershipModel form, Footprint footprint) {
            Partnership partnership = identify(GovernanceFactory.eINSTANCE.createPartnership());
            partnership.setName(name);
            partnership.setModel(form);
            partnership.setFootprint(footprint);
            partnership.setEstablishedDate(ESTABLISHED);
            if (!gap(GapKind.PARTNERSHIP_NO_DISPUTE_PROCEDURE)) {
                DisputeResolutionProcedure procedure = identify(
                        GovernanceFactory.eINSTANCE.createDisputeResolutionProcedure());
                procedure.setName(names.pick(List.of("Escalate to chief executives, then independent mediation",
                        "Chairs meet within 14 days, then refer to the ICB chair",
                        "Mediation by the Integrated Care Partnership chair")));
                procedure.setAgreedDate(ESTABLISHED.plusMonths(2));
                partnership.setDisputeResolution(procedure);
            }
            model.getPartnerships().add(partnership);
            return partnership;
        }

        private Board board(String name, BoardKind kind, Footprint footprint, Person chair, Frequency frequency) {
            Board board = identify(GovernanceFactory.eINSTANCE.createBoard());
            board.setName(name);
            board.setKind(kind);
            board.setFootprint(footprint);
            board.setChair(chair);
            board.setMeetingFrequency(frequency);
            TermsOfReference terms = identify(GovernanceFactory.eINSTANCE.createTermsOfReference());
            terms.setName("Terms of reference of the " + name);
            terms.setPurpose("Sets out the membership, quorum and delegated decisions of the " + name + ".");
            terms.setApprovedDate(LocalDate.of(2025, 4, 1).minusMonths(random.nextInt(12)));
            terms.setReviewDate(REFERENCE_DATE.plusMonths(3 + random.nextInt(12)).withDayOfMonth(1));
            terms.setDocumentReference("Governance handbook, appendix " + (1 + random.nextInt(9)));
            board.setTermsOfReference(terms);
            return board;
        }

        private Membership member(Board board, Person person, Organisation represents, boolean voting) {
            Membership membership = identify(GovernanceFactory.eINSTANCE.createMembership());
            membership.setPerson(person);
            membership.setRepresents(represents);
            membership.setVoting(voting);
            board.getMemberships().add(membership);
            return membership;
        }

        /** Quorum: a majority of the voting members, unless this board is planted without one. */
        private void setQuorum(Board board) {
            if (!gap(GapKind.BOARD_NO_QUORUM)) {
                int voting = 0;
                for (Membership membership : board.getMemberships()) {
                    voting += membership.isVoting() ? 1 : 0;
                }
                board.setQuorum(voting / 2 + 1);
            }
        }

        private Delegation delegation(String name, DecisionMaker delegator, DecisionMaker delegate, String scope,
                BigDecimal limit, LegalBasis basis, Delegation source, DecisionMaker escalateTo, boolean onward) {
            Delegation delegation = identify(GovernanceFactory.eINSTANCE.createDelegation());
            delegation.setName(name);
            delegation.setDelegator(delegator);
            delegation.setDelegate(delegate);
            delegation.setSourceDelegation(source);
            delegation.setScope(scope);
            if (source != null && gap(GapKind.DELEGATION_ABOVE_DELEGATOR_LIMIT)) {
                // More than the delegator holds: between 110% and 150% of the source's limit.
                limit = source.getFinancialLimit().multiply(BigDecimal.valueOf(110 + random.nextInt(41), 2))
                        .setScale(0, RoundingMode.HALF_UP);
            }
            delegation.setFinancialLimit(limit);
            delegation.setLegalBasis(basis);
            delegation.setOnwardDelegationAllowed(onward);
            delegation.setStartDate(DELEGATIONS_START);
            delegation.setReviewDate(gap(GapKind.DELEGATION_REVIEW_OVERDUE)
                    ? REFERENCE_DATE.minusDays(30 + random.nextInt(300))
                    : REFERENCE_DATE.plusDays(60 + random.nextInt(500)));
            EscalationRule escalation = identify(GovernanceFactory.eINSTANCE.createEscalationRule());
            escalation.setThresholdAmount(limit.divide(BigDecimal.TEN, 0, RoundingMode.HALF_UP));
            escalation.setCircumstances("Any single decision above the threshold, or rated high risk");
            escalation.setEscalateTo(escalateTo);
            delegation.setEscalationRule(escalation);
            model.getDelegations().add(delegation);
            return delegation;
        }

        private void reserved(Delegation delegation, String matter) {
            ReservedMatter reserved = identify(GovernanceFactory.eINSTANCE.createReservedMatter());
            reserved.setName(matter);
            delegation.getReservedMatters().add(reserved);
        }

        private BigDecimal onwardLimit(BigDecimal source, int minPercent, int maxPercent) {
            long percent = minPercent + random.nextInt(maxPercent - minPercent + 1);
            return source.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100_000), 0, RoundingMode.DOWN)
                    .multiply(BigDecimal.valueOf(1000));
        }

        // ---- footprints, organisations, people -----------------------------------------------

        private Footprint footprint(Footprint parent, String name, FootprintKind kind, String code, long population) {
            Footprint footprint = identify(FootprintFactory.eINSTANCE.createFootprint());
            footprint.setName(name);
            footprint.setKind(kind);
            footprint.setCode(code);
            footprint.setPopulation(population);
            if (parent == null) {
                model.getFootprints().add(footprint);
            } else {
                parent.getChildren().add(footprint);
            }
            return footprint;
        }

        private Organisation organisation(String name, OrganisationKind kind, Footprint footprint, String code) {
            Organisation organisation = identify(OrganisationFactory.eINSTANCE.createOrganisation());
            organisation.setName(name);
            organisation.setKind(kind);
            organisation.setFootprint(footprint);
            organisation.setCode(code);
            model.getOrganisations().add(organisation);
            return organisation;
        }

        /** The organisation's person for this footprint and job, created the first time it is needed. */
        private Person person(Organisation employer, Footprint footprint, String jobTitle) {
            String key = employer.getId() + '/' + footprint.getId() + '/' + jobTitle;
            Person existing = people.get(key);
            if (existing != null) {
                return existing;
            }
            Person person = identify(OrganisationFactory.eINSTANCE.createPerson());
            person.setName(names.personName());
            person.setJobTitle(jobTitle);
            person.setEmployer(employer);
            model.getPeople().add(person);
            people.put(key, person);
            return person;
        }

        private Role role(String name, RoleKind kind, Organisation organisation, Person holder) {
            Role role = identify(OrganisationFactory.eINSTANCE.createRole());
            role.setName(name);
            role.setKind(kind);
            role.setOrganisation(organisation);
            role.setHolder(holder);
            model.getRoles().add(role);
            return role;
        }

        private String jobTitleFor(Organisation organisation) {
            return switch (organisation.getKind()) {
                case INTEGRATED_CARE_BOARD -> "Place Director";
                case LOCAL_AUTHORITY -> "Director of Adult Social Services";
                case ACUTE_TRUST, COMMUNITY_TRUST, MENTAL_HEALTH_TRUST -> "Director of Strategy";
                case HEALTHWATCH -> "Healthwatch Manager";
                case PRIMARY_CARE_NETWORK -> "Clinical Director";
                default -> "Chief Officer";
            };
        }

        // ---- small helpers -------------------------------------------------------------------

        /** Counts a candidate for the gap and decides, with the gap rate, whether it gets the gap. */
        private boolean gap(GapKind kind) {
            candidates.merge(kind, 1, Integer::sum);
            // Always draw, so the gap rate changes which objects have gaps but not the rest of the model.
            boolean plant = random.nextDouble() < gapRate;
            if (plant) {
                planted.merge(kind, 1, Integer::sum);
            }
            return plant;
        }

        private <T extends Identified> T identify(T object) {
            // A version 4 (random) UUID drawn from the seeded source, so ids repeat with the seed.
            long high = (random.nextLong() & ~0xF000L) | 0x4000L;
            long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
            object.setId(new UUID(high, low).toString());
            return object;
        }

        private String code(int digits) {
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < digits; i++) {
                code.append(i == 0 && digits < 5 ? (char) ('A' + random.nextInt(26)) : (char) ('0' + random.nextInt(10)));
            }
            return code.toString();
        }

        /**
         * Splits a population into parts of uneven size that add up to {@code percent} per cent of
         * it, so children never out-populate their parent.
         */
        private long[] split(long population, int parts, int percent) {
            long[] weights = new long[parts];
            long sum = 0;
            for (int i = 0; i < parts; i++) {
                weights[i] = 70 + random.nextInt(61);
                sum += weights[i];
            }
            long available = population * percent / 100;
            long[] result = new long[parts];
            for (int i = 0; i < parts; i++) {
                result[i] = available * weights[i] / sum / 100 * 100;
            }
            return result;
        }

        private BigDecimal pounds(long amount) {
            return BigDecimal.valueOf(amount);
        }
    }
}
