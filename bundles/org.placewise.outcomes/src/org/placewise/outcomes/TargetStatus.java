package org.placewise.outcomes;

import org.eclipse.emf.common.util.Enumerator;

/**
 * Whether a measure, an outcome or a work programme can be relied on to meet its targets, read from the Making Data
 * Count assurance of its measures. Shown through {@link org.placewise.model.edit.label.PlacewiseLabels#literal}, whose
 * wording has a key {@code _UI_TargetStatus_<NAME>_literal} for each value.
 */
public enum TargetStatus implements Enumerator {
	/** Every measure with a target consistently passes it. */
	MEETING,
	/** At least one measure consistently fails its target: the process will not meet it without changing. */
	NOT_MEETING,
	/** At least one target lies between the process limits, and none is consistently failed. */
	HIT_AND_MISS,
	/**
	 * A target is set but there are too few points (or no direction) to judge it, and none is failed or hit and miss.
	 */
	NOT_ENOUGH_DATA,
	/** No measure behind it has a target. */
	NO_TARGET;

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
