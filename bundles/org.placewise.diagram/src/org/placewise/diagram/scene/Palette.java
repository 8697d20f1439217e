package org.placewise.diagram.scene;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Named styles for a diagram: a diagram description gives each node and edge a style key ({@code "place"},
 * {@code "delegation"}) and the palette says how that key looks. Built from {@link Hue Okabe–Ito hues}: fills are the
 * hue mixed mostly with white, strokes the hue mixed with black, text near-black; {@link #contrastProblems()} proves
 * the 4.5:1 text contrast.
 */
public final class Palette {

	/** Style used for keys the palette does not know, so a diagram never fails to draw. */
	public static final String DEFAULT_KEY = "default";

	private final Map<String, Style> styles;

	private Palette(Map<String, Style> styles) {
		this.styles = Collections.unmodifiableMap(new LinkedHashMap<>(styles));
	}

	/** @return a builder that already holds the {@link #DEFAULT_KEY} style (grey) */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * @param key a style key
	 * @return the style for the key, or the default style when the key is unknown
	 */
	public Style style(String key) {
		Style s = key == null ? null : styles.get(key);
		return s != null ? s : styles.get(DEFAULT_KEY);
	}

	/**
	 * @param key a style key
	 * @return the style when the palette defines the key
	 */
	public Optional<Style> find(String key) {
		return Optional.ofNullable(styles.get(key));
	}

	/** @return every style by key, in definition order */
	public Map<String, Style> styles() {
		return styles;
	}

	/**
	 * @return one plain-English sentence per style whose text contrasts less than 4.5:1 with its fill or band; empty
	 *         when the palette is readable
	 */
	public java.util.List<String> contrastProblems() {
		var problems = new java.util.ArrayList<String>();
		styles.forEach((key, s) -> {
			double fill = s.text().contrastWith(s.fill());
			double band = s.text().contrastWith(s.band());
			double page = s.text().contrastWith(Colour.WHITE);
			double worst = Math.min(fill, Math.min(band, page));
			if (worst < 4.5) {
				problems.add(String.format(java.util.Locale.ROOT,
						"Style '%s' has text contrast %.2f:1, below the 4.5:1 needed for reading", key, worst));
			}
		});
		return problems;
	}

	/** Collects styles; later definitions of a key replace earlier ones. */
	public static final class Builder {
		private final Map<String, Style> styles = new LinkedHashMap<>();

		private Builder() {
			tone(DEFAULT_KEY, Hue.GREY);
		}

		/**
		 * Defines a key with the standard light-fill / dark-stroke treatment of a hue.
		 *
		 * @param key style key used by scene nodes and edges
		 * @param hue the hue that identifies the kind
		 * @return this builder
		 */
		public Builder tone(String key, Hue hue) {
			return style(key, toned(hue.colour()));
		}

		/**
		 * Defines a key with an explicit style.
		 *
		 * @param key   style key
		 * @param style the look
		 * @return this builder
		 */
		public Builder style(String key, Style style) {
			styles.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(style, "style"));
			return this;
		}

		/** @return the palette */
		public Palette build() {
			return new Palette(styles);
		}
	}

	/**
	 * The standard treatment of a hue: an 86% white fill keeps nested containers calm, a 28% white band marks container
	 * titles, and a 35% black stroke stays visible on white.
	 *
	 * @param hue the identifying colour
	 * @return the style
	 */
	public static Style toned(Colour hue) {
		Colour fill = hue.mix(Colour.WHITE, 0.86);
		Colour band = hue.mix(Colour.WHITE, 0.62);
		Colour stroke = hue.mix(new Colour(0, 0, 0), 0.35);
		return new Style(fill, stroke, Colour.INK, band, 1.4, false);
	}
}
