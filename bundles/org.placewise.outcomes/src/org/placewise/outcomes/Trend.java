package org.placewise.outcomes;

import org.eclipse.emf.common.util.Enumerator;

/**
 * Which way a measure, an outcome or a work programme is moving, read from the Making Data Count variation of the
 * latest point of its measures. Shown through {@link org.placewise.model.edit.label.PlacewiseLabels#literal}, whose
 * wording has a key {@code _UI_Trend_<NAME>_literal} for each value.
 */
public enum Trend implements Enumerator {
	/** Special-cause improvement, and no measure behind it shows concern. */
	IMPROVING,
	/** Special-cause concern in at least one measure behind it: concern wins over improvement. */
	DETERIORATING,
	/** Every measure behind it has enough data and shows common-cause variation (or neutral special cause). */
	NO_SIGNIFICANT_CHANGE,
	/** No measure behind it, or too few points to judge and nothing else to go on: never read as fine. */
	NOT_ENOUGH_DATA;

	@Override
	public int getValue() {
		return ordinal();
	}

	@Override
	public String getName() {
		return name();
	}

	@Override
	public String getLiteral() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
	}
}
