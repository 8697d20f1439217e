package org.placewise.spc;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Draws an {@link SpcResult} as a self-contained SVG: the Making Data Count XmR chart (data line,
 * mean, process limits per partition, target) or, below 15 points, a run chart. Points are
 * coloured and shaped by variation type with a colour-blind-safe palette (blue improvement,
 * orange concern, purple neutral, grey common cause), so the chart also reads in greyscale. The
 * SVG carries a title and a description for screen readers, and the same input always gives the
 * same bytes.
 */
public final class SpcChartSvg {

	/** Default width in pixels. */
	public static final int DEFAULT_WIDTH = 760;
	/** Default height in pixels. */
	public static final int DEFAULT_HEIGHT = 400;

	static final String COMMON_FILL = "#a6a6a6";
	static final String COMMON_STROKE = "#6b6b6b";
	static final String IMPROVEMENT_FILL = "#0072b2";
	static final String CONCERN_FILL = "#e69f00";
	static final String NEUTRAL_FILL = "#7b3294";
	private static final String CONCERN_STROKE = "#9a6a00";
	private static final String TARGET_COLOUR = "#c2185b";
	private static final String INK = "#222222";
	private static final String SOFT_INK = "#555555";
	private static final String FONT = "font-family=\"Arial, Helvetica, sans-serif\"";

	private static final int LEFT = 64;
	private static final int RIGHT = 150;
	private static final int TOP = 66;
	private static final int BOTTOM = 78;

	private SpcChartSvg() {
	}

	/** Renders at the default size with no axis label. */
	public static String render(String title, SpcResult result) {
		return render(title, null, result, DEFAULT_WIDTH, DEFAULT_HEIGHT);
	}

	/**
	 * Renders a chart.
	 *
	 * @param title      chart title, usually the measure's name
	 * @param valueLabel label of the value axis (for example the unit), or {@code null}
	 * @param result     the analysis to draw
	 * @param width      width in pixels (at least 400)
	 * @param height     height in pixels (at least 260)
	 * @return an SVG document
	 */
	public static String render(String title, String valueLabel, SpcResult result, int width, int height) {
		if (width < 400 || height < 260) {
			throw new IllegalArgumentException("An SPC chart needs at least 400 × 260 pixels, not " + width + " × " + height);
		}
		return new Drawing(title, valueLabel, result, width, height).draw();
	}

	/** The text a screen reader gives for the chart: what it shows and what it means. */
	public static String describe(String title, SpcResult result) {
		StringBuilder text = new StringBuilder();
		int n = result.points().size();
		text.append(result.chartKind() == ChartKind.XMR ? "XmR chart" : "Run chart").append(" of ").append(title)
				.append(" with ").append(n).append(n == 1 ? " point" : " points");
		if (n > 0) {
			text.append(" from ").append(result.points().get(0).label()).append(" to ")
					.append(result.points().get(n - 1).label());
		}
		text.append('.');
		int decimals = Numbers.statisticDecimals(result);
		result.currentPartition().ifPresent(partition -> {
			text.append(result.partitions().size() > 1 ? " Since the last step change: mean " : " Mean ")
					.append(Numbers.statistic(partition.mean(), decimals));
			if (result.chartKind() == ChartKind.XMR) {
				partition.limits().ifPresent(limits -> text.append(", process limits ")
						.append(Numbers.statistic(limits.lowerProcessLimit(), decimals)).append(" to ")
						.append(Numbers.statistic(limits.upperProcessLimit(), decimals)));
			}
			text.append('.');
		});
		result.options().target().ifPresent(target -> text.append(" Target ").append(Numbers.plain(target)).append('.'));
		long flagged = result.flaggedPoints().size();
		text.append(' ').append(flagged).append(flagged == 1 ? " point shows" : " points show").append(" special cause variation.");
		text.append(" Latest point: ").append(result.latestVariation().description()).append('.');
		if (result.assurance() != Assurance.NONE) {
			text.append(" Assurance: ").append(result.assurance().description()).append('.');
		}
		if (result.chartKind() == ChartKind.RUN_CHART && n > 0) {
			text.append(' ').append(SpcAnalysis.RUN_CHART_NOTE).append('.');
		}
		return text.toString();
	}

	/** One drawing in progress: scales and the SVG being written. */
	private static final class Drawing {
		private final String title;
		private final String valueLabel;
		private final SpcResult result;
		private final int width;
		private final int height;
		private final StringBuilder svg = new StringBuilder();
		private final double plotLeft = LEFT;
		private final double plotTop = TOP;
		private final double plotRight;
		private final double plotBottom;
		private double minValue;
		private double maxValue;
		private double tickStep;

		Drawing(String title, String valueLabel, SpcResult result, int width, int height) {
			this.title = title == null ? "" : title;
			this.valueLabel = valueLabel;
			this.result = result;
			this.width = width;
			this.height = height;
			this.plotRight = width - RIGHT;
			this.plotBottom = height - BOTTOM;
		}

		String draw() {
			svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
					.append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
					.append("\" role=\"img\" aria-labelledby=\"spc-title spc-desc\">\n");
			svg.append("<title id=\"spc-title\">").append(xml(title)).append("</title>\n");
			svg.append("<desc id=\"spc-desc\">").append(xml(describe(title, result))).append("</desc>\n");
			svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
			text(LEFT, 24, "start", 16, "bold", INK, title);
			text(LEFT, 44, "start", 12, null, SOFT_INK, subtitle());
			if (result.points().isEmpty()) {
				svg.append("<rect x=\"").append(num(plotLeft)).append("\" y=\"").append(num(plotTop)).append("\" width=\"")
						.append(num(plotRight - plotLeft)).append("\" height=\"").append(num(plotBottom - plotTop))
						.append("\" fill=\"none\" stroke=\"#cccccc\"/>\n");
				text((plotLeft + plotRight) / 2, (plotTop + plotBottom) / 2, "middle", 14, null, SOFT_INK,
						"No observations to chart");
				return svg.append("</svg>\n").toString();
			}
			scaleValues();
			drawBaselines();
			drawGrid();
			drawStepChanges();
			drawCentreAndLimits();
			drawTarget();
			drawData();
			drawLineLabels();
			drawTimeAxis();
			drawLegend();
			return svg.append("</svg>\n").toString();
		}

		private boolean showLimits() {
			return result.chartKind() == ChartKind.XMR;
		}

		private String subtitle() {
			if (result.points().isEmpty()) {
				return "No observations";
			}
			if (result.chartKind() == ChartKind.RUN_CHART) {
				return SpcAnalysis.RUN_CHART_NOTE + ".";
			}
			String text = "Variation: " + result.latestVariation().description();
			if (result.assurance() != Assurance.NONE) {
				text += "  \u00b7  Assurance: " + result.assurance().description();
			}
			return text;
		}

		private void scaleValues() {
			double min = Double.POSITIVE_INFINITY;
			double max = Double.NEGATIVE_INFINITY;
			for (SpcPoint point : result.points()) {
				min = Math.min(min, point.value());
				max = Math.max(max, point.value());
			}
			for (Partition partition : result.partitions()) {
				min = Math.min(min, partition.mean());
				max = Math.max(max, partition.mean());
				if (showLimits() && partition.limits().isPresent()) {
					min = Math.min(min, partition.limits().get().lowerProcessLimit());
					max = Math.max(max, partition.limits().get().upperProcessLimit());
				}
			}
			if (result.options().target().isPresent()) {
				min = Math.min(min, result.options().target().getAsDouble());
				max = Math.max(max, result.options().target().getAsDouble());
			}
			if (max - min < 1e-9 * Math.max(1, Math.abs(max))) {
				// A flat series still needs a visible band around its value.
				double pad = Math.abs(max) > 0 ? Math.abs(max) * 0.1 : 1;
				min -= pad;
				max += pad;
			}
			tickStep = niceStep((max - min) / 5);
			minValue = Math.floor(min / tickStep) * tickStep;
			maxValue = Math.ceil(max / tickStep) * tickStep;
			// Keep points off the frame: add a tick where the data comes too close to the edge.
			if (maxValue - max < tickStep * 0.15) {
				maxValue += tickStep;
			}
			if (min - minValue < tickStep * 0.15) {
				minValue -= tickStep;
			}
		}

		private static double niceStep(double rough) {
			double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
			double fraction = rough / magnitude;
			double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
			return nice * magnitude;
		}

		private double y(double value) {
			return plotBottom - (value - minValue) / (maxValue - minValue) * (plotBottom - plotTop);
		}

		private double x(int position) {
			return plotLeft + (position + 0.5) * slot();
		}

		private double slot() {
			return (plotRight - plotLeft) / result.points().size();
		}

		private void drawGrid() {
			svg.append("<g ").append(FONT).append(" font-size=\"11\" fill=\"").append(SOFT_INK).append("\">\n");
			int ticks = (int) Math.round((maxValue - minValue) / tickStep);
			for (int t = 0; t <= ticks; t++) {
				double value = minValue + t * tickStep;
				double yy = y(value);
				line(plotLeft, yy, plotRight, yy, "#e6e6e6", 1, null);
				svg.append("<text x=\"").append(num(plotLeft - 6)).append("\" y=\"").append(num(yy + 4))
						.append("\" text-anchor=\"end\">").append(xml(tickLabel(value))).append("</text>\n");
			}
			svg.append("</g>\n");
			line(plotLeft, plotTop, plotLeft, plotBottom, "#bbbbbb", 1, null);
			line(plotLeft, plotBottom, plotRight, plotBottom, "#bbbbbb", 1, null);
			if (valueLabel != null && !valueLabel.isBlank()) {
				double cy = (plotTop + plotBottom) / 2;
				svg.append("<text x=\"14\" y=\"").append(num(cy)).append("\" transform=\"rotate(-90 14 ").append(num(cy))
						.append(")\" text-anchor=\"middle\" ").append(FONT).append(" font-size=\"11\" fill=\"")
						.append(SOFT_INK).append("\">").append(xml(valueLabel)).append("</text>\n");
			}
		}

		private String tickLabel(double value) {
			if (Math.abs(value) < tickStep * 1e-6) {
				return "0";
			}
			int decimals = Math.max(0, (int) Math.ceil(-Math.log10(tickStep) - 1e-9));
			if (tickStep * Math.pow(10, decimals) % 1 > 1e-6) {
				decimals++; // steps like 2.5 need one decimal more than their magnitude
			}
			return String.format(Locale.ROOT, "%,." + decimals + "f", value);
		}

		/** Shades the points that set a partition's limits when they are not all of its points. */
		private void drawBaselines() {
			if (!showLimits()) {
				return;
			}
			for (Partition partition : result.partitions()) {
				if (partition.baselinePoints() >= partition.size()) {
					continue;
				}
				double x1 = x(partition.firstPoint()) - slot() / 2;
				double x2 = x(partition.firstPoint() + partition.baselinePoints() - 1) + slot() / 2;
				svg.append("<rect x=\"").append(num(x1)).append("\" y=\"").append(num(plotTop)).append("\" width=\"")
						.append(num(x2 - x1)).append("\" height=\"").append(num(plotBottom - plotTop))
						.append("\" fill=\"#f2f2f2\"/>\n");
				text(x1 + 4, plotBottom - 6, "start", 10, null, SOFT_INK, "Baseline");
			}
		}

		private void drawStepChanges() {
			for (Partition partition : result.partitions()) {
				if (partition.number() == 1) {
					continue;
				}
				double xx = x(partition.firstPoint()) - slot() / 2;
				line(xx, plotTop, xx, plotBottom, "#888888", 1, "2 3");
				text(xx + 4, plotTop + 11, "start", 10, null, SOFT_INK, "Step change");
			}
		}

		private void drawCentreAndLimits() {
			for (Partition partition : result.partitions()) {
				double x1 = x(partition.firstPoint()) - slot() / 2;
				double x2 = x(partition.lastPoint()) + slot() / 2;
				if (showLimits() && partition.limits().isPresent()) {
					ProcessLimits limits = partition.limits().get();
					line(x1, y(limits.upperProcessLimit()), x2, y(limits.upperProcessLimit()), SOFT_INK, 1.25, "6 4");
					line(x1, y(limits.lowerProcessLimit()), x2, y(limits.lowerProcessLimit()), SOFT_INK, 1.25, "6 4");
				}
				line(x1, y(partition.mean()), x2, y(partition.mean()), INK, 1.5, null);
			}
		}

		private void drawTarget() {
			if (result.options().target().isPresent()) {
				double yy = y(result.options().target().getAsDouble());
				line(plotLeft, yy, plotRight, yy, TARGET_COLOUR, 1.5, "10 4");
			}
		}

		private void drawData() {
			svg.append("<polyline fill=\"none\" stroke=\"#8c8c8c\" stroke-width=\"1.5\" points=\"");
			for (SpcPoint point : result.points()) {
				if (point.position() > 0) {
					svg.append(' ');
				}
				svg.append(num(x(point.position()))).append(',').append(num(y(point.value())));
			}
			svg.append("\"/>\n");
			double size = Math.max(2.5, Math.min(5, slot() / 3));
			for (SpcPoint point : result.points()) {
				marker(x(point.position()), y(point.value()), point.variation(), size, tooltip(point));
			}
		}

		private String tooltip(SpcPoint point) {
			String text = point.label() + ": " + Numbers.plain(point.value());
			if (point.isFlagged()) {
				text += ", " + point.variation().description() + " (" + point.winningCause().orElseThrow().rule().description() + ")";
			}
			return text;
		}

		private void marker(double cx, double cy, Variation variation, double size, String tooltip) {
			String open = switch (markerShape(variation)) {
				case CIRCLE -> "<circle cx=\"" + num(cx) + "\" cy=\"" + num(cy) + "\" r=\"" + num(size * 1.2) + "\"";
				case SMALL_CIRCLE -> "<circle cx=\"" + num(cx) + "\" cy=\"" + num(cy) + "\" r=\"" + num(size * 0.8) + "\"";
				case DIAMOND -> "<polygon points=\"" + num(cx) + ',' + num(cy - size * 1.5) + ' ' + num(cx + size * 1.5) + ','
						+ num(cy) + ' ' + num(cx) + ',' + num(cy + size * 1.5) + ' ' + num(cx - size * 1.5) + ',' + num(cy) + "\"";
				case SQUARE -> "<rect x=\"" + num(cx - size * 1.1) + "\" y=\"" + num(cy - size * 1.1) + "\" width=\""
						+ num(size * 2.2) + "\" height=\"" + num(size * 2.2) + "\"";
			};
			svg.append(open).append(" fill=\"").append(fill(variation)).append("\" stroke=\"").append(stroke(variation))
					.append("\" stroke-width=\"1\"");
			if (tooltip == null) {
				svg.append("/>\n");
			} else {
				svg.append("><title>").append(xml(tooltip)).append("</title>").append(closingTag(markerShape(variation)))
						.append('\n');
			}
		}

		private static String closingTag(Shape shape) {
			return switch (shape) {
				case CIRCLE, SMALL_CIRCLE -> "</circle>";
				case DIAMOND -> "</polygon>";
				case SQUARE -> "</rect>";
			};
		}

		private enum Shape {
			SMALL_CIRCLE, CIRCLE, DIAMOND, SQUARE
		}

		private static Shape markerShape(Variation variation) {
			if (variation.isImprovement()) {
				return Shape.CIRCLE;
			}
			if (variation.isConcern()) {
				return Shape.DIAMOND;
			}
			return variation.isSpecialCause() ? Shape.SQUARE : Shape.SMALL_CIRCLE;
		}

		private static String fill(Variation variation) {
			if (variation.isImprovement()) {
				return IMPROVEMENT_FILL;
			}
			if (variation.isConcern()) {
				return CONCERN_FILL;
			}
			return variation.isSpecialCause() ? NEUTRAL_FILL : COMMON_FILL;
		}

		private static String stroke(Variation variation) {
			if (variation.isConcern()) {
				return CONCERN_STROKE;
			}
			return variation.isSpecialCause() ? "#ffffff" : COMMON_STROKE;
		}

		/** Labels the current partition's lines in the right margin, nudged apart so none overlap. */
		private void drawLineLabels() {
			record Label(double y, int rank, String text, String colour) {
			}
			List<Label> labels = new ArrayList<>();
			Partition current = result.currentPartition().orElseThrow();
			int decimals = Numbers.statisticDecimals(result);
			// The rank orders labels that share a height (a flat series) from top to bottom.
			labels.add(new Label(y(current.mean()), 2, "Mean " + Numbers.statistic(current.mean(), decimals), INK));
			if (showLimits() && current.limits().isPresent()) {
				ProcessLimits limits = current.limits().get();
				labels.add(new Label(y(limits.upperProcessLimit()), 0,
						"Upper limit " + Numbers.statistic(limits.upperProcessLimit(), decimals), SOFT_INK));
				labels.add(new Label(y(limits.lowerProcessLimit()), 3,
						"Lower limit " + Numbers.statistic(limits.lowerProcessLimit(), decimals), SOFT_INK));
			}
			result.options().target().ifPresent(target -> labels
					.add(new Label(y(target), 1, "Target " + Numbers.plain(target), TARGET_COLOUR)));
			labels.sort(Comparator.comparingDouble(Label::y).thenComparingInt(Label::rank));
			double gap = 13;
			double[] placed = new double[labels.size()];
			for (int i = 0; i < labels.size(); i++) {
				placed[i] = Math.max(labels.get(i).y(), i == 0 ? plotTop - 4 : placed[i - 1] + gap);
			}
			// Push back up from the bottom if the stack ran past the plot.
			for (int i = labels.size() - 1; i >= 0; i--) {
				double limit = i == labels.size() - 1 ? plotBottom + 8 : placed[i + 1] - gap;
				placed[i] = Math.min(placed[i], limit);
			}
			for (int i = 0; i < labels.size(); i++) {
				text(plotRight + 8, placed[i] + 4, "start", 11, null, labels.get(i).colour(), labels.get(i).text());
			}
		}

		private void drawTimeAxis() {
			int n = result.points().size();
			int every = Math.max(1, (int) Math.ceil(n / 9.0));
			DateTimeFormatter format = monthly() ? DateTimeFormatter.ofPattern("MMM yy", Locale.UK)
					: DateTimeFormatter.ofPattern("d MMM yy", Locale.UK);
			svg.append("<g ").append(FONT).append(" font-size=\"11\" fill=\"").append(SOFT_INK)
					.append("\" text-anchor=\"middle\">\n");
			for (SpcPoint point : result.points()) {
				if (point.position() % every != 0) {
					continue;
				}
				double xx = x(point.position());
				line(xx, plotBottom, xx, plotBottom + 4, "#bbbbbb", 1, null);
				String label = point.date() != null ? format.format(point.date()) : Integer.toString(point.position() + 1);
				svg.append("<text x=\"").append(num(xx)).append("\" y=\"").append(num(plotBottom + 17)).append("\">")
						.append(xml(label)).append("</text>\n");
			}
			svg.append("</g>\n");
		}

		private boolean monthly() {
			for (SpcPoint point : result.points()) {
				LocalDate date = point.date();
				if (date == null || date.getDayOfMonth() != 1) {
					return false;
				}
			}
			return true;
		}

		private void drawLegend() {
			double yy = height - 22;
			double xx = plotLeft;
			xx = legendMarker(xx, yy, Variation.COMMON_CAUSE, "Common cause");
			if (result.options().direction() == ImprovementDirection.NEUTRAL) {
				xx = legendMarker(xx, yy, Variation.SPECIAL_CAUSE_NEUTRAL_HIGH, "Special cause (no direction)");
			} else {
				xx = legendMarker(xx, yy, Variation.SPECIAL_CAUSE_IMPROVEMENT_HIGH, "Improvement");
				xx = legendMarker(xx, yy, Variation.SPECIAL_CAUSE_CONCERN_HIGH, "Concern");
			}
			line(xx, yy, xx + 22, yy, INK, 1.5, null);
			xx = legendText(xx + 27, yy, "Mean");
			if (showLimits()) {
				line(xx, yy, xx + 22, yy, SOFT_INK, 1.25, "6 4");
				xx = legendText(xx + 27, yy, "Process limits");
			}
			if (result.options().target().isPresent()) {
				line(xx, yy, xx + 22, yy, TARGET_COLOUR, 1.5, "10 4");
				legendText(xx + 27, yy, "Target");
			}
		}

		private double legendMarker(double xx, double yy, Variation variation, String label) {
			marker(xx + 5, yy, variation, 4, null);
			return legendText(xx + 14, yy, label);
		}

		private double legendText(double xx, double yy, String label) {
			text(xx, yy + 4, "start", 11, null, INK, label);
			// Arial averages about 0.55 em per character at this size; spacing only needs to be close.
			return xx + label.length() * 5.7 + 16;
		}

		private void line(double x1, double y1, double x2, double y2, String colour, double strokeWidth, String dash) {
			svg.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"").append(num(x2))
					.append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(colour).append("\" stroke-width=\"")
					.append(num(strokeWidth)).append('"');
			if (dash != null) {
				svg.append(" stroke-dasharray=\"").append(dash).append('"');
			}
			svg.append("/>\n");
		}

		private void text(double xx, double yy, String anchor, int size, String weight, String colour, String content) {
			svg.append("<text x=\"").append(num(xx)).append("\" y=\"").append(num(yy)).append("\" text-anchor=\"")
					.append(anchor).append("\" ").append(FONT).append(" font-size=\"").append(size).append('"');
			if (weight != null) {
				svg.append(" font-weight=\"").append(weight).append('"');
			}
			svg.append(" fill=\"").append(colour).append("\">").append(xml(content)).append("</text>\n");
		}
	}

	private static String num(double value) {
		String text = String.format(Locale.ROOT, "%.1f", value);
		if (text.endsWith(".0")) {
			text = text.substring(0, text.length() - 2);
		}
		return text.equals("-0") ? "0" : text;
	}

	/** Escapes text for XML content and attribute values. */
	static String xml(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&apos;");
				default -> {
					// Control characters other than tab and newline are not allowed in XML 1.0.
					if (c >= 0x20 || c == '\t' || c == '\n') {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}
}
