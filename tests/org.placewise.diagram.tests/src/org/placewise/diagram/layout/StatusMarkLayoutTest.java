package org.placewise.diagram.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.placewise.diagram.render.svg.SvgRenderer;
import org.placewise.diagram.scene.LegendEntry;
import org.placewise.diagram.scene.Palettes;
import org.placewise.diagram.scene.Scene;
import org.placewise.diagram.scene.SceneNode;
import org.placewise.diagram.scene.StatusMark;

/** Status marks (an icon with its words) on nodes and in the legend: placed inside their node, drawn, named. */
class StatusMarkLayoutTest {

	private static final double EPS = 0.01;

	private static Scene scene(StatusMark... marks) {
		var node = SceneNode.builder("n-outcome").objectId("outcome-1").style(Palettes.OUTCOME)
				.title("Fewer emergency admissions").detail("Strategic outcome");
		for (StatusMark mark : marks) {
			node.mark(mark);
		}
		return Scene.builder("outcomes", "Marks").node(node.build())
				.legend(LegendEntry.mark(StatusMark.Symbol.CONCERN, "Deteriorating")).build();
	}

	@Test
	void marksLieInsideTheirNodeBelowTheLabelEachOnARowOfItsOwn() {
		var marks = new StatusMark[] { new StatusMark(StatusMark.Symbol.CONCERN, "Deteriorating"),
				new StatusMark(StatusMark.Symbol.FAILS, "Not meeting target a good deal longer than the title") };
		LaidOutScene laid = new SceneLayout().layout(scene(marks));
		PlacedNode node = laid.nodesById().get("n-outcome");
		assertEquals(2, node.marks().size());
		double lastLine = node.lines().get(node.lines().size() - 1).bounds().bottom();
		double previousBottom = lastLine;
		for (PlacedMark mark : node.marks()) {
			assertTrue(node.bounds().contains(mark.icon(), EPS), mark + " icon outside " + node.bounds());
			assertTrue(node.bounds().contains(mark.text().bounds(), EPS), mark + " words outside " + node.bounds());
			assertTrue(mark.icon().y() >= previousBottom - EPS, "a mark overlaps what is above it");
			assertTrue(mark.text().x() >= mark.icon().right(), "the words stand after the icon");
			previousBottom = Math.max(mark.icon().bottom(), mark.text().bounds().bottom());
		}
	}

	@Test
	void aNodeWithMarksIsTallerThanTheSameNodeWithout() {
		double without = new SceneLayout().layout(scene()).nodesById().get("n-outcome").bounds().height();
		double with = new SceneLayout().layout(scene(new StatusMark(StatusMark.Symbol.IMPROVEMENT, "Improving")))
				.nodesById().get("n-outcome").bounds().height();
		assertTrue(with >= without + SceneLayout.MARK_ROW, without + " -> " + with);
	}

	@Test
	void theSvgDrawsEachMarkAsAGroupWithItsIconAndWords() {
		String svg = new String(new SvgRenderer().renderBytes(new SceneLayout().layout(scene(
				new StatusMark(StatusMark.Symbol.CONCERN, "Deteriorating"),
				new StatusMark(StatusMark.Symbol.PASSES, "Meeting target")))), java.nio.charset.StandardCharsets.UTF_8);
		int concern = svg.indexOf("class=\"status-mark mark-concern\"");
		int passes = svg.indexOf("class=\"status-mark mark-passes\"");
		assertTrue(concern > 0 && passes > concern, svg);
		String concernGroup = svg.substring(concern, passes);
		assertTrue(concernGroup.contains("<polygon"), "the concern icon is a diamond: " + concernGroup);
		assertTrue(concernGroup.contains(">Deteriorating</text>"), concernGroup);
		String passesGroup = svg.substring(passes, svg.indexOf("</g>", passes));
		assertTrue(passesGroup.contains("<circle") && passesGroup.contains(">P</text>"), passesGroup);
		assertTrue(passesGroup.contains(">Meeting target</text>"), passesGroup);
		assertTrue(
				svg.contains(
						"<desc>Fewer emergency admissions; Strategic outcome; Deteriorating; Meeting target</desc>"),
				"the node's description says the statuses in words");
	}

	@Test
	void theLegendShowsAMarkWithItsIconAndMeaning() {
		LaidOutScene laid = new SceneLayout().layout(scene());
		PlacedLegend legend = laid.legend();
		assertNotNull(legend);
		assertEquals(LegendEntry.Kind.MARK, legend.entries().get(0).entry().kind());
		String svg = new String(new SvgRenderer().renderBytes(laid), java.nio.charset.StandardCharsets.UTF_8);
		String legendGroup = svg.substring(svg.indexOf("class=\"legend\""));
		assertTrue(legendGroup.contains("<polygon"), "the concern diamond is drawn in the legend");
		assertTrue(legendGroup.contains(">Deteriorating</text>"));
	}

	@Test
	void aMarkNeedsWordsAndALegendMarkNeedsAnIcon() {
		assertFalse(runs(() -> new StatusMark(StatusMark.Symbol.CONCERN, " ")));
		assertFalse(runs(() -> new LegendEntry(LegendEntry.Kind.MARK, null, null, null, "Deteriorating")));
	}

	@Test
	void aContainerWritesItsMarksOutAsLines() {
		var container = SceneNode.builder("n-place").style(Palettes.PLACE).title("Exampletown")
				.mark(new StatusMark(StatusMark.Symbol.IMPROVEMENT, "Improving"))
				.child(SceneNode.builder("n-child").title("Inside"));
		LaidOutScene laid = new SceneLayout()
				.layout(Scene.builder("systems", "Container").node(container.build()).build());
		PlacedNode placed = laid.nodesById().get("n-place");
		assertTrue(placed.marks().isEmpty());
		assertTrue(placed.lines().stream().anyMatch(l -> l.text().equals("Improving")), placed.lines().toString());
		assertEquals(List.of(), laid.nodesById().get("n-child").marks());
	}

	private static boolean runs(Runnable r) {
		try {
			r.run();
			return true;
		} catch (IllegalArgumentException e) {
			return false;
		}
	}
}
