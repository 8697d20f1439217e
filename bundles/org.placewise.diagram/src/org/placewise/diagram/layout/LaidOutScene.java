package org.placewise.diagram.layout;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.placewise.diagram.scene.Scene;

/**
 * A scene with absolute geometry for everything a renderer draws: the page size, the header (title and description),
 * every node (parents before children, which is also drawing order), every edge route and label, and the legend.
 * Renderers only draw; they decide nothing.
 *
 * @param scene  the scene that was laid out
 * @param width  page width in pixels
 * @param height page height in pixels
 * @param header title and description lines
 * @param nodes  placed nodes, parents before children
 * @param edges  placed edges in scene order
 * @param legend the legend, or {@code null} when the scene has no legend entries
 */
public record LaidOutScene(Scene scene, double width, double height, List<TextLine> header, List<PlacedNode> nodes,
		List<PlacedEdge> edges, PlacedLegend legend) {

	public LaidOutScene {
		header = List.copyOf(header);
		nodes = List.copyOf(nodes);
		edges = List.copyOf(edges);
	}

	/** @return placed nodes by scene node id */
	public Map<String, PlacedNode> nodesById() {
		return nodes.stream().collect(Collectors.toMap(n -> n.node().id(), Function.identity()));
	}
}
