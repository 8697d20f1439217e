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
 * Which part of a model a diagram shows: the footprint at the top (by name, or every top-level
 * footprint), how many footprint levels down from it, and which kinds of element to leave out.
 * Objects tied to a footprint are drawn when their footprint is in scope; objects tied to none
 * are drawn only when no root was chosen.
 *
 * @param root   name (or id) of the footprint to start from, {@code null} for the whole model
 * @param depth  footprint levels to draw, counting the root as 1; {@link #UNLIMITED} for all
 * @param hidden kinds of element left out
 */
public record DiagramScope(String root, int depth, Set<ElementKind> hidden) {

    /** Depth meaning "every level". */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    public DiagramScope {
        if (root != null && root.isBlank()) {
            root = null;
        }
        if (depth < 1) {
            throw new DiagramException("The depth must be 1 or more (1 draws only the root footprint), not " + depth + ".");
        }
        hidden = hidden == null || hidden.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(hidden));
    }

    /** @return the whole model, every level, every kind of element */
    public static DiagramScope all() {
        return new DiagramScope(null, UNLIMITED, Set.of());
    }

    /**
     * @param name footprint name or id, {@code null} for the whole model
     * @return this scope starting at another footprint
     */
    public DiagramScope withRoot(String name) {
        return new DiagramScope(name, depth, hidden);
    }

    /**
     * @param levels footprint levels to draw, counting the root as 1
     * @return this scope with another depth
     */
    public DiagramScope withDepth(int levels) {
        return new DiagramScope(root, levels, hidden);
    }

    /**
     * @param kinds element kinds to leave out
     * @return this scope leaving those kinds out
     */
    public DiagramScope hiding(Set<ElementKind> kinds) {
        return new DiagramScope(root, depth, kinds);
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
     * @throws DiagramException when the root name matches no footprint (the message lists the
     *         footprints there are) or more than one
     */
    public Resolved resolve(PlacewiseModel model) {
        List<Footprint> roots;
        if (root == null) {
            roots = List.copyOf(model.getFootprints());
        } else {
            roots = List.of(find(model, root));
        }
        return new Resolved(this, roots);
    }

    private static Footprint find(PlacewiseModel model, String name) {
        var all = new ArrayList<Footprint>();
        for (Footprint top : model.getFootprints()) {
            all.add(top);
            all.addAll(Footprints.descendants(top));
        }
        String wanted = normalise(name);
        var matches = new ArrayList<Footprint>();
        for (Footprint f : all) {
            if (wanted.equals(normalise(f.getName())) || name.trim().equals(EcoreUtil.getID(f))) {
                matches.add(f);
            }
        }
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.size() > 1) {
            throw new DiagramException("'" + name + "' names " + matches.size() + " footprints ("
                    + String.join("; ", matches.stream().map(f -> Footprints.path(f) + " [id " + EcoreUtil.getID(f) + "]")
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
        throw new DiagramException("There is no footprint called '" + name + "'. Footprints in this model: " + list + ".");
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
            return scope.root() != null;
        }

        /**
         * @param footprint a footprint, may be null
         * @return whether objects tied to this footprint are drawn; objects tied to none are drawn
         *         only for the whole model
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
