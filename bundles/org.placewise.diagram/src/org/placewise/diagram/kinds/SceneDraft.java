package org.placewise.diagram.kinds;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.placewise.diagram.scene.Badge;
import org.placewise.diagram.scene.LegendEntry;
import org.placewise.diagram.scene.Scene;
import org.placewise.diagram.scene.SceneEdge;
import org.placewise.diagram.scene.SceneNode;
import org.placewise.diagram.scene.StatusMark;

/**
 * A scene under construction. Descriptions add nodes and edges for model objects in any order; findings are attached
 * once everything drawn is known (a finding on an object that is not drawn goes to its nearest drawn container); only
 * then are the immutable scene nodes built.
 */
final class SceneDraft {

	/** A node being drafted. */
	final class Node {
		final String id;
		final EObject object;
		final String style;
		final String title;
		final SceneNode.Builder builder;
		final List<Node> children = new ArrayList<>();
		final List<Badge> badges = new ArrayList<>();
		boolean attached;

		private Node(String id, EObject object, String style, String title) {
			this.id = id;
			this.object = object;
			this.style = style;
			this.title = title;
			this.builder = SceneNode.builder(id).objectId(object == null ? null : EcoreUtil.getID(object)).style(style)
					.title(title);
		}

		Node detail(String line) {
			builder.detail(line);
			return this;
		}

		Node details(List<String> lines) {
			lines.forEach(builder::detail);
			return this;
		}

		Node mark(StatusMark mark) {
			builder.mark(mark);
			return this;
		}

		Node description(String text) {
			builder.description(text);
			return this;
		}

		Node child(Node child) {
			if (child.attached) {
				throw new IllegalStateException(child.id + " is already placed");
			}
			child.attached = true;
			children.add(child);
			return this;
		}

		SceneNode build() {
			for (Node c : children) {
				builder.child(c.build());
			}
			badges.forEach(builder::badge);
			return builder.build();
		}
	}

	/** An edge being drafted. */
	final class Edge {
		final String id;
		final EObject object;
		final Node source;
		final Node target;
		final String style;
		final List<String> labels;
		final String description;
		final boolean upstream;
		final List<Badge> badges = new ArrayList<>();

		private Edge(String id, EObject object, Node source, Node target, String style, List<String> labels,
				String description, boolean upstream) {
			this.id = id;
			this.object = object;
			this.source = source;
			this.target = target;
			this.style = style;
			this.labels = labels;
			this.description = description;
			this.upstream = upstream;
		}

		SceneEdge build() {
			return new SceneEdge(id, object == null ? null : EcoreUtil.getID(object), source.id, target.id, style,
					labels,
					description, badges, upstream);
		}
	}

	private final List<Node> tops = new ArrayList<>();
	private final List<Node> all = new ArrayList<>();
	private final List<Edge> edges = new ArrayList<>();
	private final Map<EObject, Node> nodes = new IdentityHashMap<>();
	private final Map<EObject, Edge> edgesByObject = new IdentityHashMap<>();
	private final Set<String> ids = new HashSet<>();
	private final Set<String> nodeStyles = new LinkedHashSet<>();
	private final Set<String> edgeStyles = new LinkedHashSet<>();

	/**
	 * @param object the model object shown, registered so edges and findings can find the node
	 * @param style  palette key
	 * @param title  first label line
	 * @return a node not yet placed: add it with {@link #top(Node)} or {@link Node#child(Node)}
	 */
	Node node(EObject object, String style, String title) {
		var n = new Node(uniqueId("n-", object), object, style, title);
		nodes.putIfAbsent(object, n);
		all.add(n);
		nodeStyles.add(style);
		return n;
	}

	/**
	 * @param node a node drawn at the top level
	 * @return the node
	 */
	Node top(Node node) {
		if (node.attached) {
			throw new IllegalStateException(node.id + " is already placed");
		}
		node.attached = true;
		tops.add(node);
		return node;
	}

	/**
	 * @param object a model object
	 * @return the node showing it, or {@code null}
	 */
	Node nodeFor(EObject object) {
		return object == null ? null : nodes.get(object);
	}

	/**
	 * Adds an edge.
	 *
	 * @param object      the model object behind the edge, or {@code null} for a derived line
	 * @param source      source node
	 * @param target      target node
	 * @param style       palette key
	 * @param upstream    whether the layout should put the target before the source
	 * @param labels      label lines
	 * @param description accessible description, {@code null} for the labels
	 * @return the edge
	 */
	Edge edge(EObject object, Node source, Node target, String style, boolean upstream, List<String> labels,
			String description) {
		var e = new Edge(uniqueId("e-", object), object, source, target, style, labels, description, upstream);
		edges.add(e);
		if (object != null) {
			edgesByObject.putIfAbsent(object, e);
		}
		edgeStyles.add(style);
		return e;
	}

	/** @return whether nothing was drafted */
	boolean isEmpty() {
		return tops.isEmpty();
	}

	/**
	 * @param style a palette key
	 * @return whether some node uses it
	 */
	boolean usesNodeStyle(String style) {
		return nodeStyles.contains(style);
	}

	/**
	 * @param style a palette key
	 * @return whether some edge uses it
	 */
	boolean usesEdgeStyle(String style) {
		return edgeStyles.contains(style);
	}

	/**
	 * Where a finding on this object is shown: the node or edge drawing it, else the nearest drawn container.
	 *
	 * @param object a model object
	 * @return a {@link Node}, an {@link Edge} or {@code null} when neither it nor a container is drawn
	 */
	Object elementFor(EObject object) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			Node n = nodes.get(o);
			if (n != null) {
				return n;
			}
			Edge e = edgesByObject.get(o);
			if (e != null) {
				return e;
			}
		}
		return null;
	}

	private String uniqueId(String prefix, EObject object) {
		String base = prefix + (object == null ? "derived" : String.valueOf(EcoreUtil.getID(object)));
		String id = base;
		for (int i = 2; !ids.add(id); i++) {
			id = base + "-" + i;
		}
		return id;
	}

	/**
	 * Attaches the findings and builds the scene.
	 *
	 * @param kind        diagram kind
	 * @param title       diagram title
	 * @param description sentence under the title
	 * @param legend      legend entries for what was drawn (findings add theirs)
	 * @param findings    the findings overlay
	 * @return the scene
	 */
	Scene build(DiagramKind kind, String title, String description, List<LegendEntry> legend,
			FindingsOverlay findings) {
		for (Node n : all) {
			if (!n.attached) {
				throw new IllegalStateException(n.id + " was drafted but never placed");
			}
		}
		FindingsOverlay.Shown shown = findings.apply(this);
		String text = shown.sentence().isEmpty() ? description : description + " " + shown.sentence();
		var scene = Scene.builder(kind.id(), title).description(text);
		for (Node n : tops) {
			scene.node(n.build());
		}
		for (Edge e : edges) {
			scene.edge(e.build());
		}
		legend.forEach(scene::legend);
		shown.legend().forEach(scene::legend);
		return scene.build();
	}
}
