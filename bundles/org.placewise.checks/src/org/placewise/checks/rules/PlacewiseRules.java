package org.placewise.checks.rules;

import java.util.List;

import org.placewise.checks.CheckRule;

/**
 * Every rule Placewise ships, in the order the catalogue lists them: by category (footprint, partnership, board,
 * delegation, finance, outcome, programme, measure), then by id.
 */
public final class PlacewiseRules {

	private PlacewiseRules() {
	}

	/** @return new instances of every rule */
	public static List<CheckRule<?>> all() {
		return List.of(
				// footprint
				new org.placewise.checks.rules.footprint.ChildrenOutpopulateParent(),
				new org.placewise.checks.rules.footprint.NestedAtWrongLevel(),
				new org.placewise.checks.rules.footprint.NoPopulation(),
				// partnership
				new org.placewise.checks.rules.partnership.LeadProviderNotNamed(),
				new org.placewise.checks.rules.partnership.NoAgreement(),
				new org.placewise.checks.rules.partnership.NoBoard(),
				new org.placewise.checks.rules.partnership.NoDisputeProcedure(),
				new org.placewise.checks.rules.partnership.PartnerNotRepresented(),
				// board
				new org.placewise.checks.rules.board.ChairNotMember(),
				new org.placewise.checks.rules.board.CircularReportingLine(),
				new org.placewise.checks.rules.board.NoChair(),
				new org.placewise.checks.rules.board.NoMeetingFrequency(),
				new org.placewise.checks.rules.board.NoQuorum(),
				new org.placewise.checks.rules.board.NoTermsOfReference(),
				new org.placewise.checks.rules.board.QuorumAboveMembership(),
				new org.placewise.checks.rules.board.TermsOfReferenceNoReviewDate(),
				new org.placewise.checks.rules.board.TermsOfReferenceReviewOverdue(),
				new org.placewise.checks.rules.board.TooManyMembers(),
				// delegation
				new org.placewise.checks.rules.delegation.Circular(),
				new org.placewise.checks.rules.delegation.DelegatorNotRepresented(),
				new org.placewise.checks.rules.delegation.EscalationTargetNotAbove(),
				new org.placewise.checks.rules.delegation.EscalationThresholdAboveLimit(),
				new org.placewise.checks.rules.delegation.ExceedsDelegatorLimit(),
				new org.placewise.checks.rules.delegation.NoEscalationRule(),
				new org.placewise.checks.rules.delegation.NoLegalBasis(),
				new org.placewise.checks.rules.delegation.NoReviewDate(),
				new org.placewise.checks.rules.delegation.NoScope(),
				new org.placewise.checks.rules.delegation.NoStartDate(),
				new org.placewise.checks.rules.delegation.OnwardNotAllowed(),
				new org.placewise.checks.rules.delegation.PartyMissing(),
				new org.placewise.checks.rules.delegation.ReviewOverdue(),
				// finance
				new org.placewise.checks.rules.finance.AgreementReviewOverdue(),
				new org.placewise.checks.rules.finance.ContributionNoAmount(),
				new org.placewise.checks.rules.finance.ContributionsDoNotAddUp(),
				new org.placewise.checks.rules.finance.ContributorNotParty(),
				new org.placewise.checks.rules.finance.InvestmentFlowNoAgreement(),
				new org.placewise.checks.rules.finance.PooledBudgetNoAgreement(),
				new org.placewise.checks.rules.finance.PooledBudgetNoHost(),
				new org.placewise.checks.rules.finance.PooledBudgetNoRiskShare(),
				new org.placewise.checks.rules.finance.RiskSharesDoNotTotal100(),
				// outcome
				new org.placewise.checks.rules.outcome.ChildDueAfterParent(),
				new org.placewise.checks.rules.outcome.GenericStatement(),
				new org.placewise.checks.rules.outcome.InputFramed(),
				new org.placewise.checks.rules.outcome.NoMeasure(),
				new org.placewise.checks.rules.outcome.NotServed(),
				// programme
				new org.placewise.checks.rules.programme.EndsBeforeStart(),
				new org.placewise.checks.rules.programme.HighRiskUnmitigated(),
				new org.placewise.checks.rules.programme.NoBudget(),
				new org.placewise.checks.rules.programme.NoExecutiveLead(),
				new org.placewise.checks.rules.programme.NoGoverningBoard(),
				new org.placewise.checks.rules.programme.NoOutcome(),
				new org.placewise.checks.rules.programme.NoOutcomeKpi(),
				new org.placewise.checks.rules.programme.NoSeniorResponsibleOwner(),
				new org.placewise.checks.rules.programme.TooManyKpis(),
				// measure
				new org.placewise.checks.rules.measure.BaselineAfterTargetDate(),
				new org.placewise.checks.rules.measure.EvidencesNothing(),
				new org.placewise.checks.rules.measure.NoBaseline(),
				new org.placewise.checks.rules.measure.NoDataSource(),
				new org.placewise.checks.rules.measure.NoDesiredDirection(),
				new org.placewise.checks.rules.measure.NoFrequency(),
				new org.placewise.checks.rules.measure.NoObservations(),
				new org.placewise.checks.rules.measure.NoOwner(),
				new org.placewise.checks.rules.measure.NoRecentObservation(),
				new org.placewise.checks.rules.measure.NoTarget(),
				new org.placewise.checks.rules.measure.ObservationInFuture(),
				new org.placewise.checks.rules.measure.TargetAgainstDirection(),
				new org.placewise.checks.rules.measure.TargetDatePassedNotMet());
	}
}
