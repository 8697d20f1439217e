package org.placewise.spc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.placewise.spc.Series.flaggedBy;
import static org.placewise.spc.Series.monthly;
import static org.placewise.spc.Series.range;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Making Data Count run charts (below 15 points) centre on the median; XmR charts keep the mean. */
class RunChartMedianTest {

	@Test
	void theMedianOfAnOddAndAnEvenCount() {
		assertEquals(3, SpcAnalysis.median(new double[] { 9, 3, 1 }, 0, 3), 0);
		assertEquals(2.5, SpcAnalysis.median(new double[] { 0, 4, 1, 3, 2 }, 1, 4), 0);
	}

	@Test
	void aRunChartCountsShiftsFromTheMedianNotTheMean() {
		// Mean 11.9, pulled up by the one 100; median 3. Against the mean the first nine points are a shift low;
		// against the median the 3s sit on the centre line and break every run.
		SpcResult result = SpcAnalysis.analyse(monthly(3, 1, 3, 1, 3, 1, 3, 1, 3, 100), SpcOptions.defaults());
		Partition partition = result.partitions().get(0);
		assertEquals(ChartKind.RUN_CHART, result.chartKind());
		assertEquals(11.9, partition.mean(), 1e-9);
		assertEquals(3, partition.median(), 0);
		assertEquals(3, partition.centre(result.chartKind()), 0);
		assertEquals(List.of(), flaggedBy(result, SpecialCauseRule.SHIFT));
	}

	@Test
	void aRunChartFlagsAShiftBelowTheMedianThatTheMeanWouldMiss() {
		// Median 10.5; mean 8.36 (one very low point). The six 10s are below the median but above the mean, where
		// the mean would see twelve points above it instead.
		SpcResult result = SpcAnalysis.analyse(monthly(11, 12, 11, 12, 10, 10, 10, 10, 10, 10, 12, 11, -24, 12),
				SpcOptions.builder().shiftLength(6).build());
		assertEquals(10.5, result.partitions().get(0).median(), 0);
		assertEquals(range(4, 9), flaggedBy(result, SpecialCauseRule.SHIFT));
		assertTrue(result.points().get(4).specialCauses().contains(new SpecialCause(SpecialCauseRule.SHIFT, Side.LOW)));
	}

	@Test
	void anXmrChartKeepsTheMeanAsCentreLine() {
		SpcResult result = SpcAnalysis.analyse(monthly(Series.concat(Series.BASELINE_AROUND_10, 10, 9, 30)),
				SpcOptions.defaults());
		assertEquals(ChartKind.XMR, result.chartKind());
		Partition partition = result.partitions().get(0);
		assertEquals(partition.mean(), partition.centre(result.chartKind()), 0);
		assertTrue(partition.mean() != partition.median());
	}
}
