package org.placewise.diagram.render.svg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.placewise.diagram.SampleScenesAccess;
import org.placewise.diagram.layout.SceneLayout;
import org.placewise.diagram.scene.Scene;
import org.placewise.diagram.scene.SceneEdge;
import org.placewise.diagram.scene.SceneNode;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgRendererTest {

	private static byte[] render(Scene scene) {
		return new SvgRenderer().renderBytes(new SceneLayout().layout(scene));
	}

	private static Document parse(byte[] svg) throws Exception {
		var f = DocumentBuilderFactory.newInstance();
		f.setNamespaceAware(true);
		f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
	}

	@Test
	void svgParsesAsXmlWithTitleAndDescription() throws Exception {
		Document doc = parse(render(SampleScenesAccess.nestedSystem()));
		Element root = doc.getDocumentElement();
		assertEquals("svg", root.getLocalName());
		assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
		assertEquals("1.1", root.getAttribute("version"));
		assertEquals("title", firstElementChild(root).getLocalName());
		assertEquals("Systems within systems: Greater Manchester", firstElementChild(root).getTextContent());
	}

	@Test
	void everyLinkedElementCarriesAnObjectIdOfTheScene() throws Exception {
		Scene scene = SampleScenesAccess.nestedSystem();
		Document doc = parse(render(scene));
		Set<String> expected = new HashSet<>();
		scene.nodesById().values().stream().map(SceneNode::objectId).forEach(expected::add);
		scene.edges().stream().map(SceneEdge::objectId).forEach(expected::add);
		expected.remove(null);

		Set<String> seen = new HashSet<>();
		NodeList groups = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
		for (int i = 0; i < groups.getLength(); i++) {
			Element g = (Element) groups.item(i);
			if (g.hasAttribute("data-object-id")) {
				String id = g.getAttribute("data-object-id");
				assertTrue(expected.contains(id), "unknown object id " + id);
				String elementId = g.getAttribute("id");
				Object sceneElement = scene.nodesById().containsKey(elementId)
						? scene.nodesById().get(elementId).objectId()
						: scene.edges().stream().filter(e -> e.id().equals(elementId)).findFirst().orElseThrow()
								.objectId();
				assertEquals(sceneElement, id, "element " + elementId);
				assertEquals("title", firstElementChild(g).getLocalName(),
						"element " + elementId + " has no title first");
				seen.add(id);
			}
		}
		assertEquals(expected, seen);
	}

	@Test
	void containersNestTheirChildrenAsGroups() throws Exception {
		Document doc = parse(render(SampleScenesAccess.nestedSystem()));
		Element wigan = byId(doc, "place-wigan");
		Element leigh = byId(doc, "nb-leigh");
		assertTrue(isAncestor(wigan, leigh));
		assertFalse(isAncestor(byId(doc, "place-bolton"), leigh));
	}

	@Test
	void markupInNamesIsEscaped() throws Exception {
		Scene scene = Scene.builder("systems", "A <b>&\"quoted\" 'name'")
				.node(SceneNode.builder("n1").objectId("o&1").title("Health & Care <Board>")).build();
		byte[] svg = render(scene);
		Document doc = parse(svg);
		assertEquals("o&1", byId(doc, "n1").getAttribute("data-object-id"));
		assertTrue(
				new String(svg, java.nio.charset.StandardCharsets.UTF_8).contains("Health &amp; Care &lt;Board&gt;"));
	}

	@Test
	void renderingTwiceGivesIdenticalBytes() {
		assertArrayEquals(render(SampleScenesAccess.nestedSystem()), render(SampleScenesAccess.nestedSystem()));
		assertArrayEquals(render(SampleScenesAccess.generated(150, 5)), render(SampleScenesAccess.generated(150, 5)));
	}

	@Test
	void numbersIgnoreTheDefaultLocale() {
		Locale saved = Locale.getDefault();
		byte[] german;
		try {
			Locale.setDefault(Locale.GERMANY);
			german = render(SampleScenesAccess.nestedSystem());
		} finally {
			Locale.setDefault(saved);
		}
		assertArrayEquals(render(SampleScenesAccess.nestedSystem()), german);
	}

	@Test
	void svgIsSelfContained() {
		String svg = new String(render(SampleScenesAccess.nestedSystem()), java.nio.charset.StandardCharsets.UTF_8);
		assertFalse(svg.contains("href"), "SVG refers to something outside itself");
		assertFalse(svg.contains("url("), "SVG refers to something outside itself");
	}

	@Test
	void numberFormatHasAtMostTwoDecimals() {
		assertEquals("0", SvgCanvas.num(-0.001));
		assertEquals("12.5", SvgCanvas.num(12.5));
		assertEquals("12.05", SvgCanvas.num(12.049999));
		assertEquals("-3.1", SvgCanvas.num(-3.1));
		assertEquals("1000000", SvgCanvas.num(1e6));
	}

	private static Element byId(Document doc, String id) {
		NodeList groups = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
		for (int i = 0; i < groups.getLength(); i++) {
			Element g = (Element) groups.item(i);
			if (id.equals(g.getAttribute("id"))) {
				return g;
			}
		}
		throw new AssertionError("no element with id " + id);
	}

	private static boolean isAncestor(Element ancestor, Element e) {
		for (org.w3c.dom.Node n = e.getParentNode(); n != null; n = n.getParentNode()) {
			if (n == ancestor) {
				return true;
			}
		}
		return false;
	}

	private static Element firstElementChild(Element e) {
		for (org.w3c.dom.Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element el) {
				return el;
			}
		}
		throw new AssertionError("no child element in " + e.getTagName());
	}
}
