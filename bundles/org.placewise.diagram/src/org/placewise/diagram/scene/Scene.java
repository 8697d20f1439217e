package org.placewise.diagram.scene;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a diagram shows, before layout: nested nodes, edges between them, the palette that styles them and the legend
 * that explains them. A diagram description computes a scene from the model; the layout engine places it; renderers
 * draw it. Immutable; create with {@link #builder(String, String)}.
 */
public final class Scene {

	private final String kind;
	private final String title;
	private final String description;
	private final List<SceneNode> nodes;
	private final List<SceneEdge> edges;
	private final List<LegendEntry> legend;
	private final Palette palette;
	private final Map<String, SceneNode> nodesById;
	private final Map<String, SceneNode> parents;

	private Scene(Builder b) {
		this.kind = b.kind;
		this.title = b.title;
		this.description = b.description;
		this.nodes = List.copyOf(b.nodes);
		this.edges = List.copyOf(b.edges);
		this.legend = List.copyOf(b.legend);
		this.palette = b.palette;
		var byId = new LinkedHashMap<String, SceneNode>();
		var parentOf = new HashMap<String, SceneNode>();
		for (SceneNode n : nodes) {
			index(n, null, byId, parentOf);
		}
		for (SceneEdge e : edges) {
			if (!byId.containsKey(e.sourceId())) {
				throw new IllegalArgumentException("Edge '" + e.id() + "' starts at node '" + e.sourceId()
						+ "', which is not in the diagram");
			}
			if (!byId.containsKey(e.targetId())) {
				throw new IllegalArgumentException("Edge '" + e.id() + "' ends at node '" + e.targetId()
						+ "', which is not in the diagram");
			}
			if (byId.containsKey(e.id())) {
				throw new IllegalArgumentException("Edge id '" + e.id() + "' is also used by a node");
			}
		}
		if (edges.stream().map(SceneEdge::id).distinct().count() != edges.size()) {
			throw new IllegalArgumentException("Two edges of diagram '" + title + "' share an id");
		}
		this.nodesById = java.util.Collections.unmodifiableMap(byId);
		this.parents = java.util.Collections.unmodifiableMap(parentOf);
	}

	private static void index(SceneNode n, SceneNode parent, Map<String, SceneNode> byId,
			Map<String, SceneNode> parentOf) {
		if (byId.putIfAbsent(n.id(), n) != null) {
			throw new IllegalArgumentException("Two nodes share the id '" + n.id() + "'");
		}
		if (parent != null) {
			parentOf.put(n.id(), parent);
		}
		for (SceneNode c : n.children()) {
			index(c, n, byId, parentOf);
		}
	}

	/**
	 * @param kind  diagram kind, e.g. {@code "systems"}; becomes the SVG root class
	 * @param title diagram title shown at the top
	 * @return a builder with the {@link Palettes#standard() standard palette}
	 */
	public static Builder builder(String kind, String title) {
		return new Builder(kind, title);
	}

	/** @return diagram kind, e.g. {@code "systems"} */
	public String kind() {
		return kind;
	}

	/** @return title shown at the top */
	public String title() {
		return title;
	}

	/** @return description shown under the title and used as the accessible description */
	public String description() {
		return description;
	}

	/** @return top-level nodes */
	public List<SceneNode> nodes() {
		return nodes;
	}

	/** @return edges */
	public List<SceneEdge> edges() {
		return edges;
	}

	/** @return legend entries in display order */
	public List<LegendEntry> legend() {
		return legend;
	}

	/** @return the styles */
	public Palette palette() {
		return palette;
	}

	/** @return every node at any depth by id, parents before children */
	public Map<String, SceneNode> nodesById() {
		return nodesById;
	}

	/**
	 * @param nodeId a node id
	 * @return the node's container, or {@code null} for a top-level node
	 */
	public SceneNode parentOf(String nodeId) {
		return parents.get(nodeId);
	}

	/** Collects a scene's parts; {@link #build()} checks that ids are unique and edges connect real nodes. */
	public static final class Builder {
		private final String kind;
		private final String title;
		private String description = "";
		private final List<SceneNode> nodes = new ArrayList<>();
		private final List<SceneEdge> edges = new ArrayList<>();
		private final List<LegendEntry> legend = new ArrayList<>();
		private Palette palette = Palettes.standard();

		private Builder(String kind, String title) {
			this.kind = Objects.requireNonNull(kind, "kind");
			this.title = title == null ? "" : title;
		}

		/**
		 * @param description sentence shown under the title
		 * @return this builder
		 */
		public Builder description(String description) {
			this.description = description == null ? "" : description;
			return this;
		}

		/**
		 * @param node a top-level node
		 * @return this builder
		 */
		public Builder node(SceneNode node) {
			nodes.add(Objects.requireNonNull(node, "node"));
			return this;
		}

		/**
		 * @param node a top-level node, built here
		 * @return this builder
		 */
		public Builder node(SceneNode.Builder node) {
			return node(node.build());
		}

		/**
		 * @param edge an edge between nodes of this scene
		 * @return this builder
		 */
		public Builder edge(SceneEdge edge) {
			edges.add(Objects.requireNonNull(edge, "edge"));
			return this;
		}

		/**
		 * @param entry a legend entry
		 * @return this builder
		 */
		public Builder legend(LegendEntry entry) {
			legend.add(Objects.requireNonNull(entry, "entry"));
			return this;
		}

		/**
		 * @param palette the styles to use
		 * @return this builder
		 */
		public Builder palette(Palette palette) {
			this.palette = Objects.requireNonNull(palette, "palette");
			return this;
		}

		/** @return the scene */
		public Scene build() {
			return new Scene(this);
		}
	}
}
