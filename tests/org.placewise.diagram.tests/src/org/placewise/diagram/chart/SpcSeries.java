package org.placewise.diagram.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.DoubleStream;

import org.placewise.spc.ImprovementDirection;
import org.placewise.spc.Observation;
import org.placewise.spc.SpcAnalysis;
import org.placewise.spc.SpcOptions;
import org.placewise.spc.SpcResult;

/** SPC results to draw: monthly series around a fixed 12-point baseline (mean 10, limits 4.68 to 15.32). */
final class SpcSeries {

	static final double[] BASELINE_AROUND_10 = { 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9 };

	/** A falling trend from above the upper limit: 7 concern points when higher is better; target 12. */
	static final SpcResult CONCERN = afterBaseline(ImprovementDirection.HIGHER_IS_BETTER, 12, 16, 15, 14, 13, 12, 11,
			10.5);

	private SpcSeries() {
	}

	static List<Observation> monthly(double... values) {
		List<Observation> observations = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			observations.add(new Observation(LocalDate.of(2024, 1, 1).plusMonths(i), values[i]));
		}
		return observations;
	}

	static double[] concat(double[] first, double... second) {
		return DoubleStream.concat(DoubleStream.of(first), DoubleStream.of(second)).toArray();
	}

	/** The baseline then {@code tail}, limits from the baseline; a target when not NaN. */
	static SpcResult afterBaseline(ImprovementDirection direction, double target, double... tail) {
		var options = SpcOptions.builder().baselinePoints(12).direction(direction);
		if (!Double.isNaN(target)) {
			options.target(target);
		}
		return SpcAnalysis.analyse(monthly(concat(BASELINE_AROUND_10, tail)), options.build());
	}
}
