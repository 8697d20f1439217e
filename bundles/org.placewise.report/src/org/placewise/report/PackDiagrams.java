package org.placewise.report;

import java.util.Optional;

import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.footprint.Footprint;

/**
 * Where the pack gets its generated diagrams from. The pack asks for each kind it shows and
 * leaves a diagram out (saying so on the page) when there is none.
 */
@FunctionalInterface
public interface PackDiagrams {

	/** The diagram kinds the overview shows, in page order. */
	enum Kind {
		/** Footprints nested as systems within systems, with their partnerships. */
		SYSTEMS("systems", "Systems within systems"),
		/** Boards, who reports to whom and the delegations between them. */
		GOVERNANCE("governance", "Governance"),
		/** Visions, outcomes, the programmes serving them and the measures evidencing them. */
		OUTCOMES("outcomes", "Outcomes, programmes and measures"),
		/** Pooled budgets, contributions and investment/benefit flows. */
		MONEY("money", "Money");

		private final String id;
		private final String title;

		Kind(String id, String title) {
			this.id = id;
			this.title = title;
		}

		/** The kind's identifier, also the diagram's file name. */
		public String id() {
			return id;
		}

		/** The heading shown above the diagram. */
		public String title() {
			return title;
		}
	}

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
	Optional<Diagram> draw(Kind kind, PlacewiseModel model, Footprint root);
}
