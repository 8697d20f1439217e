package org.placewise.model.query;

import java.util.ArrayList;
import java.util.List;

import org.placewise.model.footprint.Footprint;

/**
 * Values derived from the footprint nesting (systems within systems).
 */
public final class Footprints {

	private Footprints() {
	}

	/**
	 * Total population of the direct children whose population is known and that divide the parent between them.
	 * Children with no population recorded count as nothing; use {@link #childrenWithoutPopulation(Footprint)} to see
	 * whether the total is complete. Children {@link Footprint#isOverlapsSiblings() laid over their siblings}
	 * (community partnerships drawn across localities) are not added: their people are already counted.
	 *
	 * @param footprint the parent footprint
	 * @return the sum of the known child populations (0 when there are none)
	 */
	public static long childrenPopulation(Footprint footprint) {
		long total = 0;
		for (Footprint child : footprint.getChildren()) {
			if (child.getPopulation() != null && !child.isOverlapsSiblings()) {
				total += child.getPopulation();
			}
		}
		return total;
	}

	/**
	 * @param footprint the parent footprint
	 * @return the direct children with no population recorded, in model order
	 */
	public static List<Footprint> childrenWithoutPopulation(Footprint footprint) {
		return footprint.getChildren().stream().filter(child -> child.getPopulation() == null).toList();
	}

	/**
	 * Whether the children together are recorded as having more people than the footprint itself, which cannot be
	 * right. False when the footprint's own population is unknown.
	 *
	 * @param footprint the parent footprint
	 * @return true when the known child populations add up to more than the parent's
	 */
	public static boolean childrenOutpopulate(Footprint footprint) {
		return footprint.getPopulation() != null && childrenPopulation(footprint) > footprint.getPopulation();
	}

	/**
	 * @param footprint a footprint
	 * @return its ancestors, nearest first (empty for a top-level footprint)
	 */
	public static List<Footprint> ancestors(Footprint footprint) {
		List<Footprint> result = new ArrayList<>();
		for (Footprint parent = footprint.getParent(); parent != null; parent = parent.getParent()) {
			result.add(parent);
		}
		return result;
	}

	/**
	 * @param footprint a footprint
	 * @return all footprints nested inside it at any depth, depth first in model order
	 */
	public static List<Footprint> descendants(Footprint footprint) {
		List<Footprint> result = new ArrayList<>();
		collect(footprint, result);
		return result;
	}

	private static void collect(Footprint footprint, List<Footprint> into) {
		for (Footprint child : footprint.getChildren()) {
			into.add(child);
			collect(child, into);
		}
	}

	/**
	 * @param footprint a footprint
	 * @return names from the top-level footprint down to this one, joined with " › "
	 */
	public static String path(Footprint footprint) {
		List<Footprint> chain = ancestors(footprint);
		StringBuilder text = new StringBuilder();
		for (int i = chain.size() - 1; i >= 0; i--) {
			text.append(chain.get(i).getName()).append(" \u203a ");
		}
		return text.append(footprint.getName()).toString();
	}
}
