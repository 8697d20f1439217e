package org.placewise.diagram.layout;

import java.util.List;

import org.placewise.diagram.scene.LegendEntry;

/**
 * The legend box with its entries.
 *
 * @param bounds  the box
 * @param heading the "Legend" heading
 * @param entries the entries
 */
public record PlacedLegend(Bounds bounds, TextLine heading, List<Entry> entries) {

	/**
	 * One legend entry.
	 *
	 * @param entry  what it explains
	 * @param sample where the sample is drawn
	 * @param label  the explanation
	 */
	public record Entry(LegendEntry entry, Bounds sample, TextLine label) {
	}
}
