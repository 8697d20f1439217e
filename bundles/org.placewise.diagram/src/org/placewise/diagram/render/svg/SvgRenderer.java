package org.placewise.diagram.render.svg;

import java.nio.charset.StandardCharsets;

import org.placewise.diagram.layout.LaidOutScene;
import org.placewise.diagram.render.DiagramPainter;

/**
 * Renders a laid-out scene as a self-contained SVG 1.1 document: no external references, text as {@code <text>}, a
 * {@code <title>} and {@code <desc>} on the document and on every element, and every element a {@code <g>} whose
 * {@code data-object-id} names the model object it shows. The same scene always gives the same bytes.
 */
public final class SvgRenderer {

	/**
	 * @param scene the laid-out scene
	 * @return the SVG document
	 */
	public String render(LaidOutScene scene) {
		var canvas = new SvgCanvas();
		new DiagramPainter().paint(scene, canvas);
		return canvas.result();
	}

	/**
	 * @param scene the laid-out scene
	 * @return the SVG document in UTF-8
	 */
	public byte[] renderBytes(LaidOutScene scene) {
		return render(scene).getBytes(StandardCharsets.UTF_8);
	}
}
