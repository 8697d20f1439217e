package org.placewise.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.placewise.checks.Fixture.AS_OF;
import static org.placewise.checks.Fixture.pounds;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.placewise.model.core.Frequency;
import org.placewise.model.finance.AgreementKind;
import org.placewise.model.finance.FinanceFactory;
import org.placewise.model.finance.PooledBudget;
import org.placewise.model.finance.RiskShare;
import org.placewise.model.finance.RiskShareBasis;
import org.placewise.model.finance.RiskSharePortion;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.footprint.FootprintKind;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.BoardKind;
import org.placewise.model.governance.DecisionArea;
import org.placewise.model.governance.ReservedMatter;
import org.placewise.model.measures.MeasureKind;
import org.placewise.model.measures.MeasuresFactory;
import org.placewise.model.measures.TrajectoryPoint;
import org.placewise.model.organisation.OrganisationKind;
import org.placewise.model.organisation.Role;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.EscalationRule;
import org.placewise.model.governance.GovernanceFactory;
import org.placewise.model.governance.LegalBasis;
import org.placewise.model.governance.Partnership;
import org.placewise.model.governance.PartnershipModel;
import org.placewise.model.governance.TermsOfReference;
import org.placewise.model.measures.DesiredDirection;
import org.placewise.model.measures.Measure;
import org.placewise.model.organisation.Organisation;
import org.placewise.model.organisation.Person;
import org.placewise.model.organisation.RoleKind;
import org.placewise.model.outcomes.Outcome;
import org.placewise.model.outcomes.OutcomesFactory;
import org.placewise.model.outcomes.Risk;
import org.placewise.model.outcomes.WorkProgramme;

/**
 * One ok and one ko fixture per rule: the ko fixture gives a finding of the rule, at its default severity, on the
 * expected object, with the key figures in the message; the ok fixture (the same model without the defect) gives none.
 */
class RuleCasesTest {

	/**
	 * @param ruleId   the rule
	 * @param severity its default severity
	 * @param build    builds the fixture, with the defect when the flag is true; returns the object the finding must be
	 *                 about
	 * @param figures  texts the ko message must contain (names and figures)
	 */
	record Case(String ruleId, Severity severity, BiFunction<Fixture, Boolean, EObject> build, List<String> figures) {
		static Case of(String ruleId, Severity severity, BiFunction<Fixture, Boolean, EObject> build,
				String... figures) {
			return new Case(ruleId, severity, build, List.of(figures));
		}

		@Override
		public String toString() {
			return ruleId;
		}
	}

	static Stream<Case> cases() {
		return Stream.of(
				// footprint
				Case.of("footprint.children-outpopulate-parent", Severity.ERROR, (f, ko) -> {
					Footprint wigan = f.footprint("Wigan", FootprintKind.PLACE, 330_000L);
					f.child(wigan, "Wigan North", FootprintKind.LOCALITY, 200_000L);
					f.child(wigan, "Wigan South", FootprintKind.LOCALITY, ko ? 150_000L : 130_000L);
					return wigan;
				}, "'Wigan'", "330,000", "350,000", "2 footprints"),
				Case.of("footprint.nested-at-wrong-level", Severity.ERROR, (f, ko) -> {
					Footprint bradford = f.footprint("Bradford District",
							ko ? FootprintKind.LOCALITY : FootprintKind.PLACE, 550_000L);
					return f.child(bradford, "Keighley", FootprintKind.LOCALITY, 100_000L);
				}, "'Keighley'", "'Bradford District'", "a locality"),
				Case.of("footprint.no-population", Severity.INFO,
						(f, ko) -> f.footprint("Tameside", FootprintKind.PLACE, ko ? null : 231_000L), "'Tameside'"),
				Case.of("footprint.negative-population", Severity.ERROR,
						(f, ko) -> f.footprint("Tameside", FootprintKind.PLACE, ko ? -231_000L : 0L), "'Tameside'",
						"-231,000"),
				// partnership
				Case.of("partnership.lead-provider-not-named", Severity.ERROR, (f, ko) -> {
					Partnership p = f.partnership("Anyshire Alliance", PartnershipModel.LEAD_PROVIDER);
					Organisation trust = f.organisation("Anyshire Community Trust");
					p.getPartners().add(trust);
					p.setLeadProvider(ko ? f.organisation("Elsewhere Trust") : trust);
					return p;
				}, "'Elsewhere Trust'", "'Anyshire Alliance'", "1 partner"),
				Case.of("partnership.no-agreement", Severity.WARNING, (f, ko) -> {
					Partnership p = f.partnership("Healthier Wigan", PartnershipModel.JOINT_COMMITTEE);
					if (!ko) {
						p.setAgreement(f.agreement("Partnership agreement", AgreementKind.PARTNERSHIP_AGREEMENT));
					}
					return p;
				}, "'Healthier Wigan'", "joint committee"),
				Case.of("partnership.no-board", Severity.WARNING, (f, ko) -> {
					Partnership p = f.partnership("One Bolton", PartnershipModel.ALLIANCE);
					p.setBoard(ko ? null : f.board("One Bolton Board"));
					return p;
				}, "'One Bolton'"),
				Case.of("partnership.no-dispute-procedure", Severity.WARNING, (f, ko) -> {
					Partnership p = f.partnership("Bradford Act as One", PartnershipModel.COMMITTEE_OF_THE_ICB);
					p.setDisputeResolution(ko ? null : GovernanceFactory.eINSTANCE.createDisputeResolutionProcedure());
					return p;
				}, "'Bradford Act as One'"),
				Case.of("partnership.partner-not-represented", Severity.WARNING, (f, ko) -> {
					Partnership p = f.partnership("Healthier Wigan", PartnershipModel.JOINT_COMMITTEE);
					Organisation council = f.organisation("Wigan Council");
					Organisation trust = f.organisation("Wrightington, Wigan and Leigh Trust");
					p.getPartners().addAll(List.of(council, trust));
					Board board = f.board("Wigan Locality Board");
					p.setBoard(board);
					f.member(board, f.person("Chair"), council);
					f.member(board, f.person("Chief executive"), ko ? council : trust);
					return p;
				}, "'Wrightington, Wigan and Leigh Trust'", "'Wigan Locality Board'", "2 members"),
				// board
				Case.of("board.chair-not-member", Severity.WARNING, (f, ko) -> {
					Board board = f.board("Place Committee");
					Person chair = f.person("Jane Chair");
					board.setChair(chair);
					f.member(board, f.person("Member One"), null);
					if (!ko) {
						f.member(board, null, null).setRole(f.role("Chair of the committee", RoleKind.CHAIR, chair));
					}
					return board;
				}, "'Jane Chair'", "'Place Committee'", "1 member"),
				Case.of("board.circular-reporting-line", Severity.ERROR, (f, ko) -> {
					Board committee = f.board("Place Committee");
					Board icb = f.board("ICB Board");
					committee.setReportsTo(icb);
					icb.setReportsTo(ko ? committee : null);
					return committee;
				}, "'Place Committee'", "ICB Board \u2192 Place Committee"),
				Case.of("board.no-chair", Severity.WARNING, (f, ko) -> {
					Board board = f.board("Place Committee");
					board.setChair(ko ? null : f.person("Chair"));
					return board;
				}, "'Place Committee'"),
				Case.of("board.no-meeting-frequency", Severity.INFO, (f, ko) -> {
					Board board = f.board("Place Committee");
					board.setMeetingFrequency(ko ? Frequency.NOT_STATED : Frequency.MONTHLY);
					return board;
				}, "'Place Committee'"),
				Case.of("board.no-quorum", Severity.WARNING, (f, ko) -> {
					Board board = f.board("Place Committee");
					board.setQuorum(ko ? null : 3);
					return board;
				}, "'Place Committee'"),
				Case.of("board.no-terms-of-reference", Severity.WARNING, (f, ko) -> {
					Board board = f.board("Place Committee");
					board.setTermsOfReference(ko ? null : GovernanceFactory.eINSTANCE.createTermsOfReference());
					return board;
				}, "'Place Committee'"),
				Case.of("board.quorum-above-membership", Severity.ERROR, (f, ko) -> {
					Board board = f.board("Place Committee");
					f.members(board, 4, null);
					board.setQuorum(ko ? 5 : 4);
					return board;
				}, "'Place Committee'", "quorum of 5", "4 members"),
				Case.of("board.terms-of-reference-no-review-date", Severity.INFO, (f, ko) -> {
					Board board = f.board("Place Committee");
					TermsOfReference terms = GovernanceFactory.eINSTANCE.createTermsOfReference();
					terms.setReviewDate(ko ? null : AS_OF.plusMonths(6));
					board.setTermsOfReference(terms);
					return terms;
				}, "'Place Committee'"),
				Case.of("board.terms-of-reference-review-overdue", Severity.WARNING, (f, ko) -> {
					Board board = f.board("Place Committee");
					TermsOfReference terms = GovernanceFactory.eINSTANCE.createTermsOfReference();
					terms.setReviewDate(ko ? AS_OF.minusDays(1) : AS_OF);
					board.setTermsOfReference(terms);
					return terms;
				}, "'Place Committee'", "25 Nov 2026", "26 Nov 2026"),
				Case.of("board.too-many-members", Severity.WARNING, (f, ko) -> {
					Board board = f.board("Partnership Oversight Group");
					f.members(board, ko ? 21 : 20, null);
					return board;
				}, "'Partnership Oversight Group'", "21 members", "more than 20"),
				// delegation
				Case.of("delegation.circular", Severity.ERROR, (f, ko) -> {
					Board place = f.board("Place Committee");
					Board locality = f.board("Locality Board");
					Delegation down = f.delegation("Locality budget", place, locality, 1_000_000L);
					Delegation back = f.delegation("Back up", locality, ko ? place : f.board("Neighbourhood Board"),
							500_000L);
					down.setOnwardDelegationAllowed(true);
					back.setSourceDelegation(down);
					return back;
				}, "'Back up'", "'Place Committee'", "'Locality budget'"),
				Case.of("delegation.delegator-not-represented", Severity.WARNING, (f, ko) -> {
					Organisation council = f.organisation("Anyshire Council");
					Organisation icb = f.organisation("Anyshire ICB");
					Board joint = f.board("Anyshire Joint Committee");
					f.member(joint, f.person("ICB director"), icb);
					if (!ko) {
						f.member(joint, f.person("Council director"), council);
					}
					return f.delegation("Adult social care commissioning", council, joint, 2_000_000L);
				}, "'Adult social care commissioning'", "'Anyshire Council'", "'Anyshire Joint Committee'", "1 member"),
				Case.of("delegation.escalation-target-not-above", Severity.WARNING, (f, ko) -> {
					Board icb = f.board("ICB Board");
					Board place = f.board("Place Committee");
					Delegation d = f.delegation("Place budget", icb, place, 5_000_000L);
					EscalationRule rule = GovernanceFactory.eINSTANCE.createEscalationRule();
					rule.setEscalateTo(ko ? place : icb);
					d.setEscalationRule(rule);
					return d;
				}, "'Place budget'", "escalates to 'Place Committee'"),
				Case.of("delegation.escalation-threshold-above-limit", Severity.WARNING, (f, ko) -> {
					Delegation d = f.delegation("Place budget", f.board("ICB Board"), f.board("Place Committee"),
							5_000_000L);
					EscalationRule rule = GovernanceFactory.eINSTANCE.createEscalationRule();
					rule.setThresholdAmount(pounds(ko ? 7_500_000 : 5_000_000));
					d.setEscalationRule(rule);
					return d;
				}, "'Place budget'", "£7,500,000", "£5,000,000"),
				Case.of("delegation.exceeds-delegator-limit", Severity.ERROR, (f, ko) -> {
					Board icb = f.board("Anyshire ICB Board");
					Board place = f.board("Anyshire Place Committee");
					Board north = f.board("North Locality Board");
					Delegation toPlace = f.delegation("Place delegation", icb, place, 5_000_000L);
					toPlace.setOnwardDelegationAllowed(true);
					Delegation toNorth = f.delegation("North locality", place, north, ko ? 6_000_000L : 5_000_000L);
					toNorth.setSourceDelegation(toPlace);
					return toNorth;
				}, "Delegation 'North locality' gives £6,000,000 but its delegator 'Anyshire Place Committee' holds only £5,000,000"),
				Case.of("delegation.no-escalation-rule", Severity.WARNING, (f, ko) -> {
					Delegation d = f.delegation("Place budget", f.board("ICB Board"), f.board("Place Committee"),
							5_000_000L);
					d.setEscalationRule(ko ? null : GovernanceFactory.eINSTANCE.createEscalationRule());
					return d;
				}, "'Place budget'"),
				Case.of("delegation.no-legal-basis", Severity.WARNING, (f, ko) -> {
					Delegation d = f.delegation("Place budget", f.board("ICB Board"), f.board("Place Committee"),
							5_000_000L);
					d.setLegalBasis(ko ? LegalBasis.NOT_STATED : LegalBasis.NHS_ACT_SECTION_65Z5);
					return d;
				}, "'Place budget'"),
				Case.of("delegation.no-review-date", Severity.WARNING, (f, ko) -> {
					Delegation d = f.delegation("Place budget", f.board("ICB Board"), f.board("Place Committee"),
							5_000_000L);
					d.setReviewDate(ko ? null : AS_OF.plusYears(1));
					return d;
				}, "'Place budget'"),
				Case.of("delegation.no-scope", Severity.WARNING, (f, ko) -> {
					Delegation d = f.delegation("Place budget", f.board("ICB Board"), f.board("Place Committee"),
							5_000_000L);
					d.setScope(ko ? " " : "Community services budget");
					return d;
				}, "'Place budget'"),
				Case.of("delegation.no-start-date", Severity.INFO, (f, ko) -> {
					Delegation d = f.delegation("Place budget", f.board("ICB Board"), f.board("Place Committee"),
							5_000_000L);
					d.setStartDate(ko ? null : AS_OF.minusYears(1));
					return d;
				}, "'Place budget'"),
				Case.of("delegation.onward-not-allowed", Severity.ERROR, (f, ko) -> {
					Board icb = f.board("ICB Board");
					Board place = f.board("Place Committee");
					Delegation toPlace = f.delegation("Place delegation", icb, place, 5_000_000L);
					toPlace.setOnwardDelegationAllowed(!ko);
					Delegation onward = f.delegation("Locality delegation", place, f.board("Locality Board"),
							1_000_000L);
					onward.setSourceDelegation(toPlace);
					return onward;
				}, "'Locality delegation'", "'Place delegation'"),
				Case.of("delegation.party-missing", Severity.ERROR,
						(f, ko) -> f.delegation("Orphan delegation", f.board("ICB Board"),
								ko ? null : f.board("Place Committee"), 1L),
						"'Orphan delegation'", "no delegate"),
				Case.of("delegation.review-overdue", Severity.WARNING, (f, ko) -> {
					Delegation d = f.delegation("Place budget", f.board("ICB Board"), f.board("Place Committee"),
							5_000_000L);
					d.setReviewDate(ko ? AS_OF.minusDays(30) : AS_OF);
					return d;
				}, "'Place budget'", "27 Oct 2026", "30 days", "26 Nov 2026"),
				// finance
				Case.of("finance.agreement-review-overdue", Severity.WARNING, (f, ko) -> {
					var agreement = f.agreement("Section 75 agreement", AgreementKind.SECTION_75);
					agreement.setReviewDate(ko ? AS_OF.minusYears(1) : AS_OF.plusDays(1));
					return agreement;
				}, "'Section 75 agreement'", "26 Nov 2025"),
				Case.of("finance.contribution-no-amount", Severity.WARNING, (f, ko) -> {
					PooledBudget pool = f.pool("Better Care Fund", 10_000_000L);
					return f.contribution(pool, f.organisation("Tameside Council"), ko ? null : 10_000_000L);
				}, "'Tameside Council'", "'Better Care Fund'"),
				Case.of("finance.negative-amount", Severity.ERROR, (f, ko) -> {
					PooledBudget pool = f.pool("Better Care Fund", 10_000_000L);
					return f.contribution(pool, f.organisation("Tameside Council"), ko ? -2_500_000L : 2_500_000L);
				}, "Contribution", "2,500,000", "below £0"),
				Case.of("finance.contributions-do-not-add-up", Severity.WARNING, (f, ko) -> {
					PooledBudget pool = f.pool("Tameside pooled budget", 1_000_000_000L);
					f.contribution(pool, f.organisation("Tameside Council"), 400_000_000L);
					f.contribution(pool, f.organisation("Tameside and Glossop CCG"), ko ? 550_000_000L : 600_000_000L);
					return pool;
				}, "'Tameside pooled budget'", "2 contributions", "£950,000,000", "£1,000,000,000"),
				Case.of("finance.contributor-not-party", Severity.WARNING, (f, ko) -> {
					Organisation council = f.organisation("Bolton Council");
					Organisation icb = f.organisation("Greater Manchester ICB");
					PooledBudget pool = f.pool("Bolton pooled budget", null);
					pool.setAgreement(ko ? f.agreement("Section 75", AgreementKind.SECTION_75, council)
							: f.agreement("Section 75", AgreementKind.SECTION_75, council, icb));
					return f.contribution(pool, icb, 1_000_000L);
				}, "'Greater Manchester ICB'", "'Bolton pooled budget'", "'Section 75'"),
				Case.of("finance.investment-flow-no-agreement", Severity.WARNING, (f, ko) -> {
					var flow = f.flow("Community services investment",
							f.organisation("Birmingham Community Healthcare"),
							f.organisation("Birmingham City Council"), 2_000_000L, 10_000_000L);
					flow.setAgreement(ko ? null : f.agreement("Benefit share", AgreementKind.INVESTMENT_BENEFIT_SHARE));
					return flow;
				}, "'Community services investment'", "£2,000,000", "'Birmingham City Council'", "£10,000,000"),
				Case.of("finance.pooled-budget-no-agreement", Severity.ERROR, (f, ko) -> {
					PooledBudget pool = f.pool("Tameside pooled budget", 1_000_000_000L);
					pool.setAgreement(ko ? null : f.agreement("Section 75", AgreementKind.SECTION_75));
					return pool;
				}, "'Tameside pooled budget'", "£1,000,000,000"),
				Case.of("finance.pooled-budget-no-host", Severity.WARNING, (f, ko) -> {
					PooledBudget pool = f.pool("Better Care Fund", null);
					pool.setHost(ko ? null : f.organisation("Council"));
					return pool;
				}, "'Better Care Fund'"),
				Case.of("finance.pooled-budget-no-risk-share", Severity.WARNING, (f, ko) -> {
					PooledBudget pool = f.pool("Better Care Fund", null);
					RiskShare share = FinanceFactory.eINSTANCE.createRiskShare();
					share.setBasis(ko ? RiskShareBasis.NOT_STATED : RiskShareBasis.IN_PROPORTION_TO_CONTRIBUTIONS);
					pool.setRiskShare(share);
					return pool;
				}, "'Better Care Fund'"),
				Case.of("finance.risk-shares-do-not-total-100", Severity.WARNING, (f, ko) -> {
					PooledBudget pool = f.pool("Better Care Fund", null);
					RiskShare share = FinanceFactory.eINSTANCE.createRiskShare();
					share.setBasis(RiskShareBasis.AGREED_SHARES);
					pool.setRiskShare(share);
					for (String percent : List.of("60", ko ? "30" : "40")) {
						RiskSharePortion portion = FinanceFactory.eINSTANCE.createRiskSharePortion();
						portion.setSharePercentage(new BigDecimal(percent));
						share.getPortions().add(portion);
					}
					return share;
				}, "2 portions", "'Better Care Fund'", "90%"),
				// outcome
				Case.of("outcome.child-due-after-parent", Severity.WARNING, (f, ko) -> {
					Outcome parent = f.outcome("Home first", "More people return home after a hospital stay");
					parent.setTargetDate(AS_OF.plusYears(2));
					Outcome child = f.childOutcome(parent, "Discharge by noon",
							"More people leave hospital before noon");
					child.setTargetDate(ko ? AS_OF.plusYears(3) : AS_OF.plusYears(1));
					return child;
				}, "'Discharge by noon'", "26 Nov 2029", "'Home first'", "26 Nov 2028"),
				Case.of("outcome.generic-statement", Severity.WARNING,
						(f, ko) -> f.outcome("Outcomes",
								ko ? "Improve outcomes for people" : "More people return home after a hospital stay"),
						"'Outcomes'", "Improve outcomes for people"),
				Case.of("outcome.input-framed", Severity.WARNING,
						(f, ko) -> f.outcome("Hub",
								ko ? "Set up a new discharge hub"
										: "Fewer people wait in hospital when they are ready to leave"),
						"'Hub'", "Set up a new discharge hub"),
				Case.of("outcome.no-measure", Severity.WARNING, (f, ko) -> {
					Outcome parent = f.outcome("Independence", "Older people live independently for longer");
					Outcome child = f.childOutcome(parent, "Reablement",
							"More people regain independence through reablement");
					if (!ko) {
						f.measure("Reablement finishers").getEvidencedOutcomes().add(child);
					}
					return parent;
				}, "'Independence'"),
				Case.of("outcome.not-served", Severity.WARNING, (f, ko) -> {
					Outcome parent = f.outcome("Independence", "Older people live independently for longer");
					Outcome child = f.childOutcome(parent, "Reablement",
							"More people regain independence through reablement");
					if (!ko) {
						f.programme("Reablement programme").getOutcomesServed().add(child);
					}
					return parent;
				}, "'Independence'", "1 outcome below it"),
				Case.of("outcome.concern-unserved", Severity.WARNING, (f, ko) -> {
					Outcome outcome = f.outcome("Home first", "More people return home after a hospital stay");
					weekly(f, "Home by day 3", DesiredDirection.HIGHER_IS_BETTER, null, concernAtTheEnd())
							.getEvidencedOutcomes().add(outcome);
					Outcome child = f.childOutcome(outcome, "Discharge by noon",
							"More people leave hospital before noon");
					if (!ko) {
						f.programme("Discharge programme").getOutcomesServed().add(child);
					}
					return outcome;
				}, "'Home first'", "'Home by day 3'"),
				Case.of("outcome.needs-system-change", Severity.WARNING, (f, ko) -> {
					Outcome outcome = f.outcome("Home first", "More people return home after a hospital stay");
					weekly(f, "Home by day 3", DesiredDirection.HIGHER_IS_BETTER, ko ? "12" : "9", steadyWeeks(20))
							.getEvidencedOutcomes().add(outcome);
					weekly(f, "Carers' experience", DesiredDirection.HIGHER_IS_BETTER, null, steadyWeeks(20))
							.getEvidencedOutcomes().add(outcome);
					return outcome;
				}, "'Home first'", "'Home by day 3' consistently fails its target"),
				// programme
				Case.of("programme.no-change-after-start", Severity.WARNING, (f, ko) -> {
					WorkProgramme p = f.programme("Home first programme");
					p.setStartDate(AS_OF.minusWeeks(15));
					p.getMeasures().add(weekly(f, "Home by day 3", DesiredDirection.HIGHER_IS_BETTER, null,
							ko ? steadyWeeks(30) : improvementAtTheEnd()));
					return p;
				}, "'Home first programme'", "13 Aug 2026", "'Home by day 3'", "16 points"),
				Case.of("programme.ends-before-start", Severity.ERROR, (f, ko) -> {
					WorkProgramme p = f.programme("Frailty");
					p.setStartDate(AS_OF);
					p.setEndDate(ko ? AS_OF.minusDays(1) : AS_OF.plusYears(2));
					return p;
				}, "'Frailty'", "25 Nov 2026", "26 Nov 2026"),
				Case.of("programme.high-risk-unmitigated", Severity.WARNING, (f, ko) -> {
					WorkProgramme p = f.programme("Discharge to assess");
					Risk risk = OutcomesFactory.eINSTANCE.createRisk();
					risk.setName("Care home capacity");
					risk.setLikelihood(4);
					risk.setImpact(ko ? 4 : 3);
					p.getRisks().add(risk);
					return risk;
				}, "'Care home capacity'", "'Discharge to assess'", "16", "likelihood 4", "impact 4"),
				Case.of("programme.no-budget", Severity.WARNING, (f, ko) -> {
					WorkProgramme p = f.programme("Frailty");
					p.setBudget(ko ? null : pounds(250_000));
					return p;
				}, "'Frailty'"),
				Case.of("programme.no-executive-lead", Severity.WARNING, (f, ko) -> {
					WorkProgramme p = f.programme("Frailty");
					p.setExecutiveLead(ko ? null : f.person("Lead"));
					return p;
				}, "'Frailty'"),
				Case.of("programme.no-governing-board", Severity.WARNING, (f, ko) -> {
					WorkProgramme p = f.programme("Frailty");
					p.setGoverningBoard(ko ? null : f.board("Place Committee"));
					return p;
				}, "'Frailty'"),
				Case.of("programme.no-outcome", Severity.ERROR, (f, ko) -> {
					WorkProgramme p = f.programme("Frailty");
					if (!ko) {
						p.getOutcomesServed()
								.add(f.outcome("Independence", "Older people live independently for longer"));
					}
					return p;
				}, "'Frailty'"),
				Case.of("programme.no-outcome-kpi", Severity.ERROR, (f, ko) -> {
					WorkProgramme p = f.programme("Frailty");
					Outcome outcome = f.outcome("Independence", "Older people live independently for longer");
					p.getOutcomesServed().add(outcome);
					if (!ko) {
						f.measure("People at home 91 days after discharge").getEvidencedOutcomes().add(outcome);
					}
					return p;
				}, "'Frailty'", "1 outcome"),
				Case.of("programme.no-senior-responsible-owner", Severity.WARNING, (f, ko) -> {
					WorkProgramme p = f.programme("Frailty");
					p.setSeniorResponsibleOwner(ko ? null : f.person("SRO"));
					return p;
				}, "'Frailty'"),
				Case.of("programme.too-many-kpis", Severity.WARNING, (f, ko) -> {
					WorkProgramme p = f.programme("Integrated community service");
					for (int i = 1; i <= (ko ? 9 : 8); i++) {
						p.getMeasures().add(f.measure("KPI " + i));
					}
					// The toolkit's own example: 8 operational KPIs plus a staff-behaviour and a lived-experience
					// measure is not too many.
					Measure staff = f.measure("Staff behaviours");
					staff.setKind(MeasureKind.STAFF_BEHAVIOUR);
					Measure lived = f.measure("Lived experience");
					lived.setKind(MeasureKind.LIVED_EXPERIENCE);
					p.getMeasures().addAll(List.of(staff, lived));
					return p;
				}, "'Integrated community service'", "9 KPIs", "more than 8"),
				// measure
				Case.of("measure.baseline-after-target-date", Severity.ERROR, (f, ko) -> {
					Measure m = f.measure("Delay days");
					m.setTargetDate(AS_OF);
					m.setBaselineDate(ko ? AS_OF.plusDays(7) : AS_OF.minusYears(1));
					return m;
				}, "'Delay days'", "3 Dec 2026", "26 Nov 2026"),
				Case.of("measure.evidences-nothing", Severity.WARNING, (f, ko) -> {
					Measure m = f.measure("Delay days");
					if (!ko) {
						f.programme("Discharge").getMeasures().add(m);
					}
					return m;
				}, "'Delay days'"),
				missing("measure.no-baseline", (f, m, ko) -> m.setBaselineValue(ko ? null : new BigDecimal("10.0"))),
				missing("measure.no-data-source", (f, m, ko) -> m.setDataSource(ko ? null : "SUS+ weekly extract")),
				missing("measure.no-desired-direction",
						(f, m, ko) -> m
								.setDesiredDirection(ko ? DesiredDirection.NONE : DesiredDirection.LOWER_IS_BETTER)),
				missing("measure.no-frequency",
						(f, m, ko) -> m.setFrequency(ko ? Frequency.NOT_STATED : Frequency.WEEKLY)),
				Case.of("measure.no-observations", Severity.INFO, (f, ko) -> {
					Measure m = f.measure("Delay days");
					if (!ko) {
						f.observe(m, AS_OF, "9.5");
					}
					return m;
				}, "'Delay days'"),
				missing("measure.no-owner", (f, m, ko) -> m.setOwner(ko ? null : f.person("Measure owner"))),
				Case.of("measure.no-recent-observation", Severity.WARNING, (f, ko) -> {
					Measure m = f.measure("Delay days");
					m.setFrequency(Frequency.WEEKLY);
					f.observe(m, AS_OF.minusDays(ko ? 15 : 14), "9.5");
					f.observe(m, AS_OF.minusDays(60), "10.0");
					return m;
				}, "'Delay days'", "weekly", "11 Nov 2026", "15 days", "14 days"),
				missing("measure.no-target", (f, m, ko) -> m.setTargetValue(ko ? null : new BigDecimal("8.4"))),
				Case.of("measure.observation-in-future", Severity.ERROR,
						(f, ko) -> f.observe(f.measure("Delay days"), ko ? AS_OF.plusDays(1) : AS_OF, "9.5"),
						"'Delay days'", "27 Nov 2026"),
				Case.of("measure.target-against-direction", Severity.ERROR, (f, ko) -> {
					Measure m = f.measure("Average delay days");
					m.setDesiredDirection(DesiredDirection.LOWER_IS_BETTER);
					m.setBaselineValue(new BigDecimal("10.0"));
					m.setTargetValue(new BigDecimal(ko ? "12.5" : "8.4"));
					return m;
				}, "'Average delay days'", "12.5", "10.0", "lower is better"),
				Case.of("measure.target-date-passed-not-met", Severity.WARNING, (f, ko) -> {
					Measure m = f.measure("Reablement finishers per week");
					m.setDesiredDirection(DesiredDirection.HIGHER_IS_BETTER);
					m.setTargetValue(new BigDecimal("137.1"));
					m.setTargetDate(AS_OF.minusMonths(1));
					f.observe(m, AS_OF.minusDays(7), ko ? "120.4" : "140.0");
					return m;
				}, "'Reablement finishers per week'", "137.1", "26 Oct 2026", "19 Nov 2026", "120.4"),
				// depth: legal capacity, legal basis, decision areas, dates, partners, trajectories, KPI kinds
				Case.of("delegation.delegate-lacks-legal-capacity", Severity.ERROR, (f, ko) -> {
					Organisation icb = f.organisation("Exampleshire ICB", OrganisationKind.INTEGRATED_CARE_BOARD);
					Board board = f.board("Exampletown partnership board");
					board.setKind(ko ? BoardKind.PARTNERSHIP_BOARD : BoardKind.COMMITTEE);
					board.setOrganisation(ko ? null : icb);
					return f.delegation("Community services", icb, board, 1_000_000L);
				}, "'Community services'", "'Exampletown partnership board'", "partnership board"),
				Case.of("delegation.section-75-parties", Severity.ERROR, (f, ko) -> {
					Organisation icb = f.organisation("Exampleshire ICB", OrganisationKind.INTEGRATED_CARE_BOARD);
					Organisation trust = f.organisation("Exampletown Community Trust",
							OrganisationKind.COMMUNITY_TRUST);
					Organisation council = f.organisation("Exampletown Council", OrganisationKind.LOCAL_AUTHORITY);
					Delegation d = f.delegation("Intermediate care", icb, ko ? trust : council, null);
					d.setLegalBasis(LegalBasis.NHS_ACT_SECTION_75);
					return d;
				}, "'Intermediate care'", "section 75", "'Exampleshire ICB'", "'Exampletown Community Trust'",
						"no local authority"),
				Case.of("delegation.section-65z5-body-not-covered", Severity.ERROR, (f, ko) -> {
					Organisation icb = f.organisation("Exampleshire ICB", OrganisationKind.INTEGRATED_CARE_BOARD);
					Organisation delegate = ko ? f.organisation("Exampletown Voluntary Action", OrganisationKind.VCSE)
							: f.organisation("Exampletown Council", OrganisationKind.LOCAL_AUTHORITY);
					Delegation d = f.delegation("Social prescribing", icb, delegate, null);
					d.setLegalBasis(LegalBasis.NHS_ACT_SECTION_65Z5);
					return d;
				}, "'Social prescribing'", "section 65Z5", "'Exampletown Voluntary Action'", "VCSE"),
				Case.of("delegation.section-101-used-by-nhs-body", Severity.ERROR, (f, ko) -> {
					Organisation delegator = ko
							? f.organisation("Exampleshire ICB", OrganisationKind.INTEGRATED_CARE_BOARD)
							: f.organisation("Exampletown Council", OrganisationKind.LOCAL_AUTHORITY);
					Board committee = f.board("Joint commissioning committee");
					committee.setKind(BoardKind.COMMITTEE);
					committee.setOrganisation(delegator);
					Delegation d = f.delegation("Care home placements", delegator, committee, null);
					d.setLegalBasis(LegalBasis.LOCAL_GOVERNMENT_ACT_SECTION_101);
					return d;
				}, "'Care home placements'", "section 101", "'Exampleshire ICB'", "NHS body"),
				Case.of("delegation.delegate-not-party-to-agreement", Severity.ERROR, (f, ko) -> {
					Organisation icb = f.organisation("Exampleshire ICB", OrganisationKind.INTEGRATED_CARE_BOARD);
					Organisation council = f.organisation("Exampletown Council", OrganisationKind.LOCAL_AUTHORITY);
					Organisation trust = f.organisation("Exampletown Community Trust",
							OrganisationKind.COMMUNITY_TRUST);
					Delegation d = f.delegation("Pool decisions", icb, ko ? trust : council, null);
					d.setAgreement(f.agreement("Section 75 agreement", AgreementKind.SECTION_75, icb, council));
					return d;
				}, "'Pool decisions'", "'Section 75 agreement'", "'Exampletown Community Trust'",
						"'Exampleshire ICB', 'Exampletown Council'"),
				Case.of("delegation.onward-without-source", Severity.WARNING, (f, ko) -> {
					Organisation icb = f.organisation("Exampleshire ICB", OrganisationKind.INTEGRATED_CARE_BOARD);
					Board committee = f.board("Place committee");
					committee.setKind(BoardKind.COMMITTEE);
					committee.setOrganisation(icb);
					Delegation toCommittee = f.delegation("Place budget", icb, committee, 5_000_000L);
					toCommittee.setOnwardDelegationAllowed(true);
					Delegation onward = f.delegation("Discharge fund", committee, f.role("Place lead",
							RoleKind.PLACE_LEAD, f.person("Alex")), 2_000_000L);
					onward.setSourceDelegation(ko ? null : toCommittee);
					return onward;
				}, "'Discharge fund'", "'Place committee'", "1 delegation"),
				Case.of("delegation.decision-area-delegated-twice", Severity.ERROR, (f, ko) -> {
					Organisation icb = f.organisation("Exampleshire ICB", OrganisationKind.INTEGRATED_CARE_BOARD);
					DecisionArea area = f.decisionArea("Discharge fund allocation");
					Board committee = f.board("Place committee");
					Board other = f.board("Finance committee");
					Delegation first = f.delegation("Place budget", icb, committee, null);
					first.setOnwardDelegationAllowed(true);
					first.getDecisionAreas().add(area);
					Delegation second = f.delegation("Discharge fund", ko ? icb : committee, other, null);
					second.setSourceDelegation(ko ? null : first);
					second.getDecisionAreas().add(area);
					return area;
				}, "'Discharge fund allocation'", "2 delegations", "'Place budget'", "'Discharge fund'"),
				Case.of("delegation.decision-area-held-by-no-one", Severity.WARNING, (f, ko) -> {
					Organisation icb = f.organisation("Exampleshire ICB", OrganisationKind.INTEGRATED_CARE_BOARD);
					DecisionArea area = f.decisionArea("Community services commissioning");
					Delegation d = f.delegation("Community services", icb, f.board("Place committee"), null);
					d.getDecisionAreas().add(area);
					d.setEndDate(ko ? AS_OF.minusDays(1) : AS_OF);
					return area;
				}, "'Community services commissioning'", "ended"),
				Case.of("delegation.covers-reserved-matter", Severity.ERROR, (f, ko) -> {
					Organisation icb = f.organisation("Exampleshire ICB", OrganisationKind.INTEGRATED_CARE_BOARD);
					DecisionArea decommissioning = f.decisionArea("Decommissioning a service");
					DecisionArea discharge = f.decisionArea("Discharge fund allocation");
					Board committee = f.board("Place committee");
					Delegation toCommittee = f.delegation("Place budget", icb, committee, null);
					toCommittee.setOnwardDelegationAllowed(true);
					ReservedMatter reserved = GovernanceFactory.eINSTANCE.createReservedMatter();
					reserved.setName("Decommissioning");
					reserved.getDecisionAreas().add(decommissioning);
					toCommittee.getReservedMatters().add(reserved);
					Delegation onward = f.delegation("Service changes", committee, f.board("Operations group"), null);
					onward.setSourceDelegation(toCommittee);
					onward.getDecisionAreas().add(ko ? decommissioning : discharge);
					return onward;
				}, "'Service changes'", "'Decommissioning a service'", "'Place budget'", "'Decommissioning'"),
				Case.of("delegation.role-without-holder", Severity.WARNING, (f, ko) -> {
					Role lead = f.role("Place lead", RoleKind.PLACE_LEAD, ko ? null : f.person("Alex"));
					return f.delegation("Discharge fund", f.board("Place committee"), lead, 2_000_000L);
				}, "'Discharge fund'", "'Place lead'"),
				Case.of("delegation.past-end-date", Severity.WARNING, (f, ko) -> {
					Delegation d = f.delegation("Winter fund", f.board("ICB Board"), f.board("Place committee"), null);
					d.setEndDate(ko ? AS_OF.minusDays(1) : AS_OF);
					return d;
				}, "'Winter fund'", "25 Nov 2026"),
				Case.of("finance.pooled-budget-not-section-75", Severity.ERROR, (f, ko) -> {
					Organisation icb = f.organisation("Exampleshire ICB", OrganisationKind.INTEGRATED_CARE_BOARD);
					Organisation council = f.organisation("Exampletown Council", OrganisationKind.LOCAL_AUTHORITY);
					PooledBudget pool = f.pool("Intermediate care pool", 12_000_000L);
					pool.setAgreement(f.agreement("Pooling agreement",
							ko ? AgreementKind.MEMORANDUM_OF_UNDERSTANDING : AgreementKind.SECTION_75, icb, council));
					return pool;
				}, "'Intermediate care pool'", "'Pooling agreement'", "memorandum of understanding"),
				Case.of("finance.pooled-budget-host-not-party", Severity.ERROR, (f, ko) -> {
					Organisation icb = f.organisation("Exampleshire ICB", OrganisationKind.INTEGRATED_CARE_BOARD);
					Organisation council = f.organisation("Exampletown Council", OrganisationKind.LOCAL_AUTHORITY);
					Organisation trust = f.organisation("Exampletown Community Trust",
							OrganisationKind.COMMUNITY_TRUST);
					PooledBudget pool = f.pool("Intermediate care pool", 12_000_000L);
					pool.setAgreement(f.agreement("Section 75 agreement", AgreementKind.SECTION_75, icb, council));
					pool.setHost(ko ? trust : council);
					return pool;
				}, "'Intermediate care pool'", "'Exampletown Community Trust'", "'Section 75 agreement'"),
				Case.of("partnership.abolished-partner", Severity.WARNING, (f, ko) -> {
					Partnership p = f.partnership("Bolton Integrated Care Partnership", PartnershipModel.ALLIANCE);
					Organisation ccg = f.organisation("Bolton CCG", OrganisationKind.CLINICAL_COMMISSIONING_GROUP);
					ccg.setAbolishedDate(java.time.LocalDate.of(2022, 7, 1));
					(ko ? p.getPartners() : p.getFormerPartners()).add(ccg);
					return p;
				}, "'Bolton Integrated Care Partnership'", "'Bolton CCG'", "1 Jul 2022"),
				Case.of("partnership.partner-outside-footprint", Severity.WARNING, (f, ko) -> {
					Footprint gm = f.footprint("Greater Manchester", FootprintKind.INTEGRATED_CARE_SYSTEM, null);
					Footprint wigan = f.child(gm, "Wigan", FootprintKind.PLACE, null);
					Footprint bolton = f.child(gm, "Bolton", FootprintKind.PLACE, null);
					Partnership p = f.partnership("Wigan place partnership", PartnershipModel.NOT_STATED);
					p.setFootprint(wigan);
					Organisation council = f.organisation("Bolton Council", OrganisationKind.LOCAL_AUTHORITY);
					council.setFootprint(bolton);
					if (!ko) {
						council.getOtherFootprints().add(wigan);
					}
					p.getPartners().add(council);
					p.getPartners()
							.add(f.organisation("Greater Manchester ICB", OrganisationKind.INTEGRATED_CARE_BOARD));
					return p;
				}, "'Bolton Council'", "'Wigan place partnership'", "'Bolton'"),
				Case.of("partnership.place-partners-missing", Severity.WARNING, (f, ko) -> {
					Partnership p = f.partnership("Exampletown Partnership", PartnershipModel.COMMITTEE_OF_THE_ICB);
					p.setFootprint(f.footprint("Exampletown", FootprintKind.PLACE, null));
					p.getPartners().add(f.organisation("Exampletown Council", OrganisationKind.LOCAL_AUTHORITY));
					p.getPartners().add(f.organisation("Community trust", OrganisationKind.COMMUNITY_TRUST));
					p.getPartners().add(f.organisation("Exampletown PCN", OrganisationKind.PRIMARY_CARE_NETWORK));
					if (!ko) {
						p.getPartners().add(f.organisation("Exampletown CVS", OrganisationKind.VCSE));
					}
					return p;
				}, "'Exampletown Partnership'", "3 partners", "the VCSE sector"),
				Case.of("measure.behind-trajectory", Severity.WARNING, (f, ko) -> {
					Measure m = f.measure("Average delay days");
					m.setDesiredDirection(DesiredDirection.LOWER_IS_BETTER);
					TrajectoryPoint point = MeasuresFactory.eINSTANCE.createTrajectoryPoint();
					point.setDueDate(AS_OF.minusDays(14));
					point.setExpectedValue(new BigDecimal("9.5"));
					m.getTrajectory().add(point);
					f.observe(m, AS_OF.minusDays(7), ko ? "9.9" : "9.4");
					return m;
				}, "'Average delay days'", "9.9", "19 Nov 2026", "9.5", "12 Nov 2026"),
				Case.of("measure.trajectory-misses-target", Severity.WARNING, (f, ko) -> {
					Measure m = f.measure("Reablement finishers per week");
					m.setDesiredDirection(DesiredDirection.HIGHER_IS_BETTER);
					m.setTargetValue(new BigDecimal("137.1"));
					m.setTargetDate(AS_OF.plusMonths(6));
					TrajectoryPoint point = MeasuresFactory.eINSTANCE.createTrajectoryPoint();
					point.setDueDate(AS_OF.plusMonths(6));
					point.setExpectedValue(new BigDecimal(ko ? "125.0" : "137.1"));
					m.getTrajectory().add(point);
					return m;
				}, "'Reablement finishers per week'", "125.0", "137.1", "26 May 2027"),
				Case.of("programme.only-activity-outcome-kpis", Severity.WARNING, (f, ko) -> {
					WorkProgramme p = f.programme("Urgent community response");
					Outcome outcome = f.outcome("Admissions avoided", "More people avoid an unnecessary admission");
					p.getOutcomesServed().add(outcome);
					Measure referrals = f.measure("Referrals to the response team");
					referrals.setKind(MeasureKind.ACTIVITY);
					referrals.getEvidencedOutcomes().add(outcome);
					Measure avoided = f.measure("Admissions avoided per week");
					avoided.setKind(ko ? MeasureKind.ACTIVITY : MeasureKind.OUTCOME);
					avoided.getEvidencedOutcomes().add(outcome);
					return p;
				}, "'Urgent community response'", "2 activity measures"),
				Case.of("programme.no-lived-experience-measure", Severity.INFO, (f, ko) -> {
					WorkProgramme p = f.programme("Older adults");
					p.getMeasures().add(f.measure("Average delay days"));
					Measure experience = f.measure("Living as independently as possible");
					experience.setKind(ko ? MeasureKind.STAFF_BEHAVIOUR : MeasureKind.LIVED_EXPERIENCE);
					p.getMeasures().add(experience);
					return p;
				}, "'Older adults'", "2 measures"));
	}

	/** Weekly observations up to {@link Fixture#AS_OF}, the latest last. */
	private static Measure weekly(Fixture f, String name, DesiredDirection direction, String target,
			double... values) {
		Measure measure = f.measure(name);
		measure.setDesiredDirection(direction);
		if (target != null) {
			measure.setTargetValue(new BigDecimal(target));
		}
		for (int i = 0; i < values.length; i++) {
			f.observe(measure, AS_OF.minusWeeks(values.length - 1 - i), BigDecimal.valueOf(values[i]).toPlainString());
		}
		return measure;
	}

	/** Points alternating 10.0 and 10.2: common cause, process limits about 9.57 to 10.63. */
	private static double[] steadyWeeks(int n) {
		double[] values = new double[n];
		for (int i = 0; i < n; i++) {
			values[i] = i % 2 == 0 ? 10.0 : 10.2;
		}
		return values;
	}

	/** 30 steady points and a latest point far below the lower limit. */
	private static double[] concernAtTheEnd() {
		double[] values = steadyWeeks(31);
		values[30] = 8;
		return values;
	}

	/** 30 steady points and a latest point far above the upper limit. */
	private static double[] improvementAtTheEnd() {
		double[] values = steadyWeeks(31);
		values[30] = 12;
		return values;
	}

	/** Sets (ok) or leaves out (ko) the one value a "measure with no ..." rule looks for. */
	private interface MeasureValue {
		void set(Fixture fixture, Measure measure, boolean ko);
	}

	/** A case for a rule that reports a measure missing one value. */
	private static Case missing(String ruleId, MeasureValue value) {
		return Case.of(ruleId, Severity.WARNING, (f, ko) -> {
			Measure m = f.measure("Average delay days");
			value.set(f, m, ko);
			return m;
		}, "'Average delay days'");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void koFixtureIsReportedOnTheOffendingObjectWithItsFigures(Case c) {
		Fixture fixture = new Fixture();
		EObject offending = c.build().apply(fixture, true);

		List<Finding> findings = fixture.check().stream().filter(f -> f.ruleId().equals(c.ruleId()))
				.filter(f -> f.target() == offending).toList();

		assertEquals(1, findings.size(), () -> "findings of " + c.ruleId() + " on the offending object: " + findings);
		Finding finding = findings.get(0);
		assertEquals(c.severity(), finding.severity());
		assertEquals(c.severity(), finding.rule().defaultSeverity());
		for (String figure : c.figures()) {
			assertTrue(finding.message().contains(figure), () -> "'" + figure + "' missing from: " + finding.message());
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void okFixtureIsNotReported(Case c) {
		Fixture fixture = new Fixture();
		c.build().apply(fixture, false);

		List<Finding> findings = fixture.check().stream().filter(f -> f.ruleId().equals(c.ruleId())).toList();

		assertEquals(List.of(), findings.stream().map(Finding::message).toList());
	}

	@Test
	void everyRuleOfTheCatalogueHasACase() {
		Set<String> covered = cases().map(Case::ruleId).collect(Collectors.toSet());
		Set<String> catalogue = CheckCatalogue.placewise().rules().stream().map(CheckRule::id)
				.collect(Collectors.toSet());

		assertEquals(catalogue.stream().sorted().toList(), covered.stream().sorted().toList());
		assertEquals(cases().count(), covered.size(), "one case per rule");
	}

	@Test
	void catalogueHasAtLeast35RulesInEveryCategory() {
		List<CheckRule<?>> rules = CheckCatalogue.placewise().rules();

		assertTrue(rules.size() >= 35, rules.size() + " rules");
		for (Category category : Category.values()) {
			assertFalse(rules.stream().noneMatch(r -> r.category() == category), "no rule in " + category);
		}
	}
}
