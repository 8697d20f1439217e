package org.placewise.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.placewise.model.outcomes.Outcome;

/**
 * A gap in an outcome tree (no measure, no programme) is reported once, on the highest outcome that has it, not again
 * on each outcome below it; when part of the tree closes the gap, the outcomes still open are reported, also when the
 * findings are kept up to date incrementally.
 */
class OutcomeTreeFindingsOnceTest {

	/** A three-level branch and a sibling, as in the generated outcome trees. */
	private final Fixture fixture = new Fixture();
	private final Outcome parent = fixture.outcome("Live well at home", "People live well at home for longer");
	private final Outcome child = fixture.childOutcome(parent, "Regain independence",
			"More people regain independence after illness or injury");
	private final Outcome grandchild = fixture.childOutcome(child, "Community beds",
			"Fewer people wait in a community bed for care at home");
	private final Outcome sibling = fixture.childOutcome(parent, "Return home",
			"More people return home after a hospital stay");

	@Test
	void aTreeWithNoMeasureIsReportedOnceOnItsTop() {
		assertEquals(List.of(
				"'Live well at home'|Outcome 'Live well at home' has no measure (KPI) on it or on any of the 3 outcomes below it"),
				findings("outcome.no-measure"));
	}

	@Test
	void aTreeNoProgrammeServesIsReportedOnceOnItsTop() {
		assertEquals(List.of(
				"'Live well at home'|Outcome 'Live well at home' is not served by any work programme, nor is any of the 3 outcomes below it"),
				findings("outcome.not-served"));
	}

	@Test
	void aMeasureOnOneBranchLeavesTheOtherBranchReportedAlone() {
		fixture.measure("Community bed days").getEvidencedOutcomes().add(grandchild);

		assertEquals(
				List.of("'Return home'|Outcome 'Return home' has no measure (KPI) on it or on any outcome below it"),
				findings("outcome.no-measure"));
	}

	@Test
	void aProgrammeOnOneBranchLeavesTheOtherBranchReportedAlone() {
		fixture.programme("Discharge to assess").getOutcomesServed().add(sibling);

		assertEquals(List.of(
				"'Regain independence'|Outcome 'Regain independence' is not served by any work programme, nor is any of the 1 outcome below it"),
				findings("outcome.not-served"));
	}

	@Test
	void incrementalCheckingMovesTheFindingDownWhenABranchGainsAMeasure() {
		fixture.check();
		Checker checker = new Checker(CheckCatalogue.placewise(), CheckProfile.DEFAULT, Fixture.AS_OF);
		try (IncrementalChecker incremental = new IncrementalChecker(checker, fixture.model.eResource())) {
			assertEquals(List.of("'Live well at home'"), on(incremental.findings(), "outcome.no-measure"));

			fixture.measure("Community bed days").getEvidencedOutcomes().add(grandchild);
			incremental.recheck();

			assertEquals(List.of("'Return home'"), on(incremental.findings(), "outcome.no-measure"));
			assertEquals(on(checker.check(fixture.model), "outcome.no-measure"),
					on(incremental.findings(), "outcome.no-measure"));
		}
	}

	private List<String> findings(String ruleId) {
		return fixture.check().stream().filter(f -> f.ruleId().equals(ruleId))
				.map(f -> "'" + ((Outcome) f.target()).getName() + "'|" + f.message()).toList();
	}

	private static List<String> on(List<Finding> findings, String ruleId) {
		return findings.stream().filter(f -> f.ruleId().equals(ruleId))
				.map(f -> "'" + ((Outcome) f.target()).getName() + "'").sorted().toList();
	}
}
