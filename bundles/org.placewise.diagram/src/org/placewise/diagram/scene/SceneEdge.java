package org.placewise.diagram.scene;

import java.util.List;
import java.util.Objects;

/**
 * An arrow between two scene nodes (e.g. a delegation, a reporting line, a money flow), drawn from {@code sourceId} to
 * {@code targetId}. The ends may sit at any depth of nesting.
 *
 * @param id          identifier unique within the scene
 * @param objectId    stable id of the model object behind the edge, or {@code null} when the edge is derived (e.g. a
 *                    containment shown as a line)
 * @param sourceId    id of the source {@link SceneNode}
 * @param targetId    id of the target {@link SceneNode}
 * @param styleKey    palette key, also the CSS class in SVG
 * @param labels      label lines placed at the middle of the edge, e.g. scope and £ limit
 * @param description accessible description; defaults to the labels
 * @param badges      finding badges drawn with the label block (e.g. a delegation above its delegator's limit)
 * @param upstream    whether the edge points against the diagram's flow: the layout places the target before the source
 *                    (a reporting line drawn up to the board it reports to, a programme pointing up to the outcome it
 *                    serves) while the arrow still ends at the target
 */
public record SceneEdge(String id, String objectId, String sourceId, String targetId, String styleKey,
		List<String> labels, String description, List<Badge> badges, boolean upstream) {

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
		badges = badges == null ? List.of() : List.copyOf(badges);
	}

	/**
	 * An edge along the flow, without badges.
	 *
	 * @param id          edge id
	 * @param objectId    model object id or {@code null}
	 * @param sourceId    source node id
	 * @param targetId    target node id
	 * @param styleKey    palette key
	 * @param labels      label lines
	 * @param description accessible description, {@code null} for the labels
	 */
	public SceneEdge(String id, String objectId, String sourceId, String targetId, String styleKey,
			List<String> labels, String description) {
		this(id, objectId, sourceId, targetId, styleKey, labels, description, List.of(), false);
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
