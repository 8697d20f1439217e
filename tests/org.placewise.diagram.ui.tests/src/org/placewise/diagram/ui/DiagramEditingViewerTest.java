package org.placewise.diagram.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placewise.diagram.kinds.DiagramKind;
import org.placewise.diagram.kinds.DiagramOptions;
import org.placewise.diagram.kinds.FindingsOverlay;
import org.placewise.diagram.kinds.PlacewiseDiagrams;
import org.placewise.diagram.layout.LaidOutScene;
import org.placewise.diagram.layout.PlacedBadge;
import org.placewise.diagram.layout.PlacedEdge;
import org.placewise.diagram.layout.SceneLayout;
import org.placewise.generator.EnglandModelGenerator;
import org.placewise.generator.Scale;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.governance.Delegation;

/**
 * The viewer's editing gestures, in plain SWT: tools turn clicks and Enter into requests, a badge click is reported, F2
 * edits a label in place, the palette chooses tools, a scene redrawn over the old geometry repaints only what changed,
 * and fitting the window shows every element even of the generated place model's widest diagram.
 */
class DiagramEditingViewerTest {

	private static Display display;
	private Shell shell;
	private DiagramViewer viewer;
	private PlacewiseModel model;
	private LaidOutScene governance;
	private final List<String> requests = new ArrayList<>();

	private static final DiagramTool COMMITTEE = new DiagramTool("committee", "Committee", DiagramTool.Kind.NODE,
			"Click a board");
	private static final DiagramTool DELEGATION = new DiagramTool("delegation", "Delegation",
			DiagramTool.Kind.CONNECTION, "Click the delegator, then the delegate");

	@BeforeAll
	static void display() {
		display = Fixtures.display();
	}

	@BeforeEach
	void openViewer() {
		model = Fixtures.load(Fixtures.EXAMPLESHIRE);
		governance = layout(new SceneLayout(DiagramKind.GOVERNANCE.flow()), null).laidOut();
		shell = new Shell(display);
		shell.setLayout(new FillLayout());
		viewer = new DiagramViewer(shell, SWT.NONE);
		viewer.setScene(governance);
		viewer.addToolListener(new DiagramTool.Listener() {
			@Override
			public void createNode(DiagramTool tool, DiagramElement container) {
				requests.add(tool.id() + " in " + (container == null ? "background" : container.name()));
			}

			@Override
			public void createConnection(DiagramTool tool, DiagramElement source, DiagramElement target) {
				requests.add(tool.id() + " from " + source.name() + " to " + target.name());
			}
		});
		shell.setSize(900, 700);
		shell.open();
		flush();
	}

	/** The governance diagram laid out afresh, or redrawn over {@code previous} when that is given. */
	private SceneLayout.Relabelled layout(SceneLayout layout, LaidOutScene previous) {
		var options = DiagramOptions.defaults().withFindings(FindingsOverlay.check(model, Fixtures.checker()));
		var scene = PlacewiseDiagrams.scene(DiagramKind.GOVERNANCE, model, options);
		return previous == null ? new SceneLayout.Relabelled(layout.layout(scene), java.util.Set.of(), false)
				: layout.relabel(previous, scene);
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

	private DiagramElement node(String title) {
		return viewer.getElements().stream().filter(e -> e.isNode() && e.name().equals(title)).findFirst()
				.orElseThrow(() -> new AssertionError("no box " + title));
	}

	private void click(DiagramElement el) {
		viewer.reveal(el);
		var at = viewer.toWindow(el.centre());
		mouse(SWT.MouseDown, at.x, at.y);
		mouse(SWT.MouseUp, at.x, at.y);
	}

	private void mouse(int type, int x, int y) {
		var e = new Event();
		e.x = x;
		e.y = y;
		e.button = 1;
		viewer.notifyListeners(type, e);
	}

	private void key(int keyCode) {
		var e = new Event();
		e.keyCode = keyCode;
		viewer.notifyListeners(SWT.KeyDown, e);
	}

	@Test
	void aBoxToolTurnsTheNextClickIntoARequestAndIsPutDown() {
		viewer.setTool(COMMITTEE);
		click(node("ICB Board"));
		assertEquals(List.of("committee in ICB Board"), requests);
		assertNull(viewer.getTool());
		click(node("ICB Board"));
		assertEquals(1, requests.size(), "without a tool a click only selects");
		assertEquals("ICB Board", viewer.getSelectedElements().get(0).name());
	}

	@Test
	void anArrowToolTakesTheStartThenTheEndAndEscapeCancels() {
		viewer.setTool(DELEGATION);
		click(node("ICB Board"));
		assertSame(node("ICB Board"), viewer.getConnectionSource());
		key(SWT.ESC);
		assertNull(viewer.getTool());
		assertNull(viewer.getConnectionSource());
		assertTrue(requests.isEmpty());

		viewer.setTool(DELEGATION);
		click(node("ICB Board"));
		var end = node("Exampletown Place Committee");
		var at = viewer.toWindow(end.centre());
		mouse(SWT.MouseMove, at.x, at.y);
		click(end);
		assertEquals(List.of("delegation from ICB Board to Exampletown Place Committee"), requests);
	}

	@Test
	void enterUsesTheToolOnTheFocusedElement() {
		viewer.setFocusedElement(node("ICB Board"));
		viewer.setTool(COMMITTEE);
		var e = new Event();
		e.keyCode = SWT.CR;
		viewer.notifyListeners(SWT.KeyDown, e);
		assertEquals(List.of("committee in ICB Board"), requests);
	}

	@Test
	void clickingABadgeTellsTheBadgeListeners() {
		var told = new ArrayList<DiagramElement>();
		viewer.addBadgeListener(told::add);
		PlacedBadge badge = null;
		String owner = null;
		for (var n : governance.nodes()) {
			if (!n.badges().isEmpty()) {
				badge = n.badges().get(0);
				owner = n.node().id();
				break;
			}
		}
		for (PlacedEdge e : governance.edges()) {
			if (badge == null && !e.badges().isEmpty()) {
				badge = e.badges().get(0);
				owner = e.edge().id();
			}
		}
		assertNotNull(badge, "Exampleshire has a badge on its governance diagram");
		viewer.setZoom(1.5);
		var centre = new org.placewise.diagram.layout.Point(badge.bounds().x() + badge.bounds().width() / 2,
				badge.bounds().y() + badge.bounds().height() / 2);
		viewer.centreOn(centre);
		var at = viewer.toWindow(centre);
		mouse(SWT.MouseDown, at.x, at.y);
		assertEquals(1, told.size());
		assertEquals(owner, told.get(0).id());
		assertEquals(owner, viewer.getSelectedElements().get(0).id(), "and its element is selected");
	}

	@Test
	void f2EditsTheTitleInPlaceEnterKeepsItEscapeDropsIt() {
		var edits = new ArrayList<String>();
		viewer.addLabelEditListener((el, text) -> edits.add(el.name() + " -> " + text));
		viewer.setFocusedElement(node("ICB Board"));
		key(SWT.F2);
		var field = viewer.getLabelEditor();
		assertNotNull(field, "F2 opens the field");
		assertEquals("ICB Board", field.getText());
		field.setText("ICB Board (shadow)");
		var esc = new Event();
		esc.detail = SWT.TRAVERSE_ESCAPE;
		field.notifyListeners(SWT.Traverse, esc);
		assertNull(viewer.getLabelEditor());
		assertTrue(edits.isEmpty(), "Escape drops the text");

		key(SWT.F2);
		viewer.getLabelEditor().setText("  Integrated Care Board  ");
		var enter = new Event();
		enter.detail = SWT.TRAVERSE_RETURN;
		viewer.getLabelEditor().notifyListeners(SWT.Traverse, enter);
		assertEquals(List.of("ICB Board -> Integrated Care Board"), edits);
	}

	@Test
	void thePaletteChoosesTheToolAndShowsWhichIsChosen() {
		var palette = new DiagramPalette(shell, viewer, "Create", "Nothing to create here");
		palette.setTools(List.of(COMMITTEE, DELEGATION));
		Button committee = palette.buttonOf(COMMITTEE);
		committee.setSelection(true);
		committee.notifyListeners(SWT.Selection, new Event());
		assertEquals(COMMITTEE, viewer.getTool());
		viewer.setTool(null);
		assertFalse(committee.getSelection(), "the button pops up when the tool is put down");
		palette.choose(DELEGATION);
		assertEquals(DELEGATION, viewer.getTool());
		assertTrue(palette.buttonOf(DELEGATION).getSelection());
	}

	@Test
	void aSceneRedrawnOverTheOldGeometryRepaintsOnlyWhatChanged() {
		flush();
		Delegation d = model.getDelegations().stream().filter(x -> x.getFinancialLimit() != null).findFirst()
				.orElseThrow();
		d.setFinancialLimit(d.getFinancialLimit().divide(BigDecimal.valueOf(2)));
		SceneLayout.Relabelled after = layout(new SceneLayout(DiagramKind.GOVERNANCE.flow()), governance);
		assertNotNull(after, "a new limit needs no layout");
		String edgeId = "e-" + EcoreUtil.getID(d);
		assertTrue(after.changed().contains(edgeId), after.changed().toString());
		viewer.zoomToFit();
		var painted = new ArrayList<Rectangle>();
		viewer.addListener(SWT.Paint, e -> painted.add(new Rectangle(e.x, e.y, e.width, e.height)));
		EventLoop.paintUntilIdle(display, painted);
		painted.clear();
		viewer.updateScene(after.laidOut(), after.changed(), after.headerChanged());
		EventLoop.paintUntilIdle(display, painted);
		assertFalse(painted.isEmpty(), "the changed arrow was repainted");
		Rectangle allowed = null;
		for (String id : after.changed()) {
			Rectangle r = viewer.damageOf(viewer.getElements().stream().filter(el -> el.id().equals(id)).findFirst()
					.orElseThrow());
			allowed = allowed == null ? r : allowed.union(r);
		}
		Rectangle client = viewer.getClientArea();
		for (Rectangle r : painted) {
			Rectangle visible = r.intersection(client);
			assertTrue(visible.isEmpty() || allowed.contains(visible.x, visible.y)
					&& visible.x + visible.width <= allowed.x + allowed.width
					&& visible.y + visible.height <= allowed.y + allowed.height,
					visible + " repainted, more than the changed elements " + allowed);
		}
		assertSame(after.laidOut(), viewer.getScene());
	}

	@Test
	void fittingTheWindowShowsEveryElementOfTheGeneratedPlaceModelsSystemsDiagram() {
		PlacewiseModel place = EnglandModelGenerator.of(Scale.PLACE, 1).generate().model();
		LaidOutScene systems = PlacewiseDiagrams.layout(DiagramKind.SYSTEMS,
				PlacewiseDiagrams.scene(DiagramKind.SYSTEMS, place, DiagramOptions.defaults()));
		// narrower than the diagram at the zoom keys' smallest zoom (21,478 px at 0.05 is 1,074 px)
		shell.setSize(800, 600);
		viewer.setScene(systems);
		viewer.setZoom(2);
		viewer.zoomToFit();
		flush();
		Rectangle client = viewer.getClientArea();
		for (DiagramElement el : viewer.getElements()) {
			Rectangle r = viewer.toWindow(el.bounds());
			assertTrue(r.x >= 0 && r.y >= 0 && r.x + r.width <= client.width && r.y + r.height <= client.height,
					el.name() + " at " + r + " is outside " + client + " at zoom " + viewer.getZoom());
		}
		double fitted = viewer.getZoom();
		viewer.zoomOut();
		assertTrue(viewer.getZoom() <= fitted, "zooming out from a fit never zooms in");
	}
}
