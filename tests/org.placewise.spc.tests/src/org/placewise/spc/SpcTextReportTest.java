package org.placewise.spc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.placewise.spc.Series.afterBaseline;
import static org.placewise.spc.Series.baseline12;
import static org.placewise.spc.Series.monthly;

import org.junit.jupiter.api.Test;

class SpcTextReportTest {

	@Test
	void reportShowsMeanLimitsFlaggedPointsVariationAndAssurance() {
		// Baseline mean 10, MR̄ 2, limits 4.68 to 15.32 (data has no decimals, so statistics show one).
		SpcResult result = SpcAnalysis.analyse(afterBaseline(14, 16, 14),
				baseline12(ImprovementDirection.HIGHER_IS_BETTER).target(5).build());
		String report = SpcTextReport.render("Discharges home", result);
		assertEquals(
				"""
						Discharges home
						  Chart: XmR chart, 15 points, higher is better, target 5
						  mean 10.0, mean moving range 2.0, process limits 4.7 to 15.3, baseline of 12 points
						  Special-cause points:
						    2025-01-01  14  special cause improvement (high): two of three points beyond the 2-sigma line (high)
						    2025-02-01  16  special cause improvement (high): two of three points beyond the 2-sigma line (high); also a point outside the process limits (high)
						    2025-03-01  14  special cause improvement (high): two of three points beyond the 2-sigma line (high)
						  Variation of the latest point (2025-03-01): special cause improvement (high)
						  Assurance: hit and miss: the target lies between the process limits
						""",
				report);
	}

	@Test
	void reportListsNotesAndMarksRunChartLimitsAsUnreliable() {
		String report = SpcTextReport.render("Referrals",
				SpcAnalysis.analyse(monthly(1, 2, 1, 2), SpcOptions.defaults()));
		assertTrue(report.contains("(not yet reliable)"), report);
		assertTrue(report.contains(
				"  Notes:\n    - Fewer than 15 points: shown as a run chart; process limits are not yet reliable"),
				report);
	}

	@Test
	void partitionsAreNamedWithTheirDates() {
		double[] values = Series.concat(Series.BASELINE_AROUND_10, 21, 19, 21, 19, 21, 19, 21, 19, 21, 19, 21, 19);
		String report = SpcTextReport.render("LOS", SpcAnalysis.analyse(monthly(values),
				SpcOptions.builder().stepChange(StepChange.atIndex(12)).build()));
		assertTrue(report.contains(
				"  Partition 2 (2025-01-01 to 2025-12-01): mean 20.0, mean moving range 2.0, process limits 14.7 to 25.3\n"),
				report);
	}

	@Test
	void aSeriesWithNoSpecialCauseSaysSo() {
		String report = SpcTextReport.render("Flat",
				SpcAnalysis.analyse(monthly(1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1),
						SpcOptions.defaults()));
		assertTrue(report.contains("  Special-cause points: none\n"), report);
		assertTrue(report.contains("  Variation of the latest point (2025-03-01): common cause variation\n"), report);
	}

	@Test
	void theSummaryGathersSpecialCausePointsIntoStretches() {
		// Shift of 7 above the baseline mean 10 (positions 12 to 18), then the latest point outside the limits.
		SpcResult result = SpcAnalysis.analyse(afterBaseline(11, 12, 11, 12, 11, 12, 11, 9, 30),
				baseline12(ImprovementDirection.HIGHER_IS_BETTER).build());
		String summary = SpcTextReport.summary("Discharges home", result);
		assertTrue(
				summary.contains(
						"""
								  Special-cause points: 8 points in 2 stretches
								    2025-01-01 to 2025-07-01 (7 points)  special cause improvement (high): shift
								    2025-09-01                           special cause improvement (high): a point outside the process limits
								"""),
				summary);
		assertTrue(SpcTextReport.render("Discharges home", result).contains("\n    2025-04-01  12  "));
		assertTrue(!summary.contains("2025-04-01"), summary);
	}

	@Test
	void theMatrixCountsMeasuresByVariationAndAssuranceWithTotals() {
		SpcResult improvingPasses = SpcAnalysis.analyse(afterBaseline(14, 16, 14),
				baseline12(ImprovementDirection.HIGHER_IS_BETTER).target(4).build());
		SpcResult improvingHitAndMiss = SpcAnalysis.analyse(afterBaseline(14, 16, 14),
				baseline12(ImprovementDirection.HIGHER_IS_BETTER).target(10).build());
		SpcResult commonNoTarget = SpcAnalysis.analyse(monthly(1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1),
				SpcOptions.defaults());
		String matrix = SpcTextReport.matrix(java.util.List.of(improvingPasses, improvingHitAndMiss, commonNoTarget));
		assertEquals("""
				3 measures by variation of the latest point and assurance:
				                                         Passes  Hit and miss  Fails  No assurance  Total
				  Special cause improvement                   1             1      0             0      2
				  Common cause variation                      0             0      0             1      1
				  Special cause concern                       0             0      0             0      0
				  Special cause, no preferred direction       0             0      0             0      0
				  Total                                       1             1      0             1      3
				""", matrix);
	}
}
