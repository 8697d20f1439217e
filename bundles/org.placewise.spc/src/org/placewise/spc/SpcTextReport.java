package org.placewise.spc;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders an {@link SpcResult} as plain text for the command line: the chart kind, each partition's centre line (the
 * median of a run chart, the mean) and limits, the flagged points with their rules (every one, or gathered into
 * stretches in the one-screen {@link #summary}), and the variation and assurance icons, followed by the notes; and the
 * variation × assurance {@link #matrix} of many measures.
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
		header(out, title, result);
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
		footer(out, result);
		return out.toString();
	}

	/**
	 * Renders a result in one screen: as {@link #render} but with the special-cause points gathered into stretches of
	 * consecutive points ({@link SpcSummary#stretches}).
	 *
	 * @param title  what was analysed, usually the measure's name
	 * @param result the analysis
	 * @return the summary, lines separated by {@code \n}, ending with a newline
	 */
	public static String summary(String title, SpcResult result) {
		StringBuilder out = new StringBuilder();
		header(out, title, result);
		List<SpcSummary.Stretch> stretches = SpcSummary.stretches(result);
		if (stretches.isEmpty()) {
			out.append("  Special-cause points: none\n");
		} else {
			int points = stretches.stream().mapToInt(SpcSummary.Stretch::points).sum();
			out.append("  Special-cause points: ").append(points).append(points == 1 ? " point" : " points");
			if (stretches.size() > 1) {
				out.append(" in ").append(stretches.size()).append(" stretches");
			}
			out.append('\n');
			int spanWidth = stretches.stream().mapToInt(stretch -> stretch.span().length()).max().orElse(0);
			for (SpcSummary.Stretch stretch : stretches) {
				out.append("    ").append(pad(stretch.span(), spanWidth)).append("  ")
						.append(stretch.variation().description()).append(": ")
						.append(stretch.rules().stream().map(SpecialCauseRule::description)
								.collect(Collectors.joining(", ")))
						.append('\n');
			}
		}
		footer(out, result);
		return out.toString();
	}

	/**
	 * The summary table of many measures: how many are in each cell of the variation × assurance matrix, with totals.
	 *
	 * @param results the analyses
	 * @return the table, lines separated by {@code \n}, ending with a newline
	 */
	public static String matrix(List<SpcResult> results) {
		var matrix = SpcSummary.matrix(results, results);
		List<String> headings = List.of("Passes", "Hit and miss", "Fails", "No assurance", "Total");
		int labelWidth = 0;
		for (SpcSummary.Row row : SpcSummary.Row.values()) {
			labelWidth = Math.max(labelWidth, row.label().length());
		}
		StringBuilder out = new StringBuilder();
		out.append(results.size()).append(results.size() == 1 ? " measure" : " measures")
				.append(" by variation of the latest point and assurance:\n");
		out.append("  ").append(pad("", labelWidth));
		headings.forEach(heading -> out.append("  ").append(heading));
		out.append('\n');
		int[] columnTotals = new int[SpcSummary.COLUMNS.size()];
		for (SpcSummary.Row row : SpcSummary.Row.values()) {
			int rowTotal = matrix.get(row).values().stream().mapToInt(List::size).sum();
			if (rowTotal == 0 && row == SpcSummary.Row.NOT_ASSESSED) {
				continue;
			}
			out.append("  ").append(pad(row.label(), labelWidth));
			for (int c = 0; c < SpcSummary.COLUMNS.size(); c++) {
				int count = matrix.get(row).get(SpcSummary.COLUMNS.get(c)).size();
				columnTotals[c] += count;
				out.append("  ").append(padLeft(String.valueOf(count), headings.get(c).length()));
			}
			out.append("  ").append(padLeft(String.valueOf(rowTotal), headings.get(4).length())).append('\n');
		}
		out.append("  ").append(pad("Total", labelWidth));
		for (int c = 0; c < columnTotals.length; c++) {
			out.append("  ").append(padLeft(String.valueOf(columnTotals[c]), headings.get(c).length()));
		}
		out.append("  ").append(padLeft(String.valueOf(results.size()), headings.get(4).length())).append('\n');
		return out.toString();
	}

	private static void header(StringBuilder out, String title, SpcResult result) {
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
			if (result.chartKind() == ChartKind.RUN_CHART) {
				out.append("median ").append(Numbers.statistic(partition.median(), decimals)).append(", ");
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
	}

	private static void footer(StringBuilder out, SpcResult result) {
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

	private static String padLeft(String text, int width) {
		return " ".repeat(Math.max(0, width - text.length())) + text;
	}
}
