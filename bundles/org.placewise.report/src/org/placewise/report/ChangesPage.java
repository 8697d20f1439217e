package org.placewise.report;

import java.util.Locale;
import java.util.Optional;

import org.placewise.model.edit.label.ChangeList;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.query.ModelChanges.Kind;

/**
 * "What changed": the scheme of delegation, boards and measures as a redlined register, the way boards' papers show a
 * revised scheme. Each changed object has its earlier values struck through and its later values underlined, added and
 * removed objects are rows of their own, grouped by area under a summary, and the two versions compared are named.
 * Struck and underlined text are real {@code <del>} and {@code <ins>} elements that also say "before" and "after" in
 * words for screen readers, and each row says "Added", "Removed" or "Changed": colour is never the only sign.
 */
final class ChangesPage extends PackPage {

	/** The redline stylesheet, written only into packs with this page. */
	static final String STYLE_FILE = "changes.css";

	/** Struck-through red and underlined green, kept in print. */
	static final String STYLE = """
			del { color: #8a1c16; background: #fde2e1; text-decoration: line-through; text-decoration-thickness: 2px; }
			ins { color: #0b5d2a; background: #e1f3e6; text-decoration: underline; text-decoration-thickness: 2px; }
			table.redline td ul { margin: 0; padding-left: 1.1rem; }
			table.redline .feature { font-weight: 600; }
			table.redline .kind { white-space: nowrap; }
			.changes-summary { font-weight: 600; }
			.compared { margin: .4rem 0; }
			.compared dt { font-weight: 600; float: left; clear: left; width: 6rem; }
			.compared dd { margin: 0 0 .2rem 6.5rem; }
			@media print {
			  del, ins { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
			}
			""";

	private final ChangeList changes;

	ChangesPage(PackPlan plan, PackPlan.Page page) {
		super(plan, page);
		this.changes = plan.changes();
	}

	@Override
	String title() {
		return "What changed";
	}

	@Override
	String ownStylesheet() {
		return STYLE_FILE;
	}

	@Override
	void content(Markup html) {
		html.element("h1", "What changed");
		html.element("p", "The scheme of delegation, the boards and the measures, redlined: earlier values struck "
				+ "through, later values underlined, added and removed entries on rows of their own.", "class",
				"lede");
		html.open("dl", "class", "compared");
		html.element("dt", "Now");
		html.element("dd", changes.model() + ", as this pack shows it (as of " + PlacewiseLabels.date(plan.asOf())
				+ ")");
		html.element("dt", "Since");
		html.element("dd", changes.earlier());
		html.close();
		if (changes.none()) {
			html.element("p", "No changes in the scheme of delegation, boards or measures.", "class", "empty");
			return;
		}
		html.element("p", changes.summary(), "class", "changes-summary");
		html.open("ul", "class", "row-key", "aria-label", "How changes are marked");
		html.open("li").element("del", "Struck through, red")
				.text(": the earlier value (read out as \u201cbefore\u201d)")
				.close();
		html.open("li").element("ins", "Underlined, green").text(": the later value (read out as \u201cafter\u201d)")
				.close();
		html.close();
		for (ChangeList.Group group : changes.groups()) {
			group(html, group);
		}
	}

	private void group(Markup html, ChangeList.Group group) {
		String id = "changes-" + group.area().name().toLowerCase(Locale.ROOT).replace('_', '-');
		html.element("h2", group.title(), "id", id);
		html.open("div", "class", "table-wrap");
		html.open("table", "class", "register redline", "aria-labelledby", id);
		html.open("thead").open("tr");
		html.headers("Entry", "Change", "Before and after");
		html.close().close().open("tbody");
		for (ChangeList.Entry entry : group.entries()) {
			row(html, entry);
		}
		html.close().close().close();
	}

	private void row(Markup html, ChangeList.Entry entry) {
		html.open("tr", "class", entry.observations() != null ? "observations"
				: entry.kind().name().toLowerCase(
						Locale.ROOT));
		html.open("th", "scope", "row");
		switch (entry.kind()) {
		case ADDED -> marked(html, "ins", "added: ", () -> subject(html, entry));
		case REMOVED -> marked(html, "del", "removed: ", () -> html.text(entry.subject()));
		case CHANGED -> subject(html, entry);
		}
		html.close();
		html.element("td", entry.kindWord(), "class", "kind");
		html.open("td");
		if (entry.observations() != null) {
			html.text(entry.observations());
		} else if (!entry.values().isEmpty()) {
			html.open("ul");
			for (ChangeList.Value value : entry.values()) {
				html.open("li").element("span", value.feature(), "class", "feature").text(": ");
				marked(html, "del", "before: ", () -> html.text(value.before()));
				html.text(" ");
				marked(html, "ins", "after: ", () -> html.text(value.after()));
				html.close();
			}
			html.close();
		} else {
			html.text(entry.kind() == Kind.ADDED ? "New in this version" : "Not in this version");
		}
		html.close();
		html.close();
	}

	/** The object, linked to where the pack shows it when it does (removed objects are shown nowhere). */
	private void subject(Markup html, ChangeList.Entry entry) {
		Optional<String> href = plan.nearestHref(entry.object());
		if (href.isPresent()) {
			html.element("a", entry.subject(), "href", href.get());
		} else {
			html.text(entry.subject());
		}
	}

	/** Struck or underlined text that also says what it is in words, for those who do not see the marking. */
	private static void marked(Markup html, String tag, String words, Runnable content) {
		html.open(tag);
		html.element("span", words, "class", "visually-hidden");
		content.run();
		html.close();
	}
}
