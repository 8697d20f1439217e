package org.placewise.report;

import java.util.List;
import java.util.Optional;

import org.placewise.checks.Finding;

import org.placewise.diagram.kinds.DiagramException;
import org.placewise.diagram.kinds.DiagramKind;
import org.placewise.diagram.kinds.DiagramOptions;
import org.placewise.diagram.kinds.DiagramScope;
import org.placewise.diagram.kinds.FindingsOverlay;
import org.placewise.diagram.kinds.PlacewiseDiagrams;
import org.placewise.diagram.layout.LaidOutScene;
import org.placewise.diagram.render.svg.SvgRenderer;
import org.placewise.diagram.scene.Scene;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.footprint.Footprint;

/**
 * The pack's diagrams from the Placewise diagram engine: the same systems, governance, outcomes and money diagrams as
 * {@code placewise diagram}, as SVG, with the pack's findings as badges once {@link #withFindings given}, described for
 * screen readers by the scene's own title and description.
 */
public final class GeneratedDiagrams implements PackDiagrams {

	private final FindingsOverlay findings;

	/** Diagrams without findings. */
	public GeneratedDiagrams() {
		this(FindingsOverlay.off());
	}

	private GeneratedDiagrams(FindingsOverlay findings) {
		this.findings = findings;
	}

	@Override
	public PackDiagrams withFindings(List<Finding> packFindings) {
		return new GeneratedDiagrams(FindingsOverlay.of(packFindings));
	}

	@Override
	public Optional<Diagram> draw(DiagramKind kind, PlacewiseModel model, Footprint root) {
		Optional<LaidOutScene> laidOut = layout(kind, model, root);
		if (laidOut.isEmpty()) {
			return Optional.empty();
		}
		Scene scene = laidOut.get().scene();
		String svg = new SvgRenderer().render(laidOut.get());
		String description = scene.description().isBlank() ? scene.title() : scene.title() + ". " + scene.description();
		return Optional.of(new Diagram(svg, description));
	}

	/**
	 * The laid-out scene the pack draws for a kind: what {@link #draw} renders, for tests that measure it.
	 *
	 * @return the scene with its geometry, or empty when this kind cannot be drawn for this model
	 */
	Optional<LaidOutScene> layout(DiagramKind kind, PlacewiseModel model, Footprint root) {
		DiagramOptions options = DiagramOptions.defaults().withFindings(findings);
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
		return Optional.of(PlacewiseDiagrams.layout(kind, scene));
	}
}
