package org.placewise.report;

import java.util.Optional;

import org.placewise.diagram.kinds.DiagramException;
import org.placewise.diagram.kinds.DiagramKind;
import org.placewise.diagram.kinds.DiagramOptions;
import org.placewise.diagram.kinds.DiagramScope;
import org.placewise.diagram.kinds.PlacewiseDiagrams;
import org.placewise.diagram.render.svg.SvgRenderer;
import org.placewise.diagram.scene.Scene;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.footprint.Footprint;

/**
 * The pack's diagrams from the Placewise diagram engine: the same systems, governance, outcomes and money diagrams as
 * {@code placewise diagram}, as SVG, described for screen readers by the scene's own title and description.
 */
public final class GeneratedDiagrams implements PackDiagrams {

	@Override
	public Optional<Diagram> draw(DiagramKind kind, PlacewiseModel model, Footprint root) {
		DiagramOptions options = DiagramOptions.defaults();
		if (root != null) {
			options = options.withScope(DiagramScope.all().withRoot(root));
		}
		Scene scene;
		try {
			scene = PlacewiseDiagrams.scene(kind, model, options);
		} catch (DiagramException nothingToDraw) {
			// A model without, say, pooled budgets has no money diagram; the page says so in tables.
			return Optional.empty();
		}
		String svg = new SvgRenderer().render(PlacewiseDiagrams.layout(kind, scene));
		String description = scene.description().isBlank() ? scene.title() : scene.title() + ". " + scene.description();
		return Optional.of(new Diagram(svg, description));
	}
}
