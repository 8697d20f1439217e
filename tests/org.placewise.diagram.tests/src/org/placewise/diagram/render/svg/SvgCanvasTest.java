package org.placewise.diagram.render.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.placewise.diagram.layout.Bounds;
import org.placewise.diagram.layout.Point;
import org.placewise.diagram.render.Stroke;
import org.placewise.diagram.render.TextAnchor;
import org.placewise.diagram.render.TextRun;
import org.placewise.diagram.scene.Colour;

class SvgCanvasTest {

	private static final Colour RED = Colour.hex("#ff0000");

	private static String draw(SvgCanvas canvas, Runnable drawing) {
		drawing.run();
		return canvas.result();
	}

	@Test
	void circlesPolygonsAndLinesCarryFillAndDashedStroke() {
		var c = new SvgCanvas();
		String svg = draw(c, () -> {
			c.begin(100, 50, "k", "T", "D");
			c.circle(new Point(10, 20), 4.5, RED, Stroke.dashed(Colour.INK, 1.5, 3, 2));
			c.polygon(List.of(new Point(0, 0), new Point(5, 0), new Point(0, 5)), null, Stroke.solid(RED, 1));
			c.line(List.of(new Point(0, 0), new Point(9, 9)), Stroke.dashed(RED, 1.25, 10, 4));
			c.end();
		});
		assertTrue(svg.contains("  <circle cx=\"10\" cy=\"20\" r=\"4.5\" fill=\"#ff0000\" stroke=\"#1f2328\""
				+ " stroke-width=\"1.5\" stroke-dasharray=\"3 2\"/>\n"), svg);
		assertTrue(
				svg.contains("<polygon points=\"0,0 5,0 0,5\" fill=\"none\" stroke=\"#ff0000\" stroke-width=\"1\"/>"),
				svg);
		assertTrue(svg.contains("<polyline points=\"0,0 9,9\" fill=\"none\" stroke=\"#ff0000\" stroke-width=\"1.25\""
				+ " stroke-dasharray=\"10 4\" stroke-linejoin=\"round\"/>"), svg);
	}

	@Test
	void textIsAnchoredAndTurnedAboutItsAnchor() {
		var c = new SvgCanvas();
		String svg = draw(c, () -> {
			c.begin(100, 50, null, "T", null);
			c.text(TextRun.of("12.5", 60, 20, 11, TextAnchor.END), Colour.INK);
			c.text(TextRun.of("patients", 14, 30, 11, TextAnchor.MIDDLE).rotated(-90).bolded(), Colour.INK);
			c.end();
		});
		assertTrue(
				svg.contains(
						"<text x=\"60\" y=\"20\" font-size=\"11\" text-anchor=\"end\" fill=\"#1f2328\">12.5</text>"),
				svg);
		assertTrue(svg.contains("<text x=\"14\" y=\"30\" font-size=\"11\" font-weight=\"bold\" text-anchor=\"middle\""
				+ " transform=\"rotate(-90 14 30)\" fill=\"#1f2328\">patients</text>"), svg);
	}

	@Test
	void aDrawingWithoutTitleIsHiddenFromScreenReadersAndGroupsMayBeAnonymous() {
		var c = SvgCanvas.inline("Arial, sans-serif");
		String svg = draw(c, () -> {
			c.begin(22, 22, null, null, null);
			c.beginGroup(null, null, null, "Tip", null);
			c.rect(new Bounds(2, 2, 18, 18), 2, RED, null);
			c.endGroup();
			c.end();
		});
		assertEquals("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"22\" height=\"22\""
				+ " viewBox=\"0 0 22 22\" aria-hidden=\"true\" focusable=\"false\" font-family=\"Arial, sans-serif\">"
				+ "<g><title>Tip</title><rect x=\"2\" y=\"2\" width=\"18\" height=\"18\" rx=\"2\" fill=\"#ff0000\"/></g>"
				+ "</svg>", svg);
	}

	@Test
	void aDocumentStartsWithTheXmlDeclarationAndEscapesItsAttributes() {
		var c = SvgCanvas.document("A \"quoted\" font");
		String svg = draw(c, () -> {
			c.begin(10, 10, "a<b", "T & U", "line one\nline two");
			c.end();
		});
		assertTrue(svg.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "), svg);
		assertTrue(svg.contains(" class=\"a&lt;b\" role=\"img\" font-family=\"A &quot;quoted&quot; font\">\n"), svg);
		assertTrue(svg.contains("  <title>T &amp; U</title>\n  <desc>line one\nline two</desc>\n"), svg);
		assertFalse(svg.contains("aria-hidden"), svg);
	}
}
