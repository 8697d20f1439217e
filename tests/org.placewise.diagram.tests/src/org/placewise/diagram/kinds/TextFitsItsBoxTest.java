package org.placewise.diagram.kinds;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.placewise.checks.Severity;
import org.placewise.diagram.layout.Bounds;
import org.placewise.diagram.layout.LaidOutScene;
import org.placewise.diagram.layout.PlacedBadge;
import org.placewise.diagram.layout.PlacedEdge;
import org.placewise.diagram.layout.PlacedLegend;
import org.placewise.diagram.layout.PlacedNode;
import org.placewise.diagram.layout.TextLine;
import org.placewise.generator.EnglandModelGenerator;
import org.placewise.generator.Scale;
import org.placewise.model.core.PlacewiseModel;

/**
 * No text sticks out of the box it belongs to, on every diagram of every sample and of the generated place model (the
 * realistic scale, with planted gaps and so many findings), measured on the laid-out scene: a node's lines inside its
 * box (a container's inside its title band) and clear of its badges, an edge's lines and badges inside its label block,
 * a badge's text inside its pill, the legend's text inside the legend, the header inside the page.
 */
class TextFitsItsBoxTest {

	private static final double EPS = 0.01;

	private static PlacewiseModel generatedPlace;

	/** A diagram kind of one model. */
	record Case(DiagramKind kind, String model) {
		@Override
		public String toString() {
			return kind.id() + " of " + model;
		}

		PlacewiseModel load() {
			return model.equals("generated place") ? generatedPlace() : Samples.load(model);
		}
	}

	private static synchronized PlacewiseModel generatedPlace() {
		if (generatedPlace == null) {
			generatedPlace = EnglandModelGenerator.of(Scale.PLACE, 1).generate().model();
		}
		return generatedPlace;
	}

	static Stream<Arguments> cases() {
		var cases = new ArrayList<Arguments>();
		var models = new ArrayList<>(List.of(Samples.ALL));
		models.add("generated place");
		for (String m : models) {
			for (DiagramKind kind : DiagramKind.values()) {
				Case c = new Case(kind, m);
				if (!kind.description().describe(c.load(), DiagramOptions.defaults()).nodes().isEmpty()) {
					cases.add(Arguments.of(c));
				}
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void noTextSticksOutOfItsBox(Case c) {
		PlacewiseModel model = c.load();
		var options = new DiagramOptions(DiagramScope.all(),
				FindingsOverlay.check(model, Samples.checker()).atLeast(Severity.INFO));
		LaidOutScene laid = PlacewiseDiagrams.layout(c.kind(), PlacewiseDiagrams.scene(c.kind(), model, options));
		var problems = overflows(laid);
		assertTrue(problems.isEmpty(), problems.size() + " texts stick out in " + c + ", e.g. "
				+ problems.subList(0, Math.min(5, problems.size())));
	}

	/**
	 * @param laid a laid-out scene
	 * @return one sentence per text that does not fit its box
	 */
	static List<String> overflows(LaidOutScene laid) {
		var problems = new ArrayList<String>();
		var page = new Bounds(0, 0, laid.width(), laid.height());
		for (TextLine line : laid.header()) {
			inside(line, page, "the page", problems);
		}
		for (PlacedNode p : laid.nodes()) {
			Bounds area = p.isContainer() ? p.titleBand() : p.bounds();
			String where = p.node().toString();
			for (TextLine line : p.lines()) {
				inside(line, area, where, problems);
				for (PlacedBadge b : p.badges()) {
					if (line.bounds().overlaps(b.bounds())) {
						problems.add("'" + line.text() + "' runs under a badge of " + where);
					}
				}
			}
			badges(p.badges(), p.bounds(), where, problems);
		}
		for (PlacedEdge e : laid.edges()) {
			String where = "edge " + e.edge().id();
			if (e.labelBounds() == null) {
				continue;
			}
			for (TextLine line : e.labels()) {
				inside(line, e.labelBounds(), where, problems);
			}
			badges(e.badges(), e.labelBounds(), where, problems);
		}
		PlacedLegend legend = laid.legend();
		if (legend != null) {
			inside(legend.heading(), legend.bounds(), "the legend", problems);
			for (PlacedLegend.Entry entry : legend.entries()) {
				inside(entry.label(), legend.bounds(), "the legend", problems);
			}
			if (!page.contains(legend.bounds(), EPS)) {
				problems.add("the legend sticks out of the page");
			}
		}
		return problems;
	}

	private static void badges(List<PlacedBadge> badges, Bounds box, String where, List<String> problems) {
		for (PlacedBadge b : badges) {
			if (!box.contains(b.bounds(), EPS)) {
				problems.add("a badge sticks out of " + where);
			}
			if (b.text() != null) {
				inside(b.text(), b.bounds(), "its badge on " + where, problems);
			}
		}
	}

	private static void inside(TextLine line, Bounds box, String where, List<String> problems) {
		if (!box.contains(line.bounds(), EPS)) {
			Bounds t = line.bounds();
			problems.add("'" + line.text() + "' (" + Math.round(t.width()) + " wide) sticks out of " + where + " ("
					+ Math.round(box.width()) + " wide)");
		}
	}
}
