package org.placewise.diagram.layout;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.placewise.diagram.scene.Badge;
import org.placewise.diagram.scene.LegendEntry;
import org.placewise.diagram.scene.Scene;
import org.placewise.diagram.scene.SceneEdge;
import org.placewise.diagram.scene.SceneNode;
import org.placewise.diagram.scene.StatusMark;

/**
 * Places a {@link Scene} with the ELK layered algorithm: nested nodes become ELK hierarchy laid out in one pass
 * ({@code INCLUDE_CHILDREN}), so edges between nodes at different depths are routed orthogonally across container
 * borders. Node sizes come from {@link TextMetrics}, the random seed is fixed and the input order is the scene order,
 * so the same scene always gives the same coordinates. Instances are stateless and thread-safe.
 */
public final class SceneLayout {

	/** Main direction in which edges (delegation, reporting, contribution) point. */
	public enum Flow {
		/** Top to bottom: authority flows down. */
		DOWN,
		/** Left to right: money and outcome chains read like a sentence. */
		RIGHT
	}

	// Typography and spacing, in pixels. Sized so a diagram printed across an A4 page width
	// keeps 11 px text at about 8 pt.
	static final double MARGIN = 24;
	static final double TITLE_SIZE = 20;
	static final double DESCRIPTION_SIZE = 12.5;
	static final double NODE_TITLE_SIZE = 13;
	static final double CONTAINER_TITLE_SIZE = 14;
	static final double DETAIL_SIZE = 11.5;
	static final double EDGE_LABEL_SIZE = 11;
	static final double BADGE_TEXT_SIZE = 10.5;
	static final double BADGE_HEIGHT = 17;
	static final double LEGEND_SIZE = 11.5;
	static final double MAX_LEAF_TEXT = 190;
	static final double MAX_CONTAINER_TEXT = 420;
	static final double LEAF_PAD_X = 12;
	static final double LEAF_PAD_Y = 9;
	static final double BAND_PAD_X = 12;
	static final double BAND_PAD_Y = 7;
	static final double CONTAINER_PAD = 16;
	static final double MIN_LEAF_WIDTH = 120;
	static final double EDGE_LABEL_PAD = 3;
	static final double EDGE_BADGE_GAP = 3;
	static final int GRID_FROM = 3;
	/** Side of a status mark's icon on a node. */
	static final double MARK_ICON = 18;
	static final double MARK_GAP = 5;
	static final double MARK_ROW = 21;

	private final Flow flow;

	/** Lays out top to bottom. */
	public SceneLayout() {
		this(Flow.DOWN);
	}

	/**
	 * @param flow the direction edges mainly point in
	 */
	public SceneLayout(Flow flow) {
		this.flow = flow;
	}

	/**
	 * @param scene the scene to place
	 * @return the scene with absolute geometry
	 */
	public LaidOutScene layout(Scene scene) {
		ElkRegistration.ensure();
		// ELK sizes a container from its children and, laying out across hierarchy levels, does not always keep the
		// minimum size asked for its title band. A container that came out narrower than its title has its title and
		// details wrapped to the width it got and the layout runs again (at most twice more; the samples never need
		// it).
		var wrapWidths = new HashMap<String, Double>();
		GraphBuild build = null;
		for (int pass = 0; pass < 3; pass++) {
			build = new GraphBuild(scene, wrapWidths);
			new RecursiveGraphLayoutEngine().layout(build.root, new BasicProgressMonitor());
			if (!narrowerTitles(build, wrapWidths)) {
				break;
			}
		}
		ElkNode root = build.root;

		double diagramWidth = Math.ceil(root.getWidth());
		double diagramHeight = Math.ceil(root.getHeight());

		// Header first: its height decides where the diagram starts.
		var header = new ArrayList<TextLine>();
		double[] headerExtent = placeHeader(scene, diagramWidth, header);
		double headerWidth = headerExtent[0];
		double y = headerExtent[1];
		double originX = MARGIN;
		double originY = Math.ceil(y - TextMetrics.lineHeight(DESCRIPTION_SIZE) + 24);

		var nodes = new ArrayList<PlacedNode>();
		for (SceneNode n : scene.nodes()) {
			placeNodes(build, n, 0, originX, originY, nodes);
		}
		var edges = new ArrayList<PlacedEdge>();
		for (SceneEdge e : scene.edges()) {
			edges.add(placeEdge(build, e, originX, originY));
		}
		double contentWidth = Math.max(diagramWidth, headerWidth);
		PlacedLegend legend = placeLegend(scene, originX, originY + diagramHeight + 24, Math.max(contentWidth, 480));
		double width = Math.ceil(Math.max(contentWidth, legend == null ? 0 : legend.bounds().width()) + 2 * MARGIN);
		double bottom = legend == null ? originY + diagramHeight : legend.bounds().bottom();
		double height = Math.ceil(bottom + MARGIN);
		return new LaidOutScene(scene, width, height, header, nodes, edges, legend);
	}

	/**
	 * A scene drawn again over the geometry of its previous layout: what {@link SceneLayout#relabel} gives.
	 *
	 * @param laidOut       the new scene, every box and route where it was before
	 * @param changed       ids of the nodes and edges whose drawing changed (text, badges, style, description)
	 * @param headerChanged whether the title or the description under it changed
	 */
	public record Relabelled(LaidOutScene laidOut, Set<String> changed, boolean headerChanged) {
	}

	/**
	 * Redraws a scene over the previous layout of the same diagram without running ELK, when nothing structural
	 * changed: the same nodes (same ids, nesting and order), the same edges between the same ends, the same legend, and
	 * every label still fitting the box it had. This is what an edit of a property gives (a name, a limit, a status); a
	 * box whose text became shorter keeps its size, so nothing else has to move.
	 *
	 * @param previous the scene laid out before
	 * @param next     the scene computed after the edit
	 * @return the new scene in the old geometry with what changed, or {@code null} when the scene has to be laid out
	 *         again
	 */
	public Relabelled relabel(LaidOutScene previous, Scene next) {
		Scene before = previous.scene();
		if (!before.kind().equals(next.kind()) || before.nodesById().size() != next.nodesById().size()
				|| before.edges().size() != next.edges().size()
				|| !before.legend().equals(next.legend()) || !ids(before.nodes()).equals(ids(next.nodes()))) {
			return null;
		}
		var old = new HashMap<String, PlacedNode>();
		for (PlacedNode p : previous.nodes()) {
			old.put(p.node().id(), p);
		}
		var changed = new LinkedHashSet<String>();
		var nodes = new ArrayList<PlacedNode>();
		for (SceneNode n : next.nodes()) {
			if (!relabelNode(n, 0, old, next, nodes, changed)) {
				return null;
			}
		}
		var oldEdges = new HashMap<String, PlacedEdge>();
		for (PlacedEdge e : previous.edges()) {
			oldEdges.put(e.edge().id(), e);
		}
		var edges = new ArrayList<PlacedEdge>();
		for (SceneEdge e : next.edges()) {
			PlacedEdge o = oldEdges.get(e.id());
			if (o == null || !o.edge().sourceId().equals(e.sourceId()) || !o.edge().targetId().equals(e.targetId())
					|| o.edge().upstream() != e.upstream()) {
				return null;
			}
			List<String> text = edgeLabelLines(e);
			double[] size = edgeLabelSize(e, text);
			Bounds lb = o.labelBounds();
			if ((size == null) != (lb == null)
					|| size != null && (size[0] > lb.width() + FITS || size[1] > lb.height() + FITS)) {
				return null;
			}
			var lines = new ArrayList<TextLine>();
			var badges = new ArrayList<PlacedBadge>();
			if (lb != null) {
				placeEdgeLabel(e, text, lb, lines, badges);
			}
			var placed = new PlacedEdge(e, next.palette().style(e.styleKey()), o.points(), lb, lines, badges);
			if (!placed.labels().equals(o.labels()) || !placed.badges().equals(o.badges())
					|| !placed.style().equals(o.style()) || !e.description().equals(o.edge().description())
					|| !Objects.equals(e.objectId(), o.edge().objectId())) {
				changed.add(e.id());
			}
			edges.add(placed);
		}
		List<TextLine> header = previous.header();
		boolean headerChanged = !before.title().equals(next.title())
				|| !before.description().equals(next.description());
		if (headerChanged) {
			// The width the header was wrapped to: the diagram's, at least 560 (as in layout()).
			double right = 0;
			for (PlacedNode p : nodes) {
				right = Math.max(right, p.bounds().right());
			}
			var lines = new ArrayList<TextLine>();
			double[] extent = placeHeader(next, right - MARGIN, lines);
			if (lines.size() != header.size() || extent[0] > previous.width() - 2 * MARGIN) {
				return null;
			}
			header = lines;
		}
		var laid = new LaidOutScene(next, previous.width(), previous.height(), header, nodes, edges,
				previous.legend());
		return new Relabelled(laid, java.util.Collections.unmodifiableSet(changed), headerChanged);
	}

	private static final double FITS = 0.01;

	private static List<String> ids(List<SceneNode> nodes) {
		return nodes.stream().map(SceneNode::id).toList();
	}

	private static boolean relabelNode(SceneNode n, int depth, Map<String, PlacedNode> old, Scene next,
			List<PlacedNode> out, Set<String> changed) {
		PlacedNode o = old.get(n.id());
		if (o == null || o.isContainer() != n.isContainer() || !ids(o.node().children()).equals(ids(n.children()))) {
			return false;
		}
		Bounds b = o.bounds();
		Measured m = n.isContainer()
				? Measured.of(n, Math.min(MAX_CONTAINER_TEXT, Math.max(MIN_WRAP, containerTextWidth(n, b.width()))))
				: Measured.of(n, MAX_LEAF_TEXT);
		boolean fits = n.isContainer()
				? Math.abs(m.bandHeight() - o.titleBand().height()) < FITS && m.width() <= b.width() + FITS
				: m.width() <= b.width() + FITS && m.height() <= b.height() + FITS;
		if (!fits) {
			return false;
		}
		PlacedNode p = m.place(n, next, depth, b);
		if (!p.lines().equals(o.lines()) || !p.badges().equals(o.badges()) || !p.marks().equals(o.marks())
				|| !p.style().equals(o.style())
				|| !n.description().equals(o.node().description())
				|| !Objects.equals(n.objectId(), o.node().objectId())) {
			changed.add(n.id());
		}
		out.add(p);
		for (SceneNode c : n.children()) {
			if (!relabelNode(c, depth + 1, old, next, out, changed)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The ELK graph that {@link #layout} hands to ELK for a scene (first pass), not yet laid out: to measure ELK alone
	 * against the whole of a diagram's making, as the benchmarks do.
	 *
	 * @param scene a scene
	 * @return the root of its ELK graph
	 */
	public ElkNode elkGraph(Scene scene) {
		ElkRegistration.ensure();
		return new GraphBuild(scene, Map.of()).root;
	}

	/**
	 * Finds the containers ELK made narrower than their title band asked for and notes the width to wrap their text to.
	 *
	 * @return whether some container needs its text wrapped narrower
	 */
	private static boolean narrowerTitles(GraphBuild build, Map<String, Double> wrapWidths) {
		boolean again = false;
		for (var entry : build.measured.entrySet()) {
			SceneNode n = entry.getKey();
			Measured m = entry.getValue();
			double width = build.elkNodes.get(n).getWidth();
			if (m.container() && m.width() > width + FITS) {
				double available = Math.floor(containerTextWidth(n, width));
				double current = wrapWidths.getOrDefault(n.id(), MAX_CONTAINER_TEXT);
				if (available >= MIN_WRAP && available < current) {
					wrapWidths.put(n.id(), available);
					again = true;
				}
			}
		}
		return again;
	}

	/** Narrowest width a container's text is wrapped to; a single longer word still widens the box. */
	private static final double MIN_WRAP = 60;

	/** @return the width a container of this width has for its title and details, beside its badges */
	private static double containerTextWidth(SceneNode n, double width) {
		double badgesW = badgesWidth(n.badges());
		return width - 2 * BAND_PAD_X - (badgesW > 0 ? badgesW + 12 : 0);
	}

	/**
	 * Places the title and description.
	 *
	 * @return the widest line's width and the y below the last line
	 */
	private static double[] placeHeader(Scene scene, double diagramWidth, List<TextLine> header) {
		double textWidth = Math.max(diagramWidth, 560);
		double y = MARGIN + TextMetrics.ASCENT * TITLE_SIZE;
		double headerWidth = 0;
		for (String line : TextMetrics.wrap(scene.title(), TITLE_SIZE, true, textWidth)) {
			header.add(new TextLine(line, MARGIN, y, TITLE_SIZE, true, false));
			headerWidth = Math.max(headerWidth, TextMetrics.width(line, TITLE_SIZE, true));
			y += TextMetrics.lineHeight(TITLE_SIZE);
		}
		if (!scene.description().isBlank()) {
			y += 2;
			for (String line : TextMetrics.wrap(scene.description(), DESCRIPTION_SIZE, false, textWidth)) {
				header.add(new TextLine(line, MARGIN, y, DESCRIPTION_SIZE, false, false));
				headerWidth = Math.max(headerWidth, TextMetrics.width(line, DESCRIPTION_SIZE, false));
				y += TextMetrics.lineHeight(DESCRIPTION_SIZE);
			}
		}
		return new double[] { headerWidth, y };
	}

	private void placeNodes(GraphBuild build, SceneNode n, int depth, double ox, double oy, List<PlacedNode> out) {
		ElkNode elk = build.elkNodes.get(n);
		KVector abs = absolute(elk);
		var bounds = new Bounds(ox + abs.x, oy + abs.y, elk.getWidth(), elk.getHeight());
		Measured m = build.measured.get(n);
		out.add(m.place(n, build.scene, depth, bounds));
		for (SceneNode c : n.children()) {
			placeNodes(build, c, depth + 1, ox, oy, out);
		}
	}

	private static KVector absolute(ElkNode node) {
		var v = new KVector();
		for (ElkNode n = node; n != null && n.getParent() != null; n = n.getParent()) {
			v.add(n.getX(), n.getY());
		}
		return v;
	}

	private PlacedEdge placeEdge(GraphBuild build, SceneEdge e, double ox, double oy) {
		ElkEdge elk = build.elkEdges.get(e);
		// ELK gives edge (and edge label) coordinates relative to the edge's containing node.
		KVector base = absolute(elk.getContainingNode()).add(ox, oy);
		var points = new ArrayList<Point>();
		if (!elk.getSections().isEmpty()) {
			ElkEdgeSection s = elk.getSections().get(0);
			points.add(new Point(base.x + s.getStartX(), base.y + s.getStartY()));
			for (ElkBendPoint bp : s.getBendPoints()) {
				points.add(new Point(base.x + bp.getX(), base.y + bp.getY()));
			}
			points.add(new Point(base.x + s.getEndX(), base.y + s.getEndY()));
		}
		if (e.upstream()) {
			// Laid out target first so that it sits before the source in the flow; drawn as modelled.
			java.util.Collections.reverse(points);
		}
		Bounds labelBounds = null;
		var lines = new ArrayList<TextLine>();
		var badges = new ArrayList<PlacedBadge>();
		if (!elk.getLabels().isEmpty()) {
			ElkLabel label = elk.getLabels().get(0);
			labelBounds = new Bounds(base.x + label.getX(), base.y + label.getY(), label.getWidth(), label.getHeight());
			placeEdgeLabel(e, build.edgeLabelLines.get(e), labelBounds, lines, badges);
		}
		return new PlacedEdge(e, build.scene.palette().style(e.styleKey()), points, labelBounds, lines, badges);
	}

	/** @return an edge's label lines, wrapped */
	private static List<String> edgeLabelLines(SceneEdge e) {
		var lines = new ArrayList<String>();
		for (String l : e.labels()) {
			lines.addAll(TextMetrics.wrap(l, EDGE_LABEL_SIZE, false, MAX_LEAF_TEXT));
		}
		return lines;
	}

	/** @return width and height of an edge's label block, or {@code null} when it has neither lines nor badges */
	private static double[] edgeLabelSize(SceneEdge e, List<String> lines) {
		if (lines.isEmpty() && e.badges().isEmpty()) {
			return null;
		}
		double w = lines.stream().mapToDouble(l -> TextMetrics.width(l, EDGE_LABEL_SIZE, false)).max().orElse(0);
		w = Math.max(w, badgesWidth(e.badges()));
		double badgeRow = e.badges().isEmpty() ? 0 : BADGE_HEIGHT + EDGE_BADGE_GAP;
		return new double[] { Math.ceil(w + 2 * EDGE_LABEL_PAD),
				Math.ceil(badgeRow + lines.size() * TextMetrics.lineHeight(EDGE_LABEL_SIZE) + 2 * EDGE_LABEL_PAD) };
	}

	/** Places an edge's badges and label lines in its label block, centred. */
	private static void placeEdgeLabel(SceneEdge e, List<String> text, Bounds labelBounds, List<TextLine> lines,
			List<PlacedBadge> badges) {
		double cx = labelBounds.x() + labelBounds.width() / 2;
		double top = labelBounds.y() + EDGE_LABEL_PAD;
		if (!e.badges().isEmpty()) {
			placeBadges(e.badges(), cx + badgesWidth(e.badges()) / 2, top, badges);
			top += BADGE_HEIGHT + EDGE_BADGE_GAP;
		}
		double baseline = top + TextMetrics.ASCENT * EDGE_LABEL_SIZE;
		for (String line : text) {
			lines.add(new TextLine(line, cx, baseline, EDGE_LABEL_SIZE, false, true));
			baseline += TextMetrics.lineHeight(EDGE_LABEL_SIZE);
		}
	}

	private static PlacedLegend placeLegend(Scene scene, double x, double y, double maxWidth) {
		if (scene.legend().isEmpty()) {
			return null;
		}
		double pad = 12;
		double sampleW = 30;
		double sampleH = 16;
		double gapX = 22;
		double rowH = Math.max(sampleH, TextMetrics.lineHeight(LEGEND_SIZE)) + 8;
		double headingBaseline = y + pad + TextMetrics.ASCENT * LEGEND_SIZE;
		var heading = new TextLine("Legend", x + pad, headingBaseline, LEGEND_SIZE, true, false);
		double cx = x + pad;
		double rowTop = headingBaseline + TextMetrics.DESCENT * LEGEND_SIZE + 8;
		double widest = pad + TextMetrics.width("Legend", LEGEND_SIZE, true);
		var entries = new ArrayList<PlacedLegend.Entry>();
		for (LegendEntry le : scene.legend()) {
			double entryW = sampleW + 8 + TextMetrics.width(le.label(), LEGEND_SIZE, false);
			if (cx > x + pad && cx + entryW > x + maxWidth - pad) {
				cx = x + pad;
				rowTop += rowH;
			}
			var sample = new Bounds(cx, rowTop + (rowH - 8 - sampleH) / 2, sampleW, sampleH);
			double baseline = rowTop + (rowH - 8) / 2 + (TextMetrics.ASCENT - TextMetrics.DESCENT) * LEGEND_SIZE / 2;
			entries.add(new PlacedLegend.Entry(le, sample,
					new TextLine(le.label(), cx + sampleW + 8, baseline, LEGEND_SIZE, false, false)));
			cx += entryW;
			widest = Math.max(widest, cx - x);
			cx += gapX;
		}
		double height = rowTop + rowH - 8 + pad - y;
		return new PlacedLegend(new Bounds(x, y, Math.ceil(widest + pad), Math.ceil(height)), heading, entries);
	}

	/** Builds the ELK graph for a scene and remembers which ELK element stands for which scene element. */
	private final class GraphBuild {
		final Scene scene;
		final ElkNode root = ElkGraphUtil.createGraph();
		final Map<SceneNode, ElkNode> elkNodes = new IdentityHashMap<>();
		final Map<SceneNode, Measured> measured = new IdentityHashMap<>();
		final Map<SceneEdge, ElkEdge> elkEdges = new IdentityHashMap<>();
		final Map<SceneEdge, List<String>> edgeLabelLines = new IdentityHashMap<>();
		final Map<String, Double> wrapWidths;

		GraphBuild(Scene scene, Map<String, Double> wrapWidths) {
			this.scene = scene;
			this.wrapWidths = wrapWidths;
			configureGraph(root);
			root.setIdentifier("root");
			root.setProperty(CoreOptions.PADDING, new ElkPadding(0));
			root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
			for (SceneNode n : scene.nodes()) {
				addNode(root, n);
			}
			var byId = new LinkedHashMap<String, ElkNode>();
			elkNodes.forEach((n, e) -> byId.put(n.id(), e));
			for (SceneEdge e : scene.edges()) {
				ElkNode from = byId.get(e.upstream() ? e.targetId() : e.sourceId());
				ElkNode to = byId.get(e.upstream() ? e.sourceId() : e.targetId());
				ElkEdge edge = ElkGraphUtil.createSimpleEdge(from, to);
				edge.setIdentifier(e.id());
				List<String> lines = edgeLabelLines(e);
				edgeLabelLines.put(e, lines);
				double[] size = edgeLabelSize(e, lines);
				if (size != null) {
					ElkLabel label = ElkGraphUtil.createLabel(String.join("\n", lines), edge);
					label.setDimensions(size[0], size[1]);
					label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
				}
				elkEdges.put(e, edge);
			}
			var connected = new java.util.HashSet<String>();
			for (SceneEdge e : scene.edges()) {
				for (String id : List.of(e.sourceId(), e.targetId())) {
					for (SceneNode n = scene.nodesById().get(id); n != null; n = scene.parentOf(n.id())) {
						connected.add(n.id());
					}
				}
			}
			// One layout run across all levels would stretch every container to the layers of the
			// whole graph, leaving edge-free containers mostly empty; those are laid out on their
			// own first and then placed as fixed boxes.
			for (SceneNode n : scene.nodesById().values()) {
				if (n.isContainer() && !connected.contains(n.id())) {
					ElkNode container = elkNodes.get(n);
					container.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.SEPARATE_CHILDREN);
					// Keep a few edgeless children side by side (and more in a grid, below) rather
					// than letting component packing stack them in a column.
					container.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, false);
					// Keep the description's order (e.g. localities 1 to 6) within grid rows. Safe here
					// because this run does not include children; with INCLUDE_CHILDREN it fails in ELK.
					container.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY,
							org.eclipse.elk.alg.layered.options.OrderingStrategy.NODES_AND_EDGES);
					container.setProperty(LayeredOptions.CROSSING_MINIMIZATION_FORCE_NODE_MODEL_ORDER, true);
				}
			}
			arrangeInGrid(scene.nodes(), connected);
			for (SceneNode n : scene.nodesById().values()) {
				arrangeInGrid(n.children(), connected);
			}
		}

		/**
		 * The layered algorithm puts nodes without edges side by side in one layer, so six localities would make one
		 * very wide row. Hidden layout-only edges between unconnected siblings stack them into rows instead: siblings
		 * of one kind (style) form a block a little wider than tall, each block starting on a new row so that
		 * localities and neighbourhoods do not mix; small neighbouring blocks of leaves share a row.
		 */
		private void arrangeInGrid(List<SceneNode> siblings, java.util.Set<String> connected) {
			List<SceneNode> free = siblings.stream().filter(n -> !connected.contains(n.id())).toList();
			if (free.size() < GRID_FROM) {
				return;
			}
			var rows = new ArrayList<List<SceneNode>>();
			for (List<SceneNode> block : blocks(free)) {
				// Containers are wide, so they wrap sooner than leaves.
				int columns = block.get(0).isContainer() ? (int) Math.ceil(Math.sqrt(block.size()))
						: block.size() <= GRID_FROM ? block.size() : (int) Math.ceil(Math.sqrt(block.size() * 1.3));
				for (int i = 0; i < block.size(); i += columns) {
					rows.add(block.subList(i, Math.min(block.size(), i + columns)));
				}
			}
			for (int r = 0; r + 1 < rows.size(); r++) {
				List<SceneNode> row = rows.get(r);
				List<SceneNode> next = rows.get(r + 1);
				for (int j = 0; j < Math.max(row.size(), next.size()); j++) {
					SceneNode above = row.get(Math.min(j, row.size() - 1));
					SceneNode below = next.get(Math.min(j, next.size() - 1));
					ElkEdge hidden = ElkGraphUtil.createSimpleEdge(elkNodes.get(above), elkNodes.get(below));
					hidden.setIdentifier("layout-grid-" + above.id() + "-" + below.id());
				}
			}
		}

		/** Runs of siblings with the same style; runs that together fit one short row are merged. */
		private static List<List<SceneNode>> blocks(List<SceneNode> free) {
			var runs = new ArrayList<List<SceneNode>>();
			for (SceneNode n : free) {
				List<SceneNode> last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
				if (last != null && last.get(0).styleKey().equals(n.styleKey())) {
					last.add(n);
				} else {
					runs.add(new ArrayList<>(List.of(n)));
				}
			}
			var blocks = new ArrayList<List<SceneNode>>();
			for (List<SceneNode> run : runs) {
				List<SceneNode> last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
				if (last != null && last.size() + run.size() <= GRID_FROM && !last.get(0).isContainer()
						&& !run.get(0).isContainer()) {
					last.addAll(run);
				} else {
					blocks.add(new ArrayList<>(run));
				}
			}
			return blocks;
		}

		private void addNode(ElkNode parent, SceneNode n) {
			ElkNode node = ElkGraphUtil.createNode(parent);
			node.setIdentifier(n.id());
			Measured m = Measured.of(n, wrapWidths.getOrDefault(n.id(),
					n.isContainer() ? MAX_CONTAINER_TEXT : MAX_LEAF_TEXT));
			measured.put(n, m);
			elkNodes.put(n, node);
			node.setDimensions(m.width, m.height);
			if (n.isContainer()) {
				configureGraph(node);
				node.setProperty(CoreOptions.PADDING,
						new ElkPadding(m.bandHeight + CONTAINER_PAD, CONTAINER_PAD, CONTAINER_PAD, CONTAINER_PAD));
				// A container's title may be wider than its children: keep the band readable.
				node.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
				node.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(m.width, m.height));
				for (SceneNode c : n.children()) {
					addNode(node, c);
				}
			}
		}

		private void configureGraph(ElkNode graph) {
			graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
			graph.setProperty(CoreOptions.DIRECTION, flow == Flow.DOWN ? Direction.DOWN : Direction.RIGHT);
			graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
			// Balanced placement centres a parent on its children: trees read as trees.
			graph.setProperty(LayeredOptions.NODE_PLACEMENT_BK_FIXED_ALIGNMENT,
					org.eclipse.elk.alg.layered.options.FixedAlignment.BALANCED);
			graph.setProperty(CoreOptions.RANDOM_SEED, 1);
			graph.setProperty(CoreOptions.SPACING_NODE_NODE, 24.0);
			graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 36.0);
			graph.setProperty(CoreOptions.SPACING_EDGE_NODE, 14.0);
			graph.setProperty(CoreOptions.SPACING_EDGE_EDGE, 10.0);
			graph.setProperty(CoreOptions.SPACING_EDGE_LABEL, 4.0);
			graph.setProperty(CoreOptions.SPACING_COMPONENT_COMPONENT, 24.0);
		}
	}

	/** Label geometry of one node, computed before layout because it decides the node's size. */
	private record Measured(List<String> titleLines, List<String> detailLines, double width, double height,
			double bandHeight, boolean container) {

		/**
		 * @param n       a node
		 * @param maxText the width its title and details are wrapped to
		 */
		static Measured of(SceneNode n, double maxText) {
			boolean container = n.isContainer();
			double titleSize = container ? CONTAINER_TITLE_SIZE : NODE_TITLE_SIZE;
			List<String> title = n.title().isBlank() ? List.of()
					: TextMetrics.wrap(n.title(), titleSize, true, maxText);
			var details = new ArrayList<String>();
			for (String d : n.details()) {
				details.addAll(TextMetrics.wrap(d, DETAIL_SIZE, false, maxText));
			}
			if (container) {
				// A container's band has no room for icons: its marks are written out as further lines.
				for (StatusMark mark : n.marks()) {
					details.addAll(TextMetrics.wrap(mark.text(), DETAIL_SIZE, false, maxText));
				}
			}
			double textW = 0;
			for (String t : title) {
				textW = Math.max(textW, TextMetrics.width(t, titleSize, true));
			}
			for (String d : details) {
				textW = Math.max(textW, TextMetrics.width(d, DETAIL_SIZE, false));
			}
			double textH = title.size() * TextMetrics.lineHeight(titleSize)
					+ details.size() * TextMetrics.lineHeight(DETAIL_SIZE);
			double badgesW = badgesWidth(n.badges());
			if (container) {
				double band = Math.ceil(Math.max(textH, BADGE_HEIGHT) + 2 * BAND_PAD_Y);
				double w = textW + (badgesW > 0 ? badgesW + 12 : 0) + 2 * BAND_PAD_X;
				return new Measured(title, details, Math.ceil(w), band + 2 * CONTAINER_PAD, band, true);
			}
			double badgeRow = n.badges().isEmpty() ? 0 : BADGE_HEIGHT + 4;
			for (StatusMark mark : n.marks()) {
				textW = Math.max(textW, markWidth(mark));
			}
			double marksH = n.marks().isEmpty() ? 0 : n.marks().size() * MARK_ROW + 4;
			double w = Math.max(MIN_LEAF_WIDTH, Math.max(textW, badgesW) + 2 * LEAF_PAD_X);
			double h = textH + marksH + badgeRow + 2 * LEAF_PAD_Y;
			return new Measured(title, details, Math.ceil(w), Math.ceil(h), 0, false);
		}

		PlacedNode place(SceneNode n, Scene scene, int depth, Bounds b) {
			var lines = new ArrayList<TextLine>();
			var badges = new ArrayList<PlacedBadge>();
			if (container) {
				var band = new Bounds(b.x(), b.y(), b.width(), bandHeight);
				double baseline = b.y() + BAND_PAD_Y + TextMetrics.ASCENT * CONTAINER_TITLE_SIZE;
				for (String t : titleLines) {
					lines.add(new TextLine(t, b.x() + BAND_PAD_X, baseline, CONTAINER_TITLE_SIZE, true, false));
					baseline += TextMetrics.lineHeight(CONTAINER_TITLE_SIZE);
				}
				baseline += TextMetrics.ASCENT * DETAIL_SIZE - TextMetrics.ASCENT * CONTAINER_TITLE_SIZE;
				for (String d : detailLines) {
					lines.add(new TextLine(d, b.x() + BAND_PAD_X, baseline, DETAIL_SIZE, false, false));
					baseline += TextMetrics.lineHeight(DETAIL_SIZE);
				}
				placeBadges(n.badges(), b.right() - BAND_PAD_X, b.y() + BAND_PAD_Y, badges);
				return new PlacedNode(n, scene.palette().style(n.styleKey()), depth, b, band, lines, badges);
			}
			double top = b.y() + LEAF_PAD_Y;
			if (!n.badges().isEmpty()) {
				placeBadges(n.badges(), b.right() - 6, b.y() + 6, badges);
				top += BADGE_HEIGHT + 4;
			}
			// Centre the text block vertically in case ELK made the node taller than asked.
			double marksH = n.marks().isEmpty() ? 0 : n.marks().size() * MARK_ROW + 4;
			double textH = titleLines.size() * TextMetrics.lineHeight(NODE_TITLE_SIZE)
					+ detailLines.size() * TextMetrics.lineHeight(DETAIL_SIZE) + marksH;
			top += Math.max(0, (b.bottom() - LEAF_PAD_Y - top - textH) / 2);
			double cx = b.x() + b.width() / 2;
			double baseline = top + TextMetrics.ASCENT * NODE_TITLE_SIZE;
			for (String t : titleLines) {
				lines.add(new TextLine(t, cx, baseline, NODE_TITLE_SIZE, true, true));
				baseline += TextMetrics.lineHeight(NODE_TITLE_SIZE);
			}
			if (!titleLines.isEmpty()) {
				baseline += TextMetrics.ASCENT * DETAIL_SIZE - TextMetrics.ASCENT * NODE_TITLE_SIZE;
			} else {
				baseline = top + TextMetrics.ASCENT * DETAIL_SIZE;
			}
			for (String d : detailLines) {
				lines.add(new TextLine(d, cx, baseline, DETAIL_SIZE, false, true));
				baseline += TextMetrics.lineHeight(DETAIL_SIZE);
			}
			var marks = new ArrayList<PlacedMark>();
			double rowTop = baseline - TextMetrics.ASCENT * DETAIL_SIZE + 4;
			for (StatusMark mark : n.marks()) {
				// Each mark a row of its own, icon and words centred together under the label.
				double left = cx - markWidth(mark) / 2;
				var icon = new Bounds(left, rowTop + (MARK_ROW - MARK_ICON) / 2, MARK_ICON, MARK_ICON);
				double textBaseline = rowTop + MARK_ROW / 2
						+ (TextMetrics.ASCENT - TextMetrics.DESCENT) * DETAIL_SIZE / 2;
				marks.add(new PlacedMark(mark, icon,
						new TextLine(mark.text(), icon.right() + MARK_GAP, textBaseline, DETAIL_SIZE, false, false)));
				rowTop += MARK_ROW;
			}
			return new PlacedNode(n, scene.palette().style(n.styleKey()), depth, b, null, lines, badges, marks);
		}
	}

	private static double markWidth(StatusMark mark) {
		return MARK_ICON + MARK_GAP + TextMetrics.width(mark.text(), DETAIL_SIZE, false);
	}

	private static double badgeWidth(Badge b) {
		// Round marker alone, or marker + text in a pill with the marker's inset on both ends.
		return b.text().isEmpty() ? BADGE_HEIGHT
				: Math.ceil(BADGE_HEIGHT + 1 + TextMetrics.width(b.text(), BADGE_TEXT_SIZE, true) + 5);
	}

	private static double badgesWidth(List<Badge> badges) {
		double w = 0;
		for (Badge b : badges) {
			w += badgeWidth(b) + 4;
		}
		return badges.isEmpty() ? 0 : w - 4;
	}

	/** Lays badges out right to left, ending at {@code right}. */
	private static void placeBadges(List<Badge> badges, double right, double top, List<PlacedBadge> out) {
		double x = right - badgesWidth(badges);
		for (Badge b : badges) {
			double w = badgeWidth(b);
			var pill = new Bounds(x, top, w, BADGE_HEIGHT);
			var marker = new Bounds(x + 3, top + 3, BADGE_HEIGHT - 6, BADGE_HEIGHT - 6);
			TextLine text = b.text().isEmpty() ? null
					: new TextLine(b.text(), marker.right() + 4,
							top + BADGE_HEIGHT / 2 + (TextMetrics.ASCENT - TextMetrics.DESCENT) * BADGE_TEXT_SIZE / 2,
							BADGE_TEXT_SIZE, true, false);
			out.add(new PlacedBadge(b, pill, marker, text));
			x += w + 4;
		}
	}

	/** Registers the layered algorithm once, without needing the Eclipse extension registry. */
	private static final class ElkRegistration {
		private static volatile boolean done;

		static void ensure() {
			if (!done) {
				synchronized (ElkRegistration.class) {
					if (!done) {
						LayoutMetaDataService.getInstance()
								.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
						done = true;
					}
				}
			}
		}
	}
}
