package org.placewise.spc;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders an {@link SpcResult} as plain text for the command line: the chart kind, each partition's mean and limits,
 * every flagged point with its rules, and the variation and assurance icons, followed by the notes.
 */
public final class SpcTextReport {

	private SpcTextReport() {
	}

	/**
	 * Renders a result.
	 *
	 * @param title  what was analysed, usually the measure's name
	 * @param result the analysis
	 * @return the report, lines separated by {@code \n}, ending with a newline
	 */
	public static String render(String title, SpcResult result) {
		StringBuilder out = new StringBuilder();
		SpcOptions options = result.options();
		int decimals = Numbers.statisticDecimals(result);
		out.append(title).append('\n');
		out.append("  Chart: ").append(result.chartKind() == ChartKind.XMR ? "XmR chart" : "run chart").append(", ")
				.append(result.points().size()).append(result.points().size() == 1 ? " point" : " points").append(", ")
				.append(options.direction().description());
		options.target().ifPresent(target -> out.append(", target ").append(Numbers.plain(target)));
		out.append('\n');
		for (Partition partition : result.partitions()) {
			out.append("  ");
			if (result.partitions().size() > 1) {
				out.append("Partition ").append(partition.number()).append(" (")
						.append(result.points().get(partition.firstPoint()).label()).append(" to ")
						.append(result.points().get(partition.lastPoint()).label()).append("): ");
			}
			out.append("mean ").append(Numbers.statistic(partition.mean(), decimals));
			partition.limits().ifPresent(limits -> {
				out.append(", mean moving range ").append(Numbers.statistic(limits.meanMovingRange(), decimals));
				out.append(", process limits ").append(Numbers.statistic(limits.lowerProcessLimit(), decimals))
						.append(" to ").append(Numbers.statistic(limits.upperProcessLimit(), decimals));
				if (result.chartKind() == ChartKind.RUN_CHART) {
					out.append(" (not yet reliable)");
				}
			});
			if (partition.baselinePoints() < partition.size()) {
				out.append(", baseline of ").append(partition.baselinePoints()).append(" points");
			}
			if (partition.movingRangesExcluded() > 0) {
				out.append(", ").append(partition.movingRangesExcluded()).append(" moving range(s) screened out");
			}
			out.append('\n');
		}
		List<SpcPoint> flagged = result.flaggedPoints();
		if (flagged.isEmpty()) {
			out.append("  Special-cause points: none\n");
		} else {
			out.append("  Special-cause points:\n");
			int labelWidth = flagged.stream().mapToInt(point -> point.label().length()).max().orElse(0);
			int valueWidth = flagged.stream().mapToInt(point -> Numbers.plain(point.value()).length()).max().orElse(0);
			for (SpcPoint point : flagged) {
				out.append("    ").append(pad(point.label(), labelWidth)).append("  ")
						.append(pad(Numbers.plain(point.value()), valueWidth)).append("  ")
						.append(point.variation().description()).append(": ").append(causes(point)).append('\n');
			}
		}
		out.append("  Variation");
		result.latestPoint().ifPresent(point -> out.append(" of the latest point (").append(point.label()).append(')'));
		out.append(": ").append(result.latestVariation().description()).append('\n');
		out.append("  Assurance: ").append(result.assurance().description()).append('\n');
		if (!result.notes().isEmpty()) {
			out.append("  Notes:\n");
			for (String note : result.notes()) {
				out.append("    - ").append(note).append('\n');
			}
		}
		return out.toString();
	}

	/** The winning cause first, then the other rules that also flagged the point. */
	private static String causes(SpcPoint point) {
		SpecialCause winner = point.winningCause().orElseThrow();
		String others = point.specialCauses().stream().filter(cause -> !cause.equals(winner))
				.map(SpecialCause::describe)
				.collect(Collectors.joining("; "));
		return winner.describe() + (others.isEmpty() ? "" : "; also " + others);
	}

	private static String pad(String text, int width) {
		return text + " ".repeat(Math.max(0, width - text.length()));
	}
}
