package org.placewise.diagram.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.placewise.diagram.layout.Bounds;
import org.placewise.diagram.layout.Point;
import org.placewise.diagram.render.Canvas;
import org.placewise.diagram.render.PlacedCanvas;
import org.placewise.diagram.render.Stroke;
import org.placewise.diagram.render.TextRun;
import org.placewise.diagram.scene.Colour;
import org.placewise.diagram.scene.StatusMark;
import org.placewise.spc.Assurance;
import org.placewise.spc.Variation;

/** The icons of status marks: the Making Data Count shapes, and placing them into a box of another drawing. */
class StatusSymbolIconsTest {

	@ParameterizedTest
	@EnumSource(StatusMark.Symbol.class)
	void everySymbolIsADecorativeInlineSvg(StatusMark.Symbol symbol) {
		String svg = SpcIcons.symbolSvg(symbol);
		assertTrue(svg.startsWith("<svg") && svg.contains("aria-hidden=\"true\""), svg);
		assertTrue(svg.contains("width=\"22\""), svg);
	}

	@Test
	void symbolsLookLikeTheMakingDataCountIconsTheyStandFor() {
		assertEquals(SpcIcons.assuranceSvg(Assurance.CONSISTENTLY_PASSES),
				SpcIcons.symbolSvg(StatusMark.Symbol.PASSES));
		assertEquals(SpcIcons.assuranceSvg(Assurance.CONSISTENTLY_FAILS), SpcIcons.symbolSvg(StatusMark.Symbol.FAILS));
		assertEquals(SpcIcons.assuranceSvg(Assurance.HIT_AND_MISS), SpcIcons.symbolSvg(StatusMark.Symbol.HIT_AND_MISS));
		assertEquals(SpcIcons.variationSvg(Variation.COMMON_CAUSE),
				SpcIcons.symbolSvg(StatusMark.Symbol.COMMON_CAUSE));
		assertEquals(SpcIcons.variationSvg(Variation.NOT_ASSESSED),
				SpcIcons.symbolSvg(StatusMark.Symbol.NOT_ASSESSED));
		// A roll-up has no single high or low side: the improvement and concern icons carry no letter.
		assertEquals(
				SpcIcons.variationSvg(Variation.SPECIAL_CAUSE_IMPROVEMENT_HIGH).replaceAll("<text[^>]*>H</text>", ""),
				SpcIcons.symbolSvg(StatusMark.Symbol.IMPROVEMENT));
		assertTrue(!SpcIcons.symbolSvg(StatusMark.Symbol.CONCERN).contains("<text"));
	}

	@Test
	void symbolsThatMeanDifferentThingsAreDrawnDifferently() {
		Set<String> drawings = new HashSet<>();
		for (StatusMark.Symbol symbol : StatusMark.Symbol.values()) {
			drawings.add(SpcIcons.symbolSvg(symbol));
		}
		// Not assessed and no target are both "nothing to judge": the same empty dashed circle.
		assertEquals(StatusMark.Symbol.values().length - 1, drawings.size());
		assertNotEquals(SpcIcons.symbolSvg(StatusMark.Symbol.IMPROVEMENT),
				SpcIcons.symbolSvg(StatusMark.Symbol.PASSES));
	}

	@Test
	void anIconPlacedIntoABoxIsMovedAndScaledIntoIt() {
		var calls = new ArrayList<String>();
		Canvas recorder = new Canvas() {
			@Override
			public void rect(Bounds b, double radius, Colour fill, Stroke stroke) {
				calls.add("rect " + b);
			}

			@Override
			public void line(List<Point> points, Stroke stroke) {
				calls.add("line " + points + " " + stroke.width());
			}

			@Override
			public void polygon(List<Point> points, Colour fill, Stroke stroke) {
				for (Point p : points) {
					assertTrue(p.x() >= 100 - 0.01 && p.x() <= 111 + 0.01 && p.y() >= 50 - 0.01 && p.y() <= 61 + 0.01,
							"corner " + p + " outside the box");
				}
				calls.add("polygon");
			}

			@Override
			public void circle(Point centre, double radius, Colour fill, Stroke stroke) {
				calls.add("circle " + centre + " " + radius);
			}

			@Override
			public void text(TextRun run, Colour colour) {
				calls.add("text " + run.text() + " " + run.size());
			}

			@Override
			public void begin(double width, double height, String cssClass, String title, String description) {
				throw new AssertionError("an icon placed into a drawing must not start a page of its own");
			}
		};
		SpcIcons.paintSymbol(StatusMark.Symbol.PASSES, recorder, new Bounds(100, 50, 11, 11));
		assertEquals(List.of("circle Point[x=105.5, y=55.5] 4.75", "text P 5.75"), calls);
		calls.clear();
		SpcIcons.paintSymbol(StatusMark.Symbol.FAILS, recorder, new Bounds(100, 50, 11, 11));
		assertEquals("polygon", calls.get(0));
		calls.clear();
		// Dashes and line widths scale with the drawing.
		new PlacedCanvas(recorder, 10, 20, 2).line(List.of(new Point(1, 1), new Point(2, 3)),
				Stroke.dashed(Colour.INK, 1.5, 3, 2));
		assertEquals(List.of("line [Point[x=12.0, y=22.0], Point[x=14.0, y=26.0]] 3.0"), calls);
	}
}
