package org.placewise.diagram.layout;

import java.util.List;

import org.placewise.diagram.scene.SceneEdge;
import org.placewise.diagram.scene.Style;

/**
 * A scene edge with its absolute route.
 *
 * @param edge        the scene edge
 * @param style       its resolved style
 * @param points      route from the source border to the target border, bend points between
 * @param labelBounds box of the label block, {@code null} when the edge has no labels
 * @param labels      label lines inside {@code labelBounds}
 * @param badges      finding badges, inside {@code labelBounds} above the label lines
 */
public record PlacedEdge(SceneEdge edge, Style style, List<Point> points, Bounds labelBounds, List<TextLine> labels,
		List<PlacedBadge> badges) {

	public PlacedEdge {
		points = List.copyOf(points);
		labels = List.copyOf(labels);
		badges = List.copyOf(badges);
	}
}
