package org.placewise.diagram.kinds;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.query.Footprints;

/**
 * Which part of a model a diagram shows: the footprint at the top (the footprint itself, its id or its name, or every
 * top-level footprint), how many footprint levels down from it, and which kinds of element to leave out. Objects tied
 * to a footprint are drawn when their footprint is in scope; objects tied to none are drawn only when no root was
 * chosen.
 *
 * <p>
 * A root given as text is found by {@link #findRoot(PlacewiseModel, String)}, the one rule for naming a footprint that
 * the diagrams, the leaders' pack and the command line share.
 *
 * @param root          id or name of the footprint to start from, {@code null} for the whole model; the footprint's
 *                      name when {@code rootFootprint} is given
 * @param depth         footprint levels to draw, counting the root as 1; {@link #UNLIMITED} for all
 * @param hidden        kinds of element left out
 * @param rootFootprint the footprint to start from, when the caller holds it already; it wins over {@code root}, so two
 *                      footprints of one name cannot be confused
 */
public record DiagramScope(String root, int depth, Set<ElementKind> hidden, Footprint rootFootprint) {

	/** Depth meaning "every level". */
	public static final int UNLIMITED = Integer.MAX_VALUE;

	public DiagramScope {
		if (rootFootprint != null) {
			root = DiagramLabels.name(rootFootprint);
		} else if (root != null && root.isBlank()) {
			root = null;
		}
		if (depth < 1) {
			throw new DiagramException(
					"The depth must be 1 or more (1 draws only the root footprint), not " + depth + ".");
		}
		hidden = hidden == null || hidden.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(hidden));
	}

	/**
	 * A scope whose root is given as text (or none).
	 *
	 * @param root   id or name of the footprint to start from, {@code null} for the whole model
	 * @param depth  footprint levels to draw, counting the root as 1
	 * @param hidden kinds of element left out
	 */
	public DiagramScope(String root, int depth, Set<ElementKind> hidden) {
		this(root, depth, hidden, null);
	}

	/** @return the whole model, every level, every kind of element */
	public static DiagramScope all() {
		return new DiagramScope(null, UNLIMITED, Set.of());
	}

	/**
	 * @param name footprint id or name, {@code null} for the whole model
	 * @return this scope starting at another footprint
	 */
	public DiagramScope withRoot(String name) {
		return new DiagramScope(name, depth, hidden);
	}

	/**
	 * @param footprint the footprint to start from, {@code null} for the whole model
	 * @return this scope starting at that very footprint, whatever its name
	 */
	public DiagramScope withRoot(Footprint footprint) {
		return footprint == null ? withRoot((String) null) : new DiagramScope(null, depth, hidden, footprint);
	}

	/**
	 * @param levels footprint levels to draw, counting the root as 1
	 * @return this scope with another depth
	 */
	public DiagramScope withDepth(int levels) {
		return new DiagramScope(root, levels, hidden, rootFootprint);
	}

	/**
	 * @param kinds element kinds to leave out
	 * @return this scope leaving those kinds out
	 */
	public DiagramScope hiding(Set<ElementKind> kinds) {
		return new DiagramScope(root, depth, kinds, rootFootprint);
	}

	/**
	 * @param kind an element kind
	 * @return whether elements of that kind are drawn
	 */
	public boolean shows(ElementKind kind) {
		return !hidden.contains(kind);
	}

	/**
	 * Finds the root footprint(s) in a model and the footprints within the depth.
	 *
	 * @param model the model
	 * @return the resolved scope
	 * @throws DiagramException when the root name matches no footprint (the message lists the footprints there are) or
	 *                          more than one, or the root footprint is not in the model
	 */
	public Resolved resolve(PlacewiseModel model) {
		List<Footprint> roots;
		if (rootFootprint != null) {
			if (EcoreUtil.getRootContainer(rootFootprint) != model) {
				throw new DiagramException(
						"The footprint '" + root + "' is not in model '" + DiagramLabels.name(model) + "'.");
			}
			roots = List.of(rootFootprint);
		} else if (root == null) {
			roots = List.copyOf(model.getFootprints());
		} else {
			roots = List.of(findRoot(model, root));
		}
		return new Resolved(this, roots);
	}

	/**
	 * Finds the footprint a user means: the one whose id is exactly {@code nameOrId}, else the one whose name it is,
	 * ignoring case, spacing and '&amp;' versus 'and'.
	 *
	 * @param model    the model
	 * @param nameOrId a footprint's id or name
	 * @return the footprint
	 * @throws DiagramException when nothing matches (the message lists the footprints there are) or the name fits more
	 *                          than one footprint (the message gives their ids)
	 */
	public static Footprint findRoot(PlacewiseModel model, String nameOrId) {
		String name = nameOrId == null ? "" : nameOrId;
		var all = new ArrayList<Footprint>();
		for (Footprint top : model.getFootprints()) {
			all.add(top);
			all.addAll(Footprints.descendants(top));
		}
		// Ids are unique, so an id names one footprint even when another has that text as its name.
		for (Footprint f : all) {
			if (name.trim().equals(EcoreUtil.getID(f))) {
				return f;
			}
		}
		String wanted = normalise(name);
		var matches = new ArrayList<Footprint>();
		for (Footprint f : all) {
			if (wanted.equals(normalise(f.getName()))) {
				matches.add(f);
			}
		}
		if (matches.size() == 1) {
			return matches.get(0);
		}
		if (matches.size() > 1) {
			throw new DiagramException("'" + name + "' names " + matches.size() + " footprints ("
					+ String.join("; ",
							matches.stream().map(f -> Footprints.path(f) + " [id " + EcoreUtil.getID(f) + "]")
									.toList())
					+ "): give the id of the one you mean as the root.");
		}
		if (all.isEmpty()) {
			throw new DiagramException("There is no footprint called '" + name + "': this model has no footprints.");
		}
		var names = all.stream().map(DiagramLabels::name).toList();
		int shown = Math.min(names.size(), 40);
		String list = String.join(", ", names.subList(0, shown))
				+ (names.size() > shown ? " and " + (names.size() - shown) + " more" : "");
		throw new DiagramException(
				"There is no footprint called '" + name + "'. Footprints in this model: " + list + ".");
	}

	/** Case, spacing and '&amp;' versus 'and' do not matter when naming a footprint. */
	private static String normalise(String name) {
		if (name == null) {
			return "";
		}
		return name.trim().toLowerCase(Locale.UK).replace("&", " and ").replaceAll("\\s+", " ");
	}

	/** A scope applied to one model: the roots and the level of every footprint drawn. */
	public static final class Resolved {
		private final DiagramScope scope;
		private final List<Footprint> roots;
		private final Map<Footprint, Integer> levels = new IdentityHashMap<>();

		private Resolved(DiagramScope scope, List<Footprint> roots) {
			this.scope = scope;
			this.roots = roots;
			for (Footprint r : roots) {
				visit(r, 1);
			}
		}

		private void visit(Footprint f, int level) {
			levels.put(f, level);
			if (level < scope.depth()) {
				for (Footprint c : f.getChildren()) {
					visit(c, level + 1);
				}
			}
		}

		/** @return the scope that was applied */
		public DiagramScope scope() {
			return scope;
		}

		/** @return the footprints at the top of the diagram, in model order */
		public List<Footprint> roots() {
			return roots;
		}

		/** @return whether a root footprint was chosen (rather than the whole model) */
		public boolean hasChosenRoot() {
			return scope.root() != null || scope.rootFootprint() != null;
		}

		/**
		 * @param footprint a footprint, may be null
		 * @return whether objects tied to this footprint are drawn; objects tied to none are drawn only for the whole
		 *         model
		 */
		public boolean includes(Footprint footprint) {
			return footprint == null ? !hasChosenRoot() : levels.containsKey(footprint);
		}

		/**
		 * @param footprint a footprint in scope
		 * @return its level, 1 for a root
		 */
		public int level(Footprint footprint) {
			return levels.getOrDefault(footprint, 0);
		}

		/**
		 * @param footprint a footprint in scope
		 * @return whether it has children that the depth leaves out
		 */
		public boolean childrenCut(Footprint footprint) {
			return includes(footprint) && !footprint.getChildren().isEmpty() && level(footprint) >= scope.depth();
		}

		/** @return what the diagram covers, for its title: the root's name or {@code null} for the whole model */
		public String rootName() {
			return hasChosenRoot() ? DiagramLabels.name(roots.get(0)) : null;
		}

		/**
		 * @param kind an element kind
		 * @return whether elements of that kind are drawn
		 */
		public boolean shows(ElementKind kind) {
			return scope.shows(kind);
		}
	}
}
