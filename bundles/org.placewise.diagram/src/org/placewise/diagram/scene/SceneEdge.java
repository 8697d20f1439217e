package org.placewise.diagram.scene;

import java.util.List;
import java.util.Objects;

/**
 * An arrow between two scene nodes (e.g. a delegation, a reporting line, a money flow), drawn
 * from {@code sourceId} to {@code targetId}. The ends may sit at any depth of nesting.
 *
 * @param id          identifier unique within the scene
 * @param objectId    stable id of the model object behind the edge, or {@code null} when the edge
 *                    is derived (e.g. a containment shown as a line)
 * @param sourceId    id of the source {@link SceneNode}
 * @param targetId    id of the target {@link SceneNode}
 * @param styleKey    palette key, also the CSS class in SVG
 * @param labels      label lines placed at the middle of the edge, e.g. scope and £ limit
 * @param description accessible description; defaults to the labels
 */
public record SceneEdge(String id, String objectId, String sourceId, String targetId, String styleKey,
        List<String> labels, String description) {

    public SceneEdge {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A scene edge needs a non-blank id");
        }
        Objects.requireNonNull(sourceId, () -> "Edge '" + id + "' has no source");
        Objects.requireNonNull(targetId, () -> "Edge '" + id + "' has no target");
        styleKey = styleKey == null ? Palette.DEFAULT_KEY : styleKey;
        labels = labels == null ? List.of() : labels.stream().filter(l -> l != null && !l.isBlank()).toList();
        if (description == null) {
            description = String.join("; ", labels);
        }
    }

    /**
     * Shorthand for an edge whose description is its labels.
     *
     * @param id       edge id
     * @param objectId model object id or {@code null}
     * @param sourceId source node id
     * @param targetId target node id
     * @param styleKey palette key
     * @param labels   label lines
     * @return the edge
     */
    public static SceneEdge of(String id, String objectId, String sourceId, String targetId, String styleKey,
            String... labels) {
        return new SceneEdge(id, objectId, sourceId, targetId, styleKey, List.of(labels), null);
    }
}
