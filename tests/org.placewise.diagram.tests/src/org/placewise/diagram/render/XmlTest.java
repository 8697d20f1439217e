package org.placewise.diagram.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

class XmlTest {

	/** What a parser must read back: the input without the characters XML 1.0 cannot carry. */
	private static String legal(String s) {
		var sb = new StringBuilder();
		s.codePoints().filter(c -> c == 0x9 || c == 0xa || c == 0xd || c >= 0x20 && c <= 0xd7ff
				|| c >= 0xe000 && c <= 0xfffd || c >= 0x10000 && c <= 0x10ffff).forEach(sb::appendCodePoint);
		return sb.toString();
	}

	private static Element parse(String xml) throws Exception {
		var factory = DocumentBuilderFactory.newInstance();
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
				.getDocumentElement();
	}

	@ParameterizedTest
	@ValueSource(strings = { "plain", "A&E <4h> \"waits\" 'today'", "]]> <![CDATA[ x ]]>", "&amp; &#38; &lt;",
			"tab\there, line\nbreak, return\r\nand lone\rreturn", "nul\u0000 bell\u0007 escape\u001b vt\u000b",
			"not characters \ufffe \uffff", "lone high \ud83d here, lone low \ude00 here, pair \ud83d\ude00 ok",
			"\ud83d", "\ude00\ud83d", "C1 \u0085 \u009f and BOM \ufeff", "'\"'\"<>&" })
	void hostileStringsReadBackAsTheirLegalCharactersInTextAndAttributes(String hostile) throws Exception {
		Element e = parse("<e a=\"" + Xml.attribute(hostile) + "\" b='" + Xml.attribute(hostile) + "'>"
				+ Xml.text(hostile) + "</e>");
		assertEquals(legal(hostile), e.getAttribute("a"));
		assertEquals(legal(hostile), e.getAttribute("b"));
		assertEquals(legal(hostile), e.getTextContent());
	}

	@Test
	void theFiveMarkupCharactersAreEscapedWithTheirXmlEntities() {
		assertEquals("&lt;b&gt; &amp; &quot;x&quot; &apos;y&apos;", Xml.text("<b> & \"x\" 'y'\u0001"));
		assertEquals("&lt;b&gt; &amp; &quot;x&quot; &apos;y&apos;", Xml.attribute("<b> & \"x\" 'y'\u0001"));
	}

	@Test
	void whiteSpaceIsKeptInTextAndWrittenAsReferencesInAttributes() {
		assertEquals("a\tb\nc&#13;", Xml.text("a\tb\nc\r"));
		assertEquals("a&#9;b&#10;c&#13;", Xml.attribute("a\tb\nc\r"));
	}

	@Test
	void nullIsTheEmptyStringAndCleanTextIsNotCopied() {
		assertEquals("", Xml.text(null));
		assertEquals("", Xml.attribute(null));
		String clean = "Wigan Borough place board \u00a3 \u2013 \ud83d\ude00";
		assertSame(clean, Xml.text(clean));
	}
}
