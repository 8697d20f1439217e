package org.placewise.diagram.layout;

import java.util.List;

import org.placewise.diagram.scene.SceneNode;
import org.placewise.diagram.scene.Style;

/**
 * A scene node with its absolute geometry.
 *
 * @param node      the scene node
 * @param style     its resolved style
 * @param depth     nesting depth, 0 for top-level nodes
 * @param bounds    absolute box
 * @param titleBand for containers the title band at the top of the box, {@code null} for leaves
 * @param lines     label lines, all inside {@code bounds}
 * @param badges    finding badges, all inside {@code bounds}
 * @param marks     status marks (icon and words), all inside {@code bounds}
 */
public record PlacedNode(SceneNode node, Style style, int depth, Bounds bounds, Bounds titleBand,
		List<TextLine> lines, List<PlacedBadge> badges, List<PlacedMark> marks) {

	/** A node without status marks. */
	public PlacedNode(SceneNode node, Style style, int depth, Bounds bounds, Bounds titleBand, List<TextLine> lines,
			List<PlacedBadge> badges) {
		this(node, style, depth, bounds, titleBand, lines, badges, List.of());
	}

	/** @return whether the node is drawn as a container */
	public boolean isContainer() {
		return titleBand != null;
	}
}
