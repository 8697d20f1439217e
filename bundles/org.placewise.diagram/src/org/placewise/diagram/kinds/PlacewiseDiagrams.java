package org.placewise.diagram.kinds;

import java.util.Locale;

import org.placewise.diagram.layout.LaidOutScene;
import org.placewise.diagram.layout.SceneLayout;
import org.placewise.diagram.render.png.PngRenderer;
import org.placewise.diagram.render.svg.SvgRenderer;
import org.placewise.diagram.scene.Scene;
import org.placewise.model.core.PlacewiseModel;

/**
 * The Placewise diagrams in three calls: {@link #scene} computes what a diagram shows from the model, {@link #layout}
 * places it, {@link #render} does both and writes SVG or PNG. The command line, the workbench's diagram view and the
 * Sirius services all go through here, so a diagram looks the same wherever it is drawn. Stateless and thread-safe; the
 * same model and options always give the same bytes.
 */
public final class PlacewiseDiagrams {

	/** Output formats. */
	public enum Format {
		/** Self-contained SVG 1.1: text as text, titles and descriptions, object ids. */
		SVG("svg"),
		/** PNG drawn with Java2D. */
		PNG("png");

		private final String extension;

		Format(String extension) {
			this.extension = extension;
		}

		/** @return the file name extension, without the dot */
		public String extension() {
			return extension;
		}

		/**
		 * @param text a format as users write it
		 * @return the format
		 * @throws DiagramException naming the formats there are
		 */
		public static Format parse(String text) {
			String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
			for (Format f : values()) {
				if (f.extension.equals(wanted)) {
					return f;
				}
			}
			throw new DiagramException("'" + text + "' is not a diagram format: use svg or png.");
		}
	}

	private PlacewiseDiagrams() {
	}

	/**
	 * Computes what a diagram shows.
	 *
	 * @param kind    which diagram
	 * @param model   the model
	 * @param options scope and findings
	 * @return the scene, with at least one node
	 * @throws DiagramException when the root footprint is unknown or nothing is in scope to draw
	 */
	public static Scene scene(DiagramKind kind, PlacewiseModel model, DiagramOptions options) {
		Scene scene = kind.description().describe(model, options);
		if (scene.nodes().isEmpty()) {
			throw new DiagramException(nothingToDraw(kind, model, options.scope()));
		}
		return scene;
	}

	/**
	 * @param kind  which diagram the scene is (decides the flow direction)
	 * @param scene the scene
	 * @return the scene with its geometry
	 */
	public static LaidOutScene layout(DiagramKind kind, Scene scene) {
		return new SceneLayout(kind.flow()).layout(scene);
	}

	/**
	 * Computes, lays out and renders a diagram.
	 *
	 * @param kind     which diagram
	 * @param model    the model
	 * @param options  scope and findings
	 * @param format   SVG or PNG
	 * @param pngScale pixels per layout unit for PNG (2 for sharp screens); ignored for SVG
	 * @return the file content
	 * @throws DiagramException when the root footprint is unknown, nothing is in scope, or the PNG would be too large
	 */
	public static byte[] render(DiagramKind kind, PlacewiseModel model, DiagramOptions options, Format format,
			double pngScale) {
		LaidOutScene laid = layout(kind, scene(kind, model, options));
		if (format == Format.SVG) {
			return new SvgRenderer().renderBytes(laid);
		}
		try {
			return new PngRenderer(pngScale).render(laid);
		} catch (IllegalArgumentException e) {
			throw new DiagramException(e.getMessage());
		}
	}

	private static String nothingToDraw(DiagramKind kind, PlacewiseModel model, DiagramScope scope) {
		String what = switch (kind) {
		case SYSTEMS -> "footprints";
		case GOVERNANCE -> "boards or delegations";
		case OUTCOMES -> "visions, work programmes or measures";
		case MONEY -> "pooled budgets or investment flows";
		};
		String where = scope.root() == null ? "model '" + DiagramLabels.name(model) + "'" : "'" + scope.root() + "'";
		String hidden = scope.hidden().isEmpty() ? ""
				: " with " + String.join(", ", scope.hidden().stream().map(ElementKind::id).toList()) + " hidden";
		return "Nothing to draw: the " + kind.id() + " diagram shows " + what + ", and there are none in " + where
				+ hidden + ".";
	}
}
