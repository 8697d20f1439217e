package org.placewise.generator;

import java.util.Locale;

/**
 * How much of England a generated model covers. Each scale is a whole number of integrated care systems (ICSs) of the
 * same make-up, so costs measured on the three scales can be compared as ratios: place 1×, region ~8×, england ~42×.
 */
public enum Scale {
	/** One integrated care system with about five places: what one ICS programme office holds. */
	PLACE(1),
	/** About a fifth of England (eight ICSs): what an NHS England regional team holds. */
	REGION(8),
	/** All 42 integrated care systems: what a national programme office holds. */
	ENGLAND(42);

	private final int integratedCareSystems;

	Scale(int integratedCareSystems) {
		this.integratedCareSystems = integratedCareSystems;
	}

	/** @return how many integrated care systems a model of this scale holds */
	public int integratedCareSystems() {
		return integratedCareSystems;
	}

	/** @return the name used on the command line, e.g. {@code england} */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}
}
