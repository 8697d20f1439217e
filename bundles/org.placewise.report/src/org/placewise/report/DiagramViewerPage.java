package org.placewise.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.placewise.checks.Finding;
import org.placewise.diagram.kinds.DiagramKind;

/**
 * One diagram full size, in the page itself rather than as an image, so it can be read however large it is: the diagram
 * sits in a frame that scrolls both ways (pan with the scroll bars, the arrow keys once the frame has focus, or by
 * dragging), and a few lines of script add zoom in, zoom out, fit and actual size (also with the + - 0 and 1 keys and
 * the mouse wheel with Ctrl). Without script the diagram is still there at full size and scrolls.
 *
 * <p>
 * The drawing is the pack's own SVG, inlined with links added: each box's name and shapes link to where the pack shows
 * the object, and each findings badge links to its finding on the findings page, named by the finding's message so a
 * keyboard or screen reader reaches it, not only a mouse's tooltip. The findings on the diagram are also listed in
 * words under it.
 */
final class DiagramViewerPage extends PackPage {

	/** The viewer's script file, beside the pages. */
	static final String SCRIPT = "viewer.js";

	private static final Pattern GROUP = Pattern.compile("^(\\s*)<g (id=\"([^\"]*)\" )?(data-object-id=\"([^\"]*)\" )?"
			+ "(class=\"([^\"]*)\")?>$");
	private static final Pattern TITLE = Pattern.compile("^\\s*<title>(.*)</title>$");

	private final DiagramKind kind;
	private final PackDiagrams.Diagram diagram;

	DiagramViewerPage(PackPlan plan, DiagramKind kind, PackDiagrams.Diagram diagram) {
		super(plan, new PackPlan.Page(PackPlan.PageKind.DIAGRAM, file(kind), kind.title() + " diagram", false, null));
		this.kind = kind;
		this.diagram = diagram;
	}

	/** @return the viewer page's file name for a kind of diagram */
	static String file(DiagramKind kind) {
		return "diagram-" + kind.id() + ".html";
	}

	@Override
	String title() {
		return kind.title() + " diagram";
	}

	@Override
	void content(Markup html) {
		html.element("h1", kind.title() + " diagram");
		html.element("p", diagram.description(), "class", "lede");
		html.open("p", "class", "viewer-help");
		html.text(
				"The diagram is shown full size. Scroll or drag to move around it; with the frame selected, the arrow "
						+ "keys move it and + and \u2212 zoom. Every name is a link to where this pack shows it.");
		html.close();
		html.open("div", "class", "viewer-controls", "hidden", "hidden", "role", "toolbar", "aria-label", "Zoom");
		html.element("button", "Zoom in", "type", "button", "data-zoom", "in");
		html.element("button", "Zoom out", "type", "button", "data-zoom", "out");
		html.element("button", "Fit to window", "type", "button", "data-zoom", "fit");
		html.element("button", "Actual size", "type", "button", "data-zoom", "actual");
		html.element("span", "100%", "class", "zoom-level", "aria-live", "polite");
		html.close();
		html.open("div", "class", "viewer", "tabindex", "0", "role", "region", "aria-label",
				kind.title() + " diagram, full size; scrolls both ways");
		html.raw(interactive(linked(diagram.svg())));
		html.close();
		findingsOnDiagram(html);
		html.open("p").element("a", "Back to the overview", "href", PackPlan.INDEX).close();
		html.open("script", "src", SCRIPT).close();
	}

	/** The findings whose badges the diagram shows, in words, each a link to the finding. */
	private void findingsOnDiagram(Markup html) {
		Map<Finding, String> shown = new LinkedHashMap<>();
		for (String id : objectIds(diagram.svg())) {
			EObject object = objectsById().get(id);
			if (object != null) {
				for (Finding finding : plan.packFindings().about(plan.shownAs(object) == null ? object
						: plan.shownAs(object))) {
					shown.putIfAbsent(finding, plan.packFindings().anchor(finding));
				}
			}
		}
		if (shown.isEmpty()) {
			return;
		}
		html.open("section", "aria-labelledby", "diagram-findings");
		html.element("h2", "Findings on this diagram", "id", "diagram-findings");
		html.open("ul", "class", "findings");
		for (Map.Entry<Finding, String> finding : shown.entrySet()) {
			html.open("li");
			html.badge(PackWording.severity(finding.getKey().severity()),
					"severity-" + finding.getKey().severity().name().toLowerCase(java.util.Locale.ROOT));
			html.text(" ");
			html.element("a", finding.getKey().message(), "href", PackPlan.FINDINGS + "#" + finding.getValue());
			html.close();
		}
		html.close();
		html.close();
	}

	private Map<String, EObject> byId;

	private Map<String, EObject> objectsById() {
		if (byId == null) {
			byId = new HashMap<>();
			Set<String> wanted = new HashSet<>(objectIds(diagram.svg()));
			for (Iterator<EObject> all = model.eAllContents(); all.hasNext() && byId.size() < wanted.size();) {
				EObject object = all.next();
				String id = EcoreUtil.getID(object);
				if (id != null && wanted.contains(id)) {
					byId.put(id, object);
				}
			}
		}
		return byId;
	}

	private static List<String> objectIds(String svg) {
		List<String> ids = new ArrayList<>();
		Matcher m = Pattern.compile("data-object-id=\"([^\"]*)\"").matcher(svg);
		while (m.find()) {
			ids.add(m.group(1));
		}
		return ids;
	}

	/**
	 * The SVG without its XML declaration, with links: in a group standing for a model object the pack shows, its own
	 * shapes and text (up to the first group within it) become a link there; a badge's drawing becomes a link to its
	 * finding. Links never nest, so each is one stop for the keyboard.
	 */
	String linked(String svg) {
		String[] lines = svg.split("\n");
		StringBuilder out = new StringBuilder(svg.length() + svg.length() / 8);
		// Per open group: the href its direct content links to, or null; and whether that link is open now.
		List<String> hrefs = new ArrayList<>();
		List<String> objects = new ArrayList<>();
		List<Boolean> open = new ArrayList<>();
		String pendingHref = null;
		String pendingLabel = null;
		boolean badge = false;
		int pendingIndent = 0;
		for (String line : lines) {
			if (line.startsWith("<?xml")) {
				continue;
			}
			String trimmed = line.strip();
			Matcher group = GROUP.matcher(line);
			if (group.matches()) {
				closeLink(out, hrefs, open);
				out.append(line).append('\n');
				String href = href(group.group(5), group.group(7), objects);
				hrefs.add(href);
				objects.add(group.group(5));
				open.add(false);
				pendingHref = href;
				pendingLabel = null;
				badge = group.group(7) != null && group.group(7).startsWith("badge");
				pendingIndent = group.group(1).length() + 2;
				continue;
			}
			if (trimmed.equals("</g>")) {
				closeLink(out, hrefs, open);
				if (!hrefs.isEmpty()) {
					hrefs.remove(hrefs.size() - 1);
					objects.remove(objects.size() - 1);
					open.remove(open.size() - 1);
				}
				pendingHref = null;
				out.append(line).append('\n');
				continue;
			}
			Matcher title = TITLE.matcher(line);
			if (pendingHref != null && (title.matches() || trimmed.startsWith("<desc>"))) {
				if (title.matches() && pendingLabel == null) {
					pendingLabel = title.group(1);
				} else if (!title.matches() && pendingLabel != null && badge && trimmed.endsWith("</desc>")) {
					// A badge's description holds the findings' messages: the link says them.
					String desc = trimmed.substring("<desc>".length(), trimmed.length() - "</desc>".length());
					if (!desc.equals(pendingLabel)) {
						pendingLabel = pendingLabel + ": " + desc;
					}
				}
				out.append(line).append('\n');
				continue;
			}
			if (pendingHref != null && !hrefs.isEmpty() && !open.get(open.size() - 1)) {
				out.append(" ".repeat(pendingIndent)).append("<a href=\"").append(Markup.escape(pendingHref))
						.append('"');
				if (pendingLabel != null) {
					out.append(" aria-label=\"").append(pendingLabel.replace("\"", "&quot;")).append('"');
				}
				out.append(">\n");
				open.set(open.size() - 1, true);
				pendingHref = null;
			}
			out.append(line).append('\n');
		}
		return out.toString();
	}

	private static void closeLink(StringBuilder out, List<String> hrefs, List<Boolean> open) {
		if (!open.isEmpty() && open.get(open.size() - 1)) {
			out.append("</a>\n");
			open.set(open.size() - 1, false);
		}
	}

	/** Where a group's content links to: its object's place in the pack, a badge's finding; else nowhere. */
	private String href(String objectId, String cssClass, List<String> enclosingObjects) {
		if (objectId != null) {
			EObject object = objectsById().get(objectId);
			return object == null ? null : plan.nearestHref(object).orElse(null);
		}
		if (cssClass == null || !cssClass.startsWith("badge")) {
			return null;
		}
		// A badge is drawn inside the group of the object it is about; it links to that object's first finding of
		// the badge's severity.
		for (int i = enclosingObjects.size() - 1; i >= 0; i--) {
			EObject object = enclosingObjects.get(i) == null ? null : objectsById().get(enclosingObjects.get(i));
			if (object == null) {
				continue;
			}
			EObject shown = plan.shownAs(object);
			List<Finding> about = plan.packFindings().about(shown == null ? object : shown);
			Optional<Finding> first = about.stream()
					.filter(f -> cssClass.contains("badge-" + f.severity().name().toLowerCase(java.util.Locale.ROOT)))
					.findFirst().or(() -> about.stream().findFirst());
			return first.map(f -> PackPlan.FINDINGS + "#" + plan.packFindings().anchor(f)).orElse(PackPlan.FINDINGS);
		}
		return PackPlan.FINDINGS;
	}

	/**
	 * The drawing as a group rather than an image: it now holds links, and an image's content is not for interacting
	 * with. Its title still names it.
	 */
	private static String interactive(String svg) {
		int end = svg.indexOf('>');
		String root = svg.substring(0, end);
		return root.replaceFirst(" role=\"img\"", " role=\"group\"") + svg.substring(end);
	}

	/** @return the viewer's script: zoom buttons, keys, Ctrl+wheel and drag to pan, for every diagram page */
	static String script() {
		return """
				// Placewise diagram viewer: zoom and pan for the full-size diagram. The page works without it.
				(function () {
				  var frame = document.querySelector('.viewer');
				  var svg = frame && frame.querySelector('svg');
				  var controls = document.querySelector('.viewer-controls');
				  if (!svg || !controls) { return; }
				  var width = parseFloat(svg.getAttribute('width'));
				  var height = parseFloat(svg.getAttribute('height'));
				  var level = document.querySelector('.zoom-level');
				  var scale = 1;
				  controls.hidden = false;
				  function zoom(to, cx, cy) {
				    to = Math.max(0.05, Math.min(8, to));
				    var x = (frame.scrollLeft + (cx === undefined ? frame.clientWidth / 2 : cx)) / scale;
				    var y = (frame.scrollTop + (cy === undefined ? frame.clientHeight / 2 : cy)) / scale;
				    scale = to;
				    svg.setAttribute('width', String(Math.round(width * scale)));
				    svg.setAttribute('height', String(Math.round(height * scale)));
				    frame.scrollLeft = x * scale - (cx === undefined ? frame.clientWidth / 2 : cx);
				    frame.scrollTop = y * scale - (cy === undefined ? frame.clientHeight / 2 : cy);
				    level.textContent = Math.round(scale * 100) + '%';
				    frame.setAttribute('data-scale', String(scale));
				  }
				  function fit() {
				    zoom(Math.min(frame.clientWidth / width, frame.clientHeight / height, 1));
				  }
				  controls.addEventListener('click', function (e) {
				    var what = e.target.getAttribute('data-zoom');
				    if (what === 'in') { zoom(scale * 1.25); }
				    else if (what === 'out') { zoom(scale / 1.25); }
				    else if (what === 'fit') { fit(); }
				    else if (what === 'actual') { zoom(1); }
				  });
				  frame.addEventListener('keydown', function (e) {
				    if (e.key === '+' || e.key === '=') { zoom(scale * 1.25); e.preventDefault(); }
				    else if (e.key === '-') { zoom(scale / 1.25); e.preventDefault(); }
				    else if (e.key === '0') { fit(); e.preventDefault(); }
				    else if (e.key === '1') { zoom(1); e.preventDefault(); }
				  });
				  frame.addEventListener('wheel', function (e) {
				    if (!e.ctrlKey) { return; }
				    e.preventDefault();
				    var box = frame.getBoundingClientRect();
				    zoom(scale * (e.deltaY < 0 ? 1.1 : 1 / 1.1), e.clientX - box.left, e.clientY - box.top);
				  }, { passive: false });
				  // Drag anywhere to pan, links included: a press that moves more than a few pixels pans and
				  // is not a click; one that does not move follows the link as usual.
				  var drag = null;
				  var moved = false;
				  frame.addEventListener('dragstart', function (e) { e.preventDefault(); });
				  frame.addEventListener('pointerdown', function (e) {
				    if (e.button !== 0) { return; }
				    drag = { x: e.clientX, y: e.clientY, left: frame.scrollLeft, top: frame.scrollTop, id: e.pointerId };
				    moved = false;
				  });
				  frame.addEventListener('pointermove', function (e) {
				    if (!drag) { return; }
				    if (!moved && Math.abs(e.clientX - drag.x) + Math.abs(e.clientY - drag.y) > 4) {
				      moved = true;
				      frame.setPointerCapture(drag.id);
				      frame.classList.add('dragging');
				    }
				    if (moved) {
				      frame.scrollLeft = drag.left - (e.clientX - drag.x);
				      frame.scrollTop = drag.top - (e.clientY - drag.y);
				    }
				  });
				  function stop() { drag = null; frame.classList.remove('dragging'); }
				  frame.addEventListener('pointerup', stop);
				  frame.addEventListener('pointercancel', stop);
				  frame.addEventListener('click', function (e) {
				    if (moved) { e.preventDefault(); e.stopPropagation(); moved = false; }
				  }, true);
				})();
				""";
	}
}
