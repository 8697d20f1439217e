package org.placewise.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.placewise.checks.CheckCatalogue;
import org.placewise.checks.CheckProfile;
import org.placewise.checks.Checker;
import org.placewise.diagram.kinds.DiagramKind;
import org.placewise.diagram.layout.Bounds;
import org.placewise.diagram.layout.LaidOutScene;
import org.placewise.diagram.layout.PlacedBadge;
import org.placewise.diagram.layout.PlacedEdge;
import org.placewise.diagram.layout.PlacedNode;
import org.placewise.diagram.layout.TextLine;
import org.placewise.generator.EnglandModelGenerator;
import org.placewise.generator.Scale;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.store.ModelFiles;

/**
 * No label overflows its box in any diagram of the pack, measured on the laid-out scene the pack draws (with the pack's
 * findings badges): every line of a box's label and every badge inside the box, every edge label inside its label
 * block, for every sample and a generated place.
 */
class PackDiagramLabelsFitTest {

	/** Half a pixel: coordinates are rounded to two decimals when drawn. */
	private static final double TOLERANCE = 0.5;

	static Stream<String> models() throws Exception {
		try (Stream<Path> files = Files.list(Path.of("../../samples"))) {
			return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".placewise")).sorted().toList()
					.stream();
		}
	}

	@ParameterizedTest
	@MethodSource("models")
	void everyLabelFitsItsBox(String name) throws Exception {
		PlacewiseModel model;
		LocalDate asOf;
		if (name.equals("generated place")) {
			model = EnglandModelGenerator.of(Scale.PLACE, 3).generate().model();
			asOf = EnglandModelGenerator.REFERENCE_DATE;
		} else {
			model = new ModelFiles().load(Path.of("../../samples").resolve(name));
			asOf = LocalDate.of(2025, 6, 30);
		}
		var findings = new Checker(CheckCatalogue.placewise(), CheckProfile.DEFAULT, asOf).check(model);
		GeneratedDiagrams diagrams = (GeneratedDiagrams) new GeneratedDiagrams().withFindings(findings);
		List<String> overflows = new ArrayList<>();
		int measured = 0;
		for (DiagramKind kind : DiagramKind.values()) {
			var laidOut = diagrams.layout(kind, model, null);
			if (laidOut.isPresent()) {
				measured++;
				overflows(laidOut.get()).forEach(o -> overflows.add(kind.id() + ": " + o));
			}
		}
		assertTrue(measured >= 2, name + ": only " + measured + " diagrams drawn");
		assertEquals(List.of(), overflows, name);
	}

	/**
	 * The generated place: ELK gives some locality containers less width than the minimum asked for their title band
	 * (for example 'Millmouth North Locality Collaborative', 305 px of title in a 238 px box); SceneLayout re-wraps
	 * such titles to the width the container got and lays out again.
	 */
	@Test
	void everyLabelFitsItsBoxInAGeneratedPlace() throws Exception {
		everyLabelFitsItsBox("generated place");
	}

	@Test
	void aLabelWiderThanItsBoxIsFound() {
		TextLine wide = new TextLine("A partnership name far too long for its box", 10, 30, 13, true, false);
		TextLine fits = new TextLine("Fits", 10, 30, 13, false, false);
		PlacedNode tooNarrow = new PlacedNode(null, null, 0, new Bounds(0, 0, 120, 50), null, List.of(wide),
				List.of());
		PlacedNode wideEnough = new PlacedNode(null, null, 0, new Bounds(0, 0, 120, 50), null, List.of(fits),
				List.of());
		assertEquals(1, overflows(List.of(tooNarrow), List.of()).size());
		assertEquals(List.of(), overflows(List.of(wideEnough), List.of()));
		TextLine below = new TextLine("Fits", 10, 60, 13, false, false);
		assertFalse(overflows(List.of(new PlacedNode(null, null, 0, new Bounds(0, 0, 120, 50), null,
				List.of(below), List.of())), List.of()).isEmpty());
	}

	static List<String> overflows(LaidOutScene scene) {
		return overflows(scene.nodes(), scene.edges());
	}

	static List<String> overflows(List<PlacedNode> nodes, List<PlacedEdge> edges) {
		List<String> found = new ArrayList<>();
		for (PlacedNode node : nodes) {
			String who = node.node() == null ? "node" : "'" + node.node().title() + "'";
			for (TextLine line : node.lines()) {
				if (!inside(line.bounds(), node.bounds())) {
					found.add(who + ": line '" + line.text() + "' " + line.bounds() + " outside " + node.bounds());
				}
			}
			for (PlacedBadge badge : node.badges()) {
				if (!inside(badge.bounds(), node.bounds())) {
					found.add(who + ": badge " + badge.bounds() + " outside " + node.bounds());
				}
				if (badge.text() != null && !inside(badge.text().bounds(), badge.bounds())) {
					found.add(who + ": badge text '" + badge.text().text() + "' outside its pill");
				}
			}
		}
		for (PlacedEdge edge : edges) {
			for (TextLine line : edge.labels()) {
				if (edge.labelBounds() != null && !inside(line.bounds(), edge.labelBounds())) {
					found.add("edge " + edge.edge().id() + ": label '" + line.text() + "' outside its block");
				}
			}
		}
		return found;
	}

	private static boolean inside(Bounds inner, Bounds outer) {
		return inner.x() >= outer.x() - TOLERANCE && inner.y() >= outer.y() - TOLERANCE
				&& inner.x() + inner.width() <= outer.x() + outer.width() + TOLERANCE
				&& inner.y() + inner.height() <= outer.y() + outer.height() + TOLERANCE;
	}
}
