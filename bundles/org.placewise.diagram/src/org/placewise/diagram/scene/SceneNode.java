package org.placewise.diagram.scene;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A box in a diagram, standing for one model object. A node with children is drawn as a container (rounded box with a
 * title band) and its children are laid out inside it, to any depth: this is how "systems within systems" are drawn.
 * <p>
 * Immutable; create with {@link #builder(String)}.
 */
public final class SceneNode {

	private final String id;
	private final String objectId;
	private final String styleKey;
	private final String title;
	private final List<String> details;
	private final String description;
	private final List<Badge> badges;
	private final List<StatusMark> marks;
	private final List<SceneNode> children;

	private SceneNode(Builder b) {
		this.id = b.id;
		this.objectId = b.objectId;
		this.styleKey = b.styleKey;
		this.title = b.title;
		this.details = List.copyOf(b.details);
		this.description = b.description;
		this.badges = List.copyOf(b.badges);
		this.marks = List.copyOf(b.marks);
		this.children = List.copyOf(b.children);
	}

	/**
	 * @param id identifier unique within the scene (becomes the SVG element id)
	 * @return a builder
	 */
	public static Builder builder(String id) {
		return new Builder(id);
	}

	/** @return identifier unique within the scene */
	public String id() {
		return id;
	}

	/** @return stable id of the model object the node shows, or {@code null} for decoration */
	public String objectId() {
		return objectId;
	}

	/** @return palette key, also the CSS class in SVG */
	public String styleKey() {
		return styleKey;
	}

	/** @return first label line, drawn bold */
	public String title() {
		return title;
	}

	/** @return further label lines: subtitle, figures */
	public List<String> details() {
		return details;
	}

	/** @return accessible description; defaults to the title and details */
	public String description() {
		return description;
	}

	/** @return finding badges */
	public List<Badge> badges() {
		return badges;
	}

	/** @return status marks, drawn under the label lines, each an icon with its words */
	public List<StatusMark> marks() {
		return marks;
	}

	/** @return nested nodes, in drawing order */
	public List<SceneNode> children() {
		return children;
	}

	/** @return whether the node is drawn as a container */
	public boolean isContainer() {
		return !children.isEmpty();
	}

	@Override
	public String toString() {
		return "SceneNode[" + id + " '" + title + "']";
	}

	/** Collects a node's parts. */
	public static final class Builder {
		private final String id;
		private String objectId;
		private String styleKey = Palette.DEFAULT_KEY;
		private String title = "";
		private final List<String> details = new ArrayList<>();
		private String description;
		private final List<Badge> badges = new ArrayList<>();
		private final List<StatusMark> marks = new ArrayList<>();
		private final List<SceneNode> children = new ArrayList<>();

		private Builder(String id) {
			if (id == null || id.isBlank()) {
				throw new IllegalArgumentException("A scene node needs a non-blank id");
			}
			this.id = id;
		}

		/**
		 * @param objectId stable id of the model object behind the node
		 * @return this builder
		 */
		public Builder objectId(String objectId) {
			this.objectId = objectId;
			return this;
		}

		/**
		 * @param styleKey palette key
		 * @return this builder
		 */
		public Builder style(String styleKey) {
			this.styleKey = Objects.requireNonNull(styleKey, "styleKey");
			return this;
		}

		/**
		 * @param title first label line
		 * @return this builder
		 */
		public Builder title(String title) {
			this.title = title == null ? "" : title;
			return this;
		}

		/**
		 * @param line a further label line (blank lines are skipped)
		 * @return this builder
		 */
		public Builder detail(String line) {
			if (line != null && !line.isBlank()) {
				details.add(line);
			}
			return this;
		}

		/**
		 * @param description accessible description
		 * @return this builder
		 */
		public Builder description(String description) {
			this.description = description;
			return this;
		}

		/**
		 * @param badge a finding badge
		 * @return this builder
		 */
		public Builder badge(Badge badge) {
			badges.add(Objects.requireNonNull(badge, "badge"));
			return this;
		}

		/**
		 * @param mark a status mark, drawn under the label lines
		 * @return this builder
		 */
		public Builder mark(StatusMark mark) {
			marks.add(Objects.requireNonNull(mark, "mark"));
			return this;
		}

		/**
		 * @param child a nested node
		 * @return this builder
		 */
		public Builder child(SceneNode child) {
			children.add(Objects.requireNonNull(child, "child"));
			return this;
		}

		/**
		 * @param child a nested node, built here
		 * @return this builder
		 */
		public Builder child(Builder child) {
			return child(child.build());
		}

		/** @return the node */
		public SceneNode build() {
			if (description == null) {
				var parts = new ArrayList<String>();
				parts.add(title);
				parts.addAll(details);
				marks.forEach(m -> parts.add(m.text()));
				description = String.join("; ", parts.stream().filter(s -> !s.isBlank()).toList());
			}
			return new SceneNode(this);
		}
	}
}
