package org.placewise.report;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.placewise.checks.Finding;
import org.placewise.checks.Severity;
import org.placewise.model.edit.label.PlacewiseLabels;

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
			"section", "div", "p", "h1", "h2", "h3", "h4", "ul", "ol", "li", "table", "thead", "tbody", "tfoot", "tr",
			"dl",
			"dd", "figure", "figcaption", "style", "title", "meta", "link", "img", "caption", "script", "form",
			"option");

	private final StringBuilder out = new StringBuilder();
	private final Deque<String> open = new ArrayDeque<>();
	private final Function<EObject, Optional<String>> hrefs;
	private final PackFindings findings;

	/** Markup without links to objects: objects are named, never linked, and no findings are shown. */
	Markup() {
		this(object -> Optional.empty(), null);
	}

	/**
	 * @param hrefs    where the pack shows an object (page and fragment), or empty where it does not
	 * @param findings the pack's findings, shown on the rows of the objects they are about; {@code null} for none
	 */
	Markup(Function<EObject, Optional<String>> hrefs, PackFindings findings) {
		this.hrefs = hrefs;
		this.findings = findings;
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

	/**
	 * Opens a register row for an object: highlighted when an error is about the object, so leaders see errors where
	 * they read, not only on the findings page.
	 *
	 * @param about   the object the row shows
	 * @param id      the row's fragment id, or {@code null} when the object is anchored elsewhere
	 * @param classes the row's own classes, or {@code null}
	 * @param data    further name, value pairs of attributes
	 */
	Markup row(EObject about, String id, String classes, String... data) {
		boolean error = findings != null
				&& findings.about(about).stream().anyMatch(f -> f.severity() == Severity.ERROR);
		String all = classes == null ? (error ? "has-error" : null) : error ? classes + " has-error" : classes;
		String[] attributes = new String[4 + data.length];
		attributes[0] = "id";
		attributes[1] = id;
		attributes[2] = "class";
		attributes[3] = all;
		System.arraycopy(data, 0, attributes, 4, data.length);
		return open("tr", attributes);
	}

	/**
	 * The findings about an object, for its row's header cell: each error in words, with a link to it on the findings
	 * page, then a link counting the warnings and notes. Nothing when there are none.
	 */
	Markup findingsAbout(EObject about) {
		if (findings == null) {
			return this;
		}
		List<Finding> all = findings.about(about);
		for (Finding error : all.stream().filter(f -> f.severity() == Severity.ERROR).toList()) {
			open("span", "class", "detail row-error");
			badge(PackWording.severity(Severity.ERROR), "severity-error");
			text(" ");
			element("a", error.message(), "href", PackPlan.FINDINGS + "#" + findings.anchor(error));
			close();
		}
		List<Finding> others = all.stream().filter(f -> f.severity() != Severity.ERROR).toList();
		if (!others.isEmpty()) {
			long warnings = PackFindings.count(others, Severity.WARNING);
			long notes = PackFindings.count(others, Severity.INFO);
			String words = warnings == 0 ? PlacewiseLabels.count(notes, "note", "notes")
					: notes == 0 ? PlacewiseLabels.count(warnings, "warning", "warnings")
							: PlacewiseLabels.count(warnings, "warning", "warnings") + ", "
									+ PlacewiseLabels.count(notes, "note", "notes");
			open("span", "class", "detail");
			element("a", words, "href", PackPlan.FINDINGS + "#" + findings.anchor(others.get(0)));
			close();
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
