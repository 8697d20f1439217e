package org.placewise.diagram.scene;

import java.util.Objects;

/**
 * One line of a diagram's legend: a sample of a style and what it means.
 *
 * @param kind     what the sample looks like
 * @param styleKey palette key of the sample (ignored for badges)
 * @param severity severity of a badge sample, {@code null} otherwise
 * @param symbol   icon of a status mark sample, {@code null} otherwise
 * @param label    what the sample means, e.g. "Place" or "Delegation (scope, £ limit)"
 */
public record LegendEntry(Kind kind, String styleKey, Severity severity, StatusMark.Symbol symbol, String label) {

	/** The sample drawn in front of a legend label. */
	public enum Kind {
		/** A small box in the node style. */
		NODE,
		/** A short arrow in the edge style. */
		EDGE,
		/** A finding badge. */
		BADGE,
		/** The icon of a status mark. */
		MARK
	}

	public LegendEntry {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(label, "label");
		if (kind == Kind.BADGE && severity == null) {
			throw new IllegalArgumentException("Legend entry '" + label + "' is a badge but has no severity");
		}
		if (kind == Kind.MARK && symbol == null) {
			throw new IllegalArgumentException("Legend entry '" + label + "' is a status mark but has no symbol");
		}
	}

	/**
	 * @param styleKey node style key
	 * @param label    meaning
	 * @return a node legend entry
	 */
	public static LegendEntry node(String styleKey, String label) {
		return new LegendEntry(Kind.NODE, styleKey, null, null, label);
	}

	/**
	 * @param styleKey edge style key
	 * @param label    meaning
	 * @return an edge legend entry
	 */
	public static LegendEntry edge(String styleKey, String label) {
		return new LegendEntry(Kind.EDGE, styleKey, null, null, label);
	}

	/**
	 * @param severity badge severity
	 * @param label    meaning
	 * @return a badge legend entry
	 */
	public static LegendEntry badge(Severity severity, String label) {
		return new LegendEntry(Kind.BADGE, null, severity, null, label);
	}

	/**
	 * @param symbol status mark icon
	 * @param label  meaning, e.g. "Outcome improving"
	 * @return a status mark legend entry
	 */
	public static LegendEntry mark(StatusMark.Symbol symbol, String label) {
		return new LegendEntry(Kind.MARK, null, null, symbol, label);
	}
}
