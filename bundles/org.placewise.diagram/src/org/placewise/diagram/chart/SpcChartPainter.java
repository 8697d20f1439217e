package org.placewise.diagram.chart;

import static org.placewise.diagram.chart.SpcPalette.AXIS;
import static org.placewise.diagram.chart.SpcPalette.BASELINE;
import static org.placewise.diagram.chart.SpcPalette.DATA_LINE;
import static org.placewise.diagram.chart.SpcPalette.FRAME;
import static org.placewise.diagram.chart.SpcPalette.GRID;
import static org.placewise.diagram.chart.SpcPalette.INK;
import static org.placewise.diagram.chart.SpcPalette.SOFT_INK;
import static org.placewise.diagram.chart.SpcPalette.STEP_CHANGE;
import static org.placewise.diagram.chart.SpcPalette.TARGET;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.placewise.diagram.layout.Bounds;
import org.placewise.diagram.layout.Point;
import org.placewise.diagram.render.Canvas;
import org.placewise.diagram.render.Stroke;
import org.placewise.diagram.render.TextAnchor;
import org.placewise.diagram.render.TextRun;
import org.placewise.diagram.scene.Colour;
import org.placewise.spc.Assurance;
import org.placewise.spc.ChartKind;
import org.placewise.spc.ImprovementDirection;
import org.placewise.spc.Numbers;
import org.placewise.spc.Partition;
import org.placewise.spc.ProcessLimits;
import org.placewise.spc.SpcAnalysis;
import org.placewise.spc.SpcPoint;
import org.placewise.spc.SpcResult;
import org.placewise.spc.Variation;

/**
 * Draws an {@link SpcResult} on a {@link Canvas}, as {@link org.placewise.diagram.render.DiagramPainter} draws
 * diagrams: the Making Data Count XmR chart (data line, mean, process limits per partition, target) or, below 15
 * points, a run chart. Points are coloured by variation type from the {@link SpcPalette} and shaped by
 * {@link MarkerShape}, so the chart also reads in greyscale; each point is a group whose title says its value and
 * variation (a tooltip in SVG). The page carries the chart's title and {@link #describe description} for screen
 * readers.
 */
public final class SpcChartPainter {

	/** Default width in pixels. */
	public static final int DEFAULT_WIDTH = 760;
	/** Default height in pixels. */
	public static final int DEFAULT_HEIGHT = 400;
	/** Smallest width in pixels. */
	public static final int MIN_WIDTH = 400;
	/** Smallest height in pixels. */
	public static final int MIN_HEIGHT = 260;
	/** The charts' font family list (in SVG; PNG uses the diagrams' font). */
	public static final String FONTS = "Arial, Helvetica, sans-serif";

	private static final int LEFT = 64;
	private static final int RIGHT = 150;
	private static final int TOP = 66;
	private static final int BOTTOM = 78;
	private static final Stroke LIMIT_LINE = Stroke.dashed(SOFT_INK, 1.25, 6, 4);
	private static final Stroke MEAN_LINE = Stroke.solid(INK, 1.5);
	private static final Stroke TARGET_LINE = Stroke.dashed(TARGET, 1.5, 10, 4);

	/**
	 * Draws a chart.
	 *
	 * @param title      chart title, usually the measure's name
	 * @param valueLabel label of the value axis (for example the unit), or {@code null}
	 * @param result     the analysis to draw
	 * @param width      width in pixels (at least {@value #MIN_WIDTH})
	 * @param height     height in pixels (at least {@value #MIN_HEIGHT})
	 * @param canvas     where to draw
	 * @throws IllegalArgumentException when the chart is smaller than the minimum
	 */
	public void paint(String title, String valueLabel, SpcResult result, int width, int height, Canvas canvas) {
		checkSize(width, height);
		new Drawing(title, valueLabel, result, width, height, canvas).draw();
	}

	/**
	 * @param width  chart width in pixels
	 * @param height chart height in pixels
	 * @throws IllegalArgumentException when the chart is smaller than the minimum
	 */
	static void checkSize(int width, int height) {
		if (width < MIN_WIDTH || height < MIN_HEIGHT) {
			throw new IllegalArgumentException("An SPC chart needs at least " + MIN_WIDTH + " \u00d7 " + MIN_HEIGHT
					+ " pixels, not " + width + " \u00d7 " + height);
		}
	}

	/**
	 * The text a screen reader gives for the chart: what it shows and what it means.
	 *
	 * @param title  chart title
	 * @param result the analysis
	 * @return one paragraph
	 */
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
			String centre = result.chartKind() == ChartKind.RUN_CHART ? "median " : "mean ";
			text.append(result.partitions().size() > 1 ? " Since the last step change: " + centre
					: " " + Character.toUpperCase(centre.charAt(0)) + centre.substring(1))
					.append(Numbers.statistic(partition.centre(result.chartKind()), decimals));
			if (result.chartKind() == ChartKind.XMR) {
				partition.limits().ifPresent(limits -> text.append(", process limits ")
						.append(Numbers.statistic(limits.lowerProcessLimit(), decimals)).append(" to ")
						.append(Numbers.statistic(limits.upperProcessLimit(), decimals)));
			}
			text.append('.');
		});
		result.options().target()
				.ifPresent(target -> text.append(" Target ").append(Numbers.plain(target)).append('.'));
		long flagged = result.flaggedPoints().size();
		text.append(' ').append(flagged).append(flagged == 1 ? " point shows" : " points show")
				.append(" special cause variation.");
		text.append(" Latest point: ").append(result.latestVariation().description()).append('.');
		if (result.assurance() != Assurance.NONE) {
			text.append(" Assurance: ").append(result.assurance().description()).append('.');
		}
		if (result.chartKind() == ChartKind.RUN_CHART && n > 0) {
			text.append(' ').append(SpcAnalysis.RUN_CHART_NOTE).append('.');
		}
		return text.toString();
	}

	/**
	 * Draws a point marker: the shape of its variation, filled and outlined by the palette.
	 *
	 * @param canvas    where to draw
	 * @param centre    the point
	 * @param variation the point's variation
	 * @param size      half the marker's size, about
	 */
	static void marker(Canvas canvas, Point centre, Variation variation, double size) {
		Colour fill = SpcPalette.fill(variation);
		Stroke outline = Stroke.solid(SpcPalette.outline(variation), 1);
		double cx = centre.x();
		double cy = centre.y();
		switch (MarkerShape.of(variation)) {
		case CIRCLE -> canvas.circle(centre, size * 1.2, fill, outline);
		case SMALL_CIRCLE -> canvas.circle(centre, size * 0.8, fill, outline);
		case DIAMOND -> {
			double d = size * 1.5;
			canvas.polygon(List.of(new Point(cx, cy - d), new Point(cx + d, cy), new Point(cx, cy + d),
					new Point(cx - d, cy)), fill, outline);
		}
		case SQUARE -> {
			double h = size * 1.1;
			canvas.rect(new Bounds(cx - h, cy - h, 2 * h, 2 * h), 0, fill, outline);
		}
		}
	}

	/** One drawing in progress: its scales and canvas. */
	private static final class Drawing {
		private final String title;
		private final String valueLabel;
		private final SpcResult result;
		private final int width;
		private final int height;
		private final Canvas canvas;
		private final double plotLeft = LEFT;
		private final double plotTop = TOP;
		private final double plotRight;
		private final double plotBottom;
		private double minValue;
		private double maxValue;
		private double tickStep;

		Drawing(String title, String valueLabel, SpcResult result, int width, int height, Canvas canvas) {
			this.title = title == null ? "" : title;
			this.valueLabel = valueLabel;
			this.result = result;
			this.width = width;
			this.height = height;
			this.canvas = canvas;
			this.plotRight = width - RIGHT;
			this.plotBottom = height - BOTTOM;
		}

		void draw() {
			canvas.begin(width, height, "placewise-spc-chart", title, describe(title, result));
			canvas.rect(new Bounds(0, 0, width, height), 0, Colour.WHITE, null);
			text(TextRun.of(title, LEFT, 24, 16, TextAnchor.START).bolded(), INK);
			text(TextRun.of(subtitle(), LEFT, 44, 12, TextAnchor.START), SOFT_INK);
			if (result.points().isEmpty()) {
				canvas.rect(new Bounds(plotLeft, plotTop, plotRight - plotLeft, plotBottom - plotTop), 0, null,
						Stroke.solid(FRAME, 1));
				text(TextRun.of("No observations to chart", (plotLeft + plotRight) / 2, (plotTop + plotBottom) / 2, 14,
						TextAnchor.MIDDLE), SOFT_INK);
				canvas.end();
				return;
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
			canvas.end();
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
				min = Math.min(min, partition.centre(result.chartKind()));
				max = Math.max(max, partition.centre(result.chartKind()));
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
			canvas.beginGroup(null, null, "grid", null, null);
			int ticks = (int) Math.round((maxValue - minValue) / tickStep);
			for (int t = 0; t <= ticks; t++) {
				double value = minValue + t * tickStep;
				double yy = y(value);
				line(plotLeft, yy, plotRight, yy, Stroke.solid(GRID, 1));
				text(TextRun.of(tickLabel(value), plotLeft - 6, yy + 4, 11, TextAnchor.END), SOFT_INK);
			}
			canvas.endGroup();
			line(plotLeft, plotTop, plotLeft, plotBottom, Stroke.solid(AXIS, 1));
			line(plotLeft, plotBottom, plotRight, plotBottom, Stroke.solid(AXIS, 1));
			if (valueLabel != null && !valueLabel.isBlank()) {
				double cy = (plotTop + plotBottom) / 2;
				text(TextRun.of(valueLabel, 14, cy, 11, TextAnchor.MIDDLE).rotated(-90), SOFT_INK);
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
				canvas.rect(new Bounds(x1, plotTop, x2 - x1, plotBottom - plotTop), 0, BASELINE, null);
				text(TextRun.of("Baseline", x1 + 4, plotBottom - 6, 10, TextAnchor.START), SOFT_INK);
			}
		}

		private void drawStepChanges() {
			for (Partition partition : result.partitions()) {
				if (partition.number() == 1) {
					continue;
				}
				double xx = x(partition.firstPoint()) - slot() / 2;
				line(xx, plotTop, xx, plotBottom, Stroke.dashed(STEP_CHANGE, 1, 2, 3));
				text(TextRun.of("Step change", xx + 4, plotTop + 11, 10, TextAnchor.START), SOFT_INK);
			}
		}

		/** "Median" on a run chart, "Mean" on an XmR chart, as Making Data Count draws them. */
		private String centreName() {
			return result.chartKind() == ChartKind.RUN_CHART ? "Median" : "Mean";
		}

		private void drawCentreAndLimits() {
			for (Partition partition : result.partitions()) {
				double x1 = x(partition.firstPoint()) - slot() / 2;
				double x2 = x(partition.lastPoint()) + slot() / 2;
				if (showLimits() && partition.limits().isPresent()) {
					ProcessLimits limits = partition.limits().get();
					line(x1, y(limits.upperProcessLimit()), x2, y(limits.upperProcessLimit()), LIMIT_LINE);
					line(x1, y(limits.lowerProcessLimit()), x2, y(limits.lowerProcessLimit()), LIMIT_LINE);
				}
				double centre = partition.centre(result.chartKind());
				line(x1, y(centre), x2, y(centre), MEAN_LINE);
			}
		}

		private void drawTarget() {
			if (result.options().target().isPresent()) {
				double yy = y(result.options().target().getAsDouble());
				line(plotLeft, yy, plotRight, yy, TARGET_LINE);
			}
		}

		private void drawData() {
			List<Point> line = new ArrayList<>();
			for (SpcPoint point : result.points()) {
				line.add(new Point(x(point.position()), y(point.value())));
			}
			if (line.size() >= 2) {
				canvas.line(line, Stroke.solid(DATA_LINE, 1.5));
			}
			double size = Math.max(2.5, Math.min(5, slot() / 3));
			for (SpcPoint point : result.points()) {
				canvas.beginGroup(null, null, "point", tooltip(point), null);
				marker(canvas, line.get(point.position()), point.variation(), size);
				canvas.endGroup();
			}
		}

		private String tooltip(SpcPoint point) {
			String text = point.label() + ": " + Numbers.plain(point.value());
			if (point.isFlagged()) {
				text += ", " + point.variation().description() + " ("
						+ point.winningCause().orElseThrow().rule().description() + ")";
			}
			return text;
		}

		/** Labels the current partition's lines in the right margin, nudged apart so none overlap. */
		private void drawLineLabels() {
			record Label(double y, int rank, String text, Colour colour) {
			}
			List<Label> labels = new ArrayList<>();
			Partition current = result.currentPartition().orElseThrow();
			int decimals = Numbers.statisticDecimals(result);
			// The rank orders labels that share a height (a flat series) from top to bottom.
			double centre = current.centre(result.chartKind());
			labels.add(new Label(y(centre), 2, centreName() + " " + Numbers.statistic(centre, decimals), INK));
			if (showLimits() && current.limits().isPresent()) {
				ProcessLimits limits = current.limits().get();
				labels.add(new Label(y(limits.upperProcessLimit()), 0,
						"Upper limit " + Numbers.statistic(limits.upperProcessLimit(), decimals), SOFT_INK));
				labels.add(new Label(y(limits.lowerProcessLimit()), 3,
						"Lower limit " + Numbers.statistic(limits.lowerProcessLimit(), decimals), SOFT_INK));
			}
			result.options().target().ifPresent(target -> labels
					.add(new Label(y(target), 1, "Target " + Numbers.plain(target), TARGET)));
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
				text(TextRun.of(labels.get(i).text(), plotRight + 8, placed[i] + 4, 11, TextAnchor.START),
						labels.get(i).colour());
			}
		}

		private void drawTimeAxis() {
			int n = result.points().size();
			int every = Math.max(1, (int) Math.ceil(n / 9.0));
			DateTimeFormatter format = monthly() ? DateTimeFormatter.ofPattern("MMM yy", Locale.UK)
					: DateTimeFormatter.ofPattern("d MMM yy", Locale.UK);
			canvas.beginGroup(null, null, "time-axis", null, null);
			for (SpcPoint point : result.points()) {
				if (point.position() % every != 0) {
					continue;
				}
				double xx = x(point.position());
				line(xx, plotBottom, xx, plotBottom + 4, Stroke.solid(AXIS, 1));
				String label = point.date() != null ? format.format(point.date())
						: Integer.toString(point.position() + 1);
				text(TextRun.of(label, xx, plotBottom + 17, 11, TextAnchor.MIDDLE), SOFT_INK);
			}
			canvas.endGroup();
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
			canvas.beginGroup(null, null, "legend", null, null);
			double yy = height - 22;
			double xx = plotLeft;
			xx = legendMarker(xx, yy, Variation.COMMON_CAUSE, "Common cause");
			if (result.options().direction() == ImprovementDirection.NEUTRAL) {
				xx = legendMarker(xx, yy, Variation.SPECIAL_CAUSE_NEUTRAL_HIGH, "Special cause (no direction)");
			} else {
				xx = legendMarker(xx, yy, Variation.SPECIAL_CAUSE_IMPROVEMENT_HIGH, "Improvement");
				xx = legendMarker(xx, yy, Variation.SPECIAL_CAUSE_CONCERN_HIGH, "Concern");
			}
			line(xx, yy, xx + 22, yy, MEAN_LINE);
			xx = legendText(xx + 27, yy, centreName());
			if (showLimits()) {
				line(xx, yy, xx + 22, yy, LIMIT_LINE);
				xx = legendText(xx + 27, yy, "Process limits");
			}
			if (result.options().target().isPresent()) {
				line(xx, yy, xx + 22, yy, TARGET_LINE);
				legendText(xx + 27, yy, "Target");
			}
			canvas.endGroup();
		}

		private double legendMarker(double xx, double yy, Variation variation, String label) {
			marker(canvas, new Point(xx + 5, yy), variation, 4);
			return legendText(xx + 14, yy, label);
		}

		private double legendText(double xx, double yy, String label) {
			text(TextRun.of(label, xx, yy + 4, 11, TextAnchor.START), INK);
			// Arial averages about 0.55 em per character at this size; spacing only needs to be close.
			return xx + label.length() * 5.7 + 16;
		}

		private void line(double x1, double y1, double x2, double y2, Stroke stroke) {
			canvas.line(List.of(new Point(x1, y1), new Point(x2, y2)), stroke);
		}

		private void text(TextRun run, Colour colour) {
			canvas.text(run, colour);
		}
	}
}
