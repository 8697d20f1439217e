package org.placewise.spc;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The Making Data Count summary of many measures, as integrated performance reports show it: every measure placed by
 * the variation of its latest point (rows) and its assurance (columns), and each measure's special-cause points
 * gathered into stretches of consecutive points, so a board reads a dozen lines instead of every flagged point.
 */
public final class SpcSummary {

	/** A row of the matrix: the variation of the latest point, grouped as boards read it. */
	public enum Row {
		/** Special cause improvement, high or low. */
		IMPROVEMENT("Special cause improvement"),
		/** Common cause variation. */
		COMMON_CAUSE("Common cause variation"),
		/** Special cause concern, high or low. */
		CONCERN("Special cause concern"),
		/** Special cause for a measure with no preferred direction. */
		NEUTRAL("Special cause, no preferred direction"),
		/** Fewer than two points. */
		NOT_ASSESSED("Variation not assessed");

		private final String label;

		Row(String label) {
			this.label = label;
		}

		/** @return the row's heading */
		public String label() {
			return label;
		}

		/**
		 * @param variation a variation type
		 * @return its row
		 */
		public static Row of(Variation variation) {
			if (variation.isImprovement()) {
				return IMPROVEMENT;
			}
			if (variation.isConcern()) {
				return CONCERN;
			}
			if (variation.isSpecialCause()) {
				return NEUTRAL;
			}
			return variation == Variation.COMMON_CAUSE ? COMMON_CAUSE : NOT_ASSESSED;
		}
	}

	/** The columns of the matrix, in the order boards read them: passes, hit and miss, fails, then none. */
	public static final List<Assurance> COLUMNS = List.of(Assurance.CONSISTENTLY_PASSES, Assurance.HIT_AND_MISS,
			Assurance.CONSISTENTLY_FAILS, Assurance.NONE);

	/**
	 * Special-cause points next to each other on the chart that share a variation type.
	 *
	 * @param first     the first point
	 * @param last      the last point (the same as {@code first} for a single point)
	 * @param points    how many points
	 * @param variation their variation type
	 * @param rules     the winning rules of the points, in order of first appearance
	 */
	public record Stretch(SpcPoint first, SpcPoint last, int points, Variation variation,
			List<SpecialCauseRule> rules) {

		/** Copies the rules. */
		public Stretch {
			rules = List.copyOf(rules);
		}

		/** @return "2025-01-06 to 2025-02-10 (6 points)" or "2025-03-03" for one point */
		public String span() {
			return points == 1 ? first.label() : first.label() + " to " + last.label() + " (" + points + " points)";
		}
	}

	private SpcSummary() {
	}

	/**
	 * Places items in the matrix.
	 *
	 * @param <T>     what is placed, usually a measure
	 * @param items   the items, in the order they should appear in a cell
	 * @param results the analysis of each item, in the same order
	 * @return per row (all rows, in order), per column (all {@link #COLUMNS}), the items in that cell
	 */
	public static <T> Map<Row, Map<Assurance, List<T>>> matrix(List<T> items, List<SpcResult> results) {
		if (items.size() != results.size()) {
			throw new IllegalArgumentException(items.size() + " items but " + results.size() + " results");
		}
		Map<Row, Map<Assurance, List<T>>> matrix = new EnumMap<>(Row.class);
		for (Row row : Row.values()) {
			Map<Assurance, List<T>> cells = new EnumMap<>(Assurance.class);
			COLUMNS.forEach(column -> cells.put(column, new ArrayList<>()));
			matrix.put(row, cells);
		}
		for (int i = 0; i < items.size(); i++) {
			SpcResult result = results.get(i);
			matrix.get(Row.of(result.latestVariation())).get(result.assurance()).add(items.get(i));
		}
		return matrix;
	}

	/**
	 * Gathers a result's special-cause points into stretches: consecutive flagged points with the same variation type.
	 *
	 * @param result an analysis
	 * @return the stretches in chart order; empty when no point is flagged
	 */
	public static List<Stretch> stretches(SpcResult result) {
		List<Stretch> stretches = new ArrayList<>();
		List<SpcPoint> run = new ArrayList<>();
		for (SpcPoint point : result.points()) {
			boolean continues = point.isFlagged() && !run.isEmpty()
					&& run.get(run.size() - 1).position() == point.position() - 1
					&& run.get(0).variation() == point.variation() && run.get(0).partition() == point.partition();
			if (!continues && !run.isEmpty()) {
				stretches.add(stretch(run));
				run.clear();
			}
			if (point.isFlagged()) {
				run.add(point);
			}
		}
		if (!run.isEmpty()) {
			stretches.add(stretch(run));
		}
		return stretches;
	}

	private static Stretch stretch(List<SpcPoint> run) {
		List<SpecialCauseRule> rules = new ArrayList<>();
		for (SpcPoint point : run) {
			SpecialCauseRule rule = point.winningCause().orElseThrow().rule();
			if (!rules.contains(rule)) {
				rules.add(rule);
			}
		}
		return new Stretch(run.get(0), run.get(run.size() - 1), run.size(), run.get(0).variation(), rules);
	}
}
