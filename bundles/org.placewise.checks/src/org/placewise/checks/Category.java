package org.placewise.checks;

import java.util.Locale;

/** The area of governance or programme management a rule looks at. */
public enum Category {
	FOOTPRINT, PARTNERSHIP, BOARD, DELEGATION, FINANCE, OUTCOME, PROGRAMME, MEASURE;

	/** @return the lower-case name, which is also the first part of each rule id */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}
}
