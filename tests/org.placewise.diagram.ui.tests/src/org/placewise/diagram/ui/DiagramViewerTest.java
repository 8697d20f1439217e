package org.placewise.diagram.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleControlEvent;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placewise.diagram.kinds.DiagramKind;
import org.placewise.diagram.layout.LaidOutScene;
import org.placewise.diagram.layout.Point;

class DiagramViewerTest {

	private static Display display;
	private static LaidOutScene governance;
	private Shell shell;
	private DiagramViewer viewer;

	@BeforeAll
	static void loadDiagram() {
		display = Fixtures.display();
		governance = Fixtures.diagram(Fixtures.EXAMPLESHIRE, DiagramKind.GOVERNANCE);
	}

	@BeforeEach
	void openViewer() {
		shell = new Shell(display);
		shell.setLayout(new FillLayout());
		viewer = new DiagramViewer(shell, SWT.NONE);
		viewer.setScene(governance);
		shell.setSize(640, 480);
		shell.open();
		flush();
	}

	@AfterEach
	void close() {
		shell.dispose();
		flush();
	}

	private static void flush() {
		while (display.readAndDispatch()) {
			// run pending events
		}
	}

	private List<DiagramElement> nodes() {
		return viewer.getElements().stream().filter(DiagramElement::isNode).toList();
	}

	private List<DiagramElement> leaves() {
		// Leaf nodes whose centre no edge passes near: there the node itself must be hit.
		var edges = viewer.getElements().stream().filter(e -> !e.isNode()).toList();
		return nodes().stream().filter(n -> nodes().stream().noneMatch(o -> o.depth() > n.depth()
				&& n.bounds().contains(o.bounds(), 0.5)))
				.filter(n -> edges.stream().noneMatch(e -> e.contains(n.centre().x(), n.centre().y(), 12))).toList();
	}

	private static void send(DiagramViewer v, int type, int x, int y, int button, int stateMask) {
		var e = new Event();
		e.x = x;
		e.y = y;
		e.button = button;
		e.stateMask = stateMask;
		e.count = 1;
		v.notifyListeners(type, e);
	}

	@Test
	void hitTestingFindsTheNodeOrEdgeUnderThePointAtSeveralZooms() {
		List<DiagramElement> leaves = leaves();
		List<DiagramElement> labelled = viewer.getElements().stream()
				.filter(e -> !e.isNode() && e.labelBounds() != null).toList();
		assertTrue(leaves.size() > 3, "too few nodes to test: " + leaves.size());
		assertFalse(labelled.isEmpty(), "no edge labels to test");
		for (double zoom : new double[] { 0.4, 1, 2.5 }) {
			viewer.setZoom(zoom);
			for (DiagramElement n : leaves) {
				viewer.reveal(n);
				var w = viewer.toWindow(n.centre());
				assertSame(n, viewer.elementAt(w.x, w.y), () -> n.id() + " at zoom " + viewer.getZoom());
			}
			for (DiagramElement e : labelled) {
				viewer.reveal(e);
				var w = viewer.toWindow(e.centre());
				assertSame(e, viewer.elementAt(w.x, w.y), () -> e.id() + " label at zoom " + viewer.getZoom());
			}
		}
		viewer.zoomToFit();
		assertEquals(null, viewer.elementAt(1, 1), "the page margin is background");
	}

	@Test
	void ctrlWheelZoomKeepsThePointUnderTheCursorFixed() {
		viewer.setZoom(1.5);
		viewer.reveal(leaves().get(leaves().size() / 2));
		Point before = viewer.toDiagram(300, 200);
		double zoom = viewer.getZoom();
		send(viewer, SWT.MouseVerticalWheel, 300, 200, 0, SWT.MOD1);
		assertEquals(zoom * DiagramViewer.ZOOM_STEP, viewer.getZoom(), 1e-9);
		Point after = viewer.toDiagram(300, 200);
		assertEquals(before.x(), after.x(), 1 / viewer.getZoom());
		assertEquals(before.y(), after.y(), 1 / viewer.getZoom());
	}

	@Test
	void zoomToFitShowsTheWholeDiagram() {
		viewer.setZoom(3);
		viewer.zoomToFit();
		Rectangle client = viewer.getClientArea();
		Rectangle page = viewer.toWindow(new org.placewise.diagram.layout.Bounds(0, 0, governance.width(),
				governance.height()));
		assertTrue(client.contains(page.x, page.y) && page.x + page.width <= client.width
				&& page.y + page.height <= client.height, page + " not inside " + client);
	}

	@Test
	void selectionFromOutsideHighlightsAndScrollsToTheElement() {
		viewer.setZoom(2.5);
		Rectangle client = viewer.getClientArea();
		DiagramElement far = nodes().stream().filter(n -> n.objectId() != null)
				.filter(n -> !client.intersects(viewer.toWindow(n.bounds()))).reduce((a, b) -> b).orElseThrow();
		viewer.setSelection(new StructuredSelection(far.objectId()));
		assertEquals(List.of(far), viewer.getSelectedElements());
		Rectangle shown = viewer.toWindow(far.bounds());
		assertTrue(client.contains(shown.x, shown.y), shown + " not scrolled into " + client);
	}

	@Test
	void clickingANodeSelectsItsModelObjectForListeners() {
		var told = new ArrayList<Object>();
		viewer.addSelectionChangedListener(e -> told.addAll(((IStructuredSelection) e.getSelection()).toList()));
		DiagramElement node = leaves().get(0);
		viewer.reveal(node);
		var w = viewer.toWindow(node.centre());
		send(viewer, SWT.MouseDown, w.x, w.y, 1, 0);
		assertEquals(List.of(node.objectId()), told);
		assertEquals(node, viewer.getFocusedElement());
	}

	@Test
	void clickingAnEdgeLabelSelectsTheEdge() {
		DiagramElement edge = viewer.getElements().stream().filter(e -> !e.isNode() && e.labelBounds() != null)
				.findFirst().orElseThrow();
		viewer.reveal(edge);
		var w = viewer.toWindow(edge.centre());
		send(viewer, SWT.MouseDown, w.x, w.y, 1, 0);
		assertEquals(List.of(edge), viewer.getSelectedElements());
	}

	@Test
	void selectionChangeRepaintsOnlyTheElementsConcerned() {
		viewer.setZoom(1);
		List<DiagramElement> leaves = leaves();
		DiagramElement a = leaves.get(0);
		DiagramElement b = leaves.get(1);
		viewer.setSelectedElements(List.of(a));
		var painted = new ArrayList<Rectangle>();
		viewer.addListener(SWT.Paint, e -> painted.add(new Rectangle(e.x, e.y, e.width, e.height)));
		EventLoop.paintUntilIdle(display, painted);
		painted.clear();
		viewer.setSelectedElements(List.of(b));
		EventLoop.paintUntilIdle(display, painted);
		assertFalse(painted.isEmpty(), "nothing repainted");
		Rectangle allowed = viewer.damageOf(a).union(viewer.damageOf(b));
		for (Rectangle r : painted) {
			Rectangle visible = r.intersection(viewer.getClientArea());
			assertTrue(visible.isEmpty() || allowed.contains(visible.x, visible.y)
					&& visible.x + visible.width <= allowed.x + allowed.width
					&& visible.y + visible.height <= allowed.y + allowed.height,
					visible + " repainted, more than the two elements " + allowed);
		}
	}

	@Test
	void tabVisitsEveryElementAndEnterOpensTheFocusedOne() {
		viewer.setFocus();
		var visited = new HashSet<DiagramElement>();
		for (int i = 0; i < viewer.getElements().size(); i++) {
			var e = new Event();
			e.detail = SWT.TRAVERSE_TAB_NEXT;
			e.doit = true;
			viewer.notifyListeners(SWT.Traverse, e);
			assertFalse(e.doit, "Tab left the diagram");
			visited.add(viewer.getFocusedElement());
			assertEquals(List.of(viewer.getFocusedElement()), viewer.getSelectedElements());
		}
		assertEquals(new HashSet<>(viewer.getElements()), visited);
		var opened = new ArrayList<DiagramElement>();
		viewer.addOpenListener(opened::add);
		var enter = new Event();
		enter.keyCode = SWT.CR;
		viewer.notifyListeners(SWT.KeyDown, enter);
		assertEquals(List.of(viewer.getFocusedElement()), opened);
	}

	@Test
	void arrowKeysMoveToTheNearestElementInThatDirection() {
		DiagramElement start = leaves().get(0);
		viewer.setFocusedElement(start);
		var down = new Event();
		down.keyCode = SWT.ARROW_DOWN;
		viewer.notifyListeners(SWT.KeyDown, down);
		DiagramElement next = viewer.getFocusedElement();
		assertNotNull(next);
		assertTrue(next.centre().y() > start.centre().y(), next.id() + " is not below " + start.id());
	}

	@Test
	void hoverShowsTheFindingsOfTheElement() {
		DiagramElement withFindings = leaves().stream().filter(n -> !n.badges().isEmpty()).findFirst()
				.orElseThrow(() -> new AssertionError("no node with findings in the sample"));
		viewer.reveal(withFindings);
		var w = viewer.toWindow(withFindings.centre());
		send(viewer, SWT.MouseMove, w.x, w.y, 0, 0);
		String tip = viewer.getToolTipText();
		assertNotNull(tip);
		assertTrue(tip.startsWith(withFindings.name()), tip);
		String message = withFindings.badges().get(0).description();
		assertFalse(message.isBlank());
		assertTrue(tip.contains(message), tip + " lacks " + message);
	}

	@Test
	void everyElementIsAnAccessibleChildWithItsName() {
		var control = viewer.accessibility().control();
		var count = new AccessibleControlEvent(viewer.getAccessible());
		control.getChildCount(count);
		assertEquals(viewer.getElements().size(), count.detail);
		var children = new AccessibleControlEvent(viewer.getAccessible());
		control.getChildren(children);
		assertEquals(viewer.getElements().size(), children.children.length);
		DiagramElement first = viewer.getElements().get(0);
		var name = new AccessibleEvent(viewer.getAccessible());
		name.childID = 0;
		viewer.accessibility().names().getName(name);
		assertEquals(first.name() + ", " + first.type(), name.result);
	}

	@Test
	void aNewSceneKeepsZoomScrollAndSelection() {
		viewer.setZoom(2);
		DiagramElement node = leaves().get(leaves().size() - 1);
		viewer.setSelection(new StructuredSelection(node.objectId()));
		var scroll = viewer.getScrollPosition();
		viewer.setScene(Fixtures.diagram(Fixtures.EXAMPLESHIRE, DiagramKind.GOVERNANCE));
		assertEquals(2, viewer.getZoom(), 1e-9);
		assertEquals(scroll, viewer.getScrollPosition());
		assertEquals(List.of(node.id()), viewer.getSelectedElements().stream().map(DiagramElement::id).toList());
	}
}
