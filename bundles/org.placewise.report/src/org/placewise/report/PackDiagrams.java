package org.placewise.report;

import java.util.List;
import java.util.Optional;

import org.placewise.checks.Finding;

import org.placewise.diagram.kinds.DiagramKind;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.footprint.Footprint;

/**
 * Where the pack gets its generated diagrams from. The pack asks for each {@link DiagramKind}, in the order of the
 * kinds, shows each under the kind's name and leaves a diagram out when there is none.
 */
@FunctionalInterface
public interface PackDiagrams {

	/** A diagram: the SVG document and the text that describes it to someone who cannot see it. */
	record Diagram(String svg, String description) {
	}

	/** No diagrams: the pack shows the same facts as tables and lists only. */
	PackDiagrams NONE = (kind, model, root) -> Optional.empty();

	/**
	 * Draws one diagram.
	 *
	 * @param kind  what to draw
	 * @param model the model
	 * @param root  the footprint the pack is about, or {@code null} for the whole model
	 * @return the diagram, or empty when this kind cannot be drawn for this model
	 */
	Optional<Diagram> draw(DiagramKind kind, PlacewiseModel model, Footprint root);

	/**
	 * The same diagrams with the pack's check findings as badges on the objects they are about.
	 *
	 * @param findings the pack's findings
	 * @return diagrams carrying the findings; this source itself when it draws no badges
	 */
	default PackDiagrams withFindings(List<Finding> findings) {
		return this;
	}
}
