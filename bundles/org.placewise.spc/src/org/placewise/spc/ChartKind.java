package org.placewise.spc;

/** Which chart the data supports. */
public enum ChartKind {
	/** A full XmR (individuals) chart with process limits: at least 15 points. */
	XMR,
	/** A run chart without process limits: fewer than 15 points. */
	RUN_CHART
}
