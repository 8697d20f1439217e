package org.placewise.report;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

import org.placewise.diagram.render.Xml;

/**
 * Writes XHTML: well-formed markup that browsers read as HTML and XML tools can parse, so the
 * pack's own tests (and anyone's) can check it. Text is always escaped; only {@link #raw(String)}
 * takes markup, and it is used for the pack's own inline SVG.
 */
final class Markup {

	/** Elements after which a line break keeps the source readable and diffs small. */
	private static final Set<String> BLOCKS = Set.of("html", "head", "body", "header", "nav", "main", "footer",
			"section", "div", "p", "h1", "h2", "h3", "h4", "ul", "ol", "li", "table", "thead", "tbody", "tr", "dl",
			"dd", "figure", "figcaption", "style", "title", "meta", "link", "img", "caption");

	private final StringBuilder out = new StringBuilder();
	private final Deque<String> open = new ArrayDeque<>();

	/**
	 * Opens an element.
	 *
	 * @param tag        the element name
	 * @param attributes name, value pairs; a pair with a {@code null} value is left out
	 */
	Markup open(String tag, String... attributes) {
		out.append('<').append(tag);
		attributes(attributes);
		out.append('>');
		open.push(tag);
		return this;
	}

	/** Closes the most recently opened element. */
	Markup close() {
		String tag = open.pop();
		out.append("</").append(tag).append('>');
		if (BLOCKS.contains(tag)) {
			out.append('\n');
		}
		return this;
	}

	/** Closes elements until {@code tag} is closed too. */
	Markup closeThrough(String tag) {
		while (!open.isEmpty()) {
			boolean last = open.peek().equals(tag);
			close();
			if (last) {
				return this;
			}
		}
		throw new IllegalStateException("<" + tag + "> is not open");
	}

	/** An element holding only text. */
	Markup element(String tag, String text, String... attributes) {
		return open(tag, attributes).text(text).close();
	}

	/** An element with no content, written self-closing. */
	Markup empty(String tag, String... attributes) {
		out.append('<').append(tag);
		attributes(attributes);
		out.append("/>");
		if (BLOCKS.contains(tag)) {
			out.append('\n');
		}
		return this;
	}

	/** Escaped text. */
	Markup text(String text) {
		out.append(escape(text == null ? "" : text));
		return this;
	}

	/** Markup written as is: only for markup this package generated itself. */
	Markup raw(String markup) {
		out.append(markup);
		return this;
	}

	/** The document so far; every opened element must have been closed. */
	String document() {
		if (!open.isEmpty()) {
			throw new IllegalStateException("Unclosed elements: " + open);
		}
		return out.toString();
	}

	private void attributes(String... attributes) {
		if (attributes.length % 2 != 0) {
			throw new IllegalArgumentException("Attributes come in name, value pairs");
		}
		for (int i = 0; i < attributes.length; i += 2) {
			if (attributes[i + 1] != null) {
				out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
			}
		}
	}

	/**
	 * Escapes text for XML content and attribute values; drops characters XML forbids. The one
	 * escaper of Placewise's outputs, {@link Xml#text(String)}.
	 */
	static String escape(String text) {
		return Xml.text(text);
	}
}
