package org.placewise.report;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

import org.placewise.diagram.render.Xml;

/**
 * The pack's HTML kit. Writes XHTML: well-formed markup that browsers read as HTML and XML tools can parse, so the
 * pack's own tests (and anyone's) can check it. Text is always escaped; only {@link #raw(String)} takes markup, and it
 * is used for the pack's own inline SVG.
 *
 * <p>
 * Besides elements it has the few widgets every page uses: table headers and cells, badges that say in words what is
 * missing, facts, and links to where the pack shows an object.
 */
final class Markup {

	/** Elements after which a line break keeps the source readable and diffs small. */
	private static final Set<String> BLOCKS = Set.of("html", "head", "body", "header", "nav", "main", "footer",
			"section", "div", "p", "h1", "h2", "h3", "h4", "ul", "ol", "li", "table", "thead", "tbody", "tr", "dl",
			"dd", "figure", "figcaption", "style", "title", "meta", "link", "img", "caption");

	private final StringBuilder out = new StringBuilder();
	private final Deque<String> open = new ArrayDeque<>();
	private final Function<EObject, Optional<String>> hrefs;

	/** Markup without links to objects: objects are named, never linked. */
	Markup() {
		this(object -> Optional.empty());
	}

	/**
	 * @param hrefs where the pack shows an object (page and fragment), or empty where it does not
	 */
	Markup(Function<EObject, Optional<String>> hrefs) {
		this.hrefs = hrefs;
	}

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

	// ---------------------------------------------------------------- widgets

	/** Column headers of a table. */
	Markup headers(String... columns) {
		for (String column : columns) {
			element("th", column, "scope", "col");
		}
		return this;
	}

	/** A table cell holding text. */
	Markup cell(String text) {
		return element("td", text);
	}

	/** A badge says in words what is missing or wrong; the colour only repeats it. */
	Markup badge(String text, String kind) {
		return element("span", text, "class", "badge " + kind);
	}

	/** A table cell holding text, or a gap badge saying what is missing when the text is {@code null}. */
	Markup cellOrBadge(String text, String missing) {
		open("td");
		if (text == null) {
			badge(missing, "gap");
		} else {
			text(text);
		}
		return close();
	}

	/** A table cell linking to an object, or a gap badge saying what is missing when there is none. */
	Markup cellLinkOrBadge(EObject target, String missing) {
		open("td");
		if (target == null) {
			badge(missing, "gap");
		} else {
			link(target, PackWording.name(target));
		}
		return close();
	}

	/** A term and its value in a list of facts; a gap badge when the value is {@code null}. */
	Markup fact(String term, String value, String missing) {
		element("dt", term).open("dd");
		if (value == null) {
			badge(missing, "gap");
		} else {
			text(value);
		}
		return close();
	}

	/** A paragraph of description; nothing for a blank one. */
	Markup description(String text) {
		if (text != null && !text.isBlank()) {
			element("p", text, "class", "description");
		}
		return this;
	}

	/** A link to where the pack shows an object, or just the text where it does not show it. */
	Markup link(EObject target, String text) {
		Optional<String> href = hrefs.apply(target);
		if (href.isPresent()) {
			return open("a", "href", href.get()).text(text).close();
		}
		return text(text);
	}

	/** Links to objects, separated by commas; {@code none} when there are none. */
	Markup linkList(Collection<? extends EObject> targets, String none) {
		if (targets.isEmpty()) {
			return text(none);
		}
		boolean first = true;
		for (EObject target : targets) {
			if (!first) {
				text(", ");
			}
			first = false;
			link(target, PackWording.name(target));
		}
		return this;
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
	 * Escapes text for XML content and attribute values; drops characters XML forbids. The one escaper of Placewise's
	 * outputs, {@link Xml#text(String)}.
	 */
	static String escape(String text) {
		return Xml.text(text);
	}
}
