package org.placewise.generator;

/**
 * The kinds of gap the generator plants on purpose so that the checks have realistic work to do. Each names the check
 * that is expected to report it (the catalogue's stable rule id) and the kind of object that gets it.
 */
public enum GapKind {
	/** A measure with no baseline value. */
	MEASURE_NO_BASELINE("measure.no-baseline", "measure"),
	/** A measure with no target value. */
	MEASURE_NO_TARGET("measure.no-target", "measure"),
	/** An onward delegation giving more than the delegation it was made under. */
	DELEGATION_ABOVE_DELEGATOR_LIMIT("delegation.exceeds-delegator-limit", "onward delegation"),
	/** A delegation whose review date has passed. */
	DELEGATION_REVIEW_OVERDUE("delegation.review-overdue", "delegation"),
	/** A board or committee with no quorum stated. */
	BOARD_NO_QUORUM("board.no-quorum", "board"),
	/** A work programme whose outcomes have no measure (the headline gap). */
	PROGRAMME_NO_OUTCOME_KPI("programme.no-outcome-kpi", "work programme"),
	/** A work programme with no executive lead. */
	PROGRAMME_NO_EXECUTIVE_LEAD("programme.no-executive-lead", "work programme"),
	/** A partnership with no agreed dispute-resolution procedure. */
	PARTNERSHIP_NO_DISPUTE_PROCEDURE("partnership.no-dispute-procedure", "partnership"),
	/** A pooled budget with no agreement establishing it. */
	POOLED_BUDGET_NO_AGREEMENT("finance.pooled-budget-no-agreement", "pooled budget");

	private final String expectedRuleId;
	private final String candidates;

	GapKind(String expectedRuleId, String candidates) {
		this.expectedRuleId = expectedRuleId;
		this.candidates = candidates;
	}

	/** @return the id of the check rule expected to report this gap */
	public String expectedRuleId() {
		return expectedRuleId;
	}

	/** @return the kind of object that may get this gap, in words */
	public String candidates() {
		return candidates;
	}
}
