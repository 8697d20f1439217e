package org.placewise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.placewise.ui.tests.UiTestSupport.answer;
import static org.placewise.ui.tests.UiTestSupport.closeAllEditors;
import static org.placewise.ui.tests.UiTestSupport.copyOfSample;
import static org.placewise.ui.tests.UiTestSupport.execute;
import static org.placewise.ui.tests.UiTestSupport.open;
import static org.placewise.ui.tests.UiTestSupport.page;
import static org.placewise.ui.tests.UiTestSupport.processEvents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placewise.checks.Finding;
import org.placewise.diagram.kinds.DiagramKind;
import org.placewise.diagram.layout.PlacedEdge;
import org.placewise.diagram.ui.DiagramElement;
import org.placewise.diagram.ui.DiagramTool;
import org.placewise.diagram.ui.DiagramViewer;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.BoardKind;
import org.placewise.model.governance.Delegation;
import org.placewise.ui.internal.DiagramView;
import org.placewise.ui.internal.FindingsView;
import org.placewise.ui.internal.ModelExplorerView;
import org.placewise.ui.internal.PlacewiseEditor;
import org.placewise.ui.internal.PlacewiseModelContext;

/**
 * Working on the governance diagram in the real workbench: the palette creates a committee and draws a delegation to it
 * (each one command: in the model and the explorer, with its findings, and gone again with Undo), selection follows
 * both ways between diagram and explorer, the keyboard alone reaches an element, opens its properties and creates a
 * node, a label is renamed in place, Delete deletes, a badge opens its findings, the diagram exports, and fitting the
 * window shows every element.
 */
class DiagramEditingTest {

	private static final String EXAMPLESHIRE = "exampleshire-scheme-of-delegation.placewise";

	private PlacewiseEditor editor;
	private PlacewiseModelContext context;
	private DiagramView view;
	private DiagramViewer viewer;

	@BeforeEach
	void openGovernanceDiagram() throws Exception {
		closeAllEditors();
		editor = open(copyOfSample(EXAMPLESHIRE));
		context = editor.context();
		page().showView(ModelExplorerView.ID);
		page().showView(FindingsView.ID);
		view = (DiagramView) page().showView(DiagramView.ID);
		view.show(DiagramKind.GOVERNANCE);
		processEvents();
		viewer = view.viewer();
		assertNotNull(view.laidOut(), "the governance diagram of Exampleshire is drawn");
	}

	@AfterEach
	void close() {
		closeAllEditors();
	}

	private DiagramElement elementOf(EObject object) {
		String id = EcoreUtil.getID(object);
		return viewer.getElements().stream().filter(e -> id.equals(e.objectId())).findFirst().orElse(null);
	}

	private Board icbBoard() {
		return context.model().getBoards().stream().filter(b -> "ICB Board".equals(b.getName())).findFirst()
				.orElseThrow();
	}

	private DiagramTool tool(String label) {
		return view.palette().getTools().stream().filter(t -> t.label().equals(label)).findFirst().orElseThrow(
				() -> new AssertionError("no tool '" + label + "' among " + view.palette().getTools()));
	}

	private ModelExplorerView explorer() {
		return (ModelExplorerView) page().findView(ModelExplorerView.ID);
	}

	private boolean explorerShows(EObject object) {
		ModelExplorerView explorer = explorer();
		explorer.reveal(object);
		processEvents();
		return ((IStructuredSelection) explorer.getViewer().getSelection()).toList().contains(object);
	}

	@Test
	void aCommitteeAndADelegationDrawnWithThePaletteAreInTheModelWithTheirFindingsUntilUndo() {
		Board icb = icbBoard();
		int boardsBefore = icb.getSubGroups().size();
		int delegationsBefore = context.model().getDelegations().size();
		assertEquals(List.of("Board", "Committee", "Joint committee", "Delegation"),
				view.palette().getTools().subList(0, 4).stream().map(DiagramTool::label).toList());

		// the committee: choose the tool, click the board it belongs to
		view.palette().choose(tool("Committee"));
		assertEquals("Committee", viewer.getTool().label());
		viewer.useTool(elementOf(icb));
		processEvents();
		assertEquals(boardsBefore + 1, icb.getSubGroups().size(), "the committee is a sub-group of the board clicked");
		Board committee = icb.getSubGroups().get(icb.getSubGroups().size() - 1);
		assertEquals(BoardKind.COMMITTEE, committee.getKind());
		assertEquals("New committee", committee.getName());
		assertNotNull(elementOf(committee), "the committee is on the diagram");
		assertEquals(committee, viewer.modelObject(viewer.getSelectedElements().get(0)), "and selected");
		assertTrue(explorerShows(committee), "the committee is in the explorer");
		assertNull(viewer.getTool(), "a tool is used once");

		// the delegation: from the board to the committee
		view.palette().choose(tool("Delegation"));
		viewer.useTool(elementOf(icb));
		assertSame(elementOf(icb), viewer.getConnectionSource());
		viewer.useTool(elementOf(committee));
		processEvents();
		assertEquals(delegationsBefore + 1, context.model().getDelegations().size());
		Delegation delegation = context.model().getDelegations().get(delegationsBefore);
		assertSame(icb, delegation.getDelegator());
		assertSame(committee, delegation.getDelegate());
		assertTrue(explorerShows(delegation), "the delegation is in the explorer");

		// its findings: in the checker, in the Findings view and as a badge on its arrow
		List<Finding> findings = context.checker().findings().stream().filter(f -> f.target() == delegation)
				.toList();
		assertFalse(findings.isEmpty(), "a delegation with no scope, limit or review date has findings");
		FindingsView findingsView = (FindingsView) page().findView(FindingsView.ID);
		processEvents();
		assertTrue(findingsView.shownFindings().stream().anyMatch(f -> ((Finding) f).target() == delegation));
		PlacedEdge arrow = view.laidOut().edges().stream()
				.filter(e -> EcoreUtil.getID(delegation).equals(e.edge().objectId())).findFirst().orElseThrow();
		assertFalse(arrow.badges().isEmpty(), "the delegation's arrow carries its findings badge");

		// Undo takes back the delegation, then the committee, with their findings
		execute(IWorkbenchCommandConstants.EDIT_UNDO);
		processEvents();
		assertEquals(delegationsBefore, context.model().getDelegations().size());
		assertNull(elementOf(delegation));
		assertTrue(context.checker().findings().stream().noneMatch(f -> f.target() == delegation));
		execute(IWorkbenchCommandConstants.EDIT_UNDO);
		processEvents();
		assertEquals(boardsBefore, icb.getSubGroups().size());
		assertNull(elementOf(committee), "the committee has left the diagram");
		assertTrue(context.checker().findings().stream().noneMatch(f -> f.target() == committee));
	}

	@Test
	void selectionFollowsBothWaysBetweenDiagramAndExplorer() {
		Board icb = icbBoard();
		// diagram -> explorer (and Properties): the site's selection provider is the viewer
		viewer.setSelectedElements(List.of(elementOf(icb)));
		processEvents();
		assertEquals(List.of(icb), ((IStructuredSelection) explorer().getViewer().getSelection()).toList());

		// explorer -> diagram
		Delegation delegation = context.model().getDelegations().get(0);
		page().activate(explorer());
		explorer().getViewer().setSelection(new StructuredSelection(delegation), true);
		processEvents();
		assertEquals(List.of(elementOf(delegation)), viewer.getSelectedElements());

		// findings -> diagram: a finding selects the element whose badge shows it
		FindingsView findings = (FindingsView) page().findView(FindingsView.ID);
		page().activate(findings);
		Finding onBoard = findings.shownFindings().stream().map(Finding.class::cast)
				.filter(f -> f.target() == icb).findFirst().orElseThrow();
		findings.viewer().setSelection(new StructuredSelection(onBoard), true);
		processEvents();
		assertEquals(List.of(elementOf(icb)), viewer.getSelectedElements());
	}

	private void key(int keyCode, int stateMask) {
		var e = new Event();
		e.keyCode = keyCode;
		e.character = keyCode == SWT.CR ? '\r' : (char) 0;
		e.stateMask = stateMask;
		viewer.notifyListeners(SWT.KeyDown, e);
		processEvents();
	}

	private void tab() {
		var e = new Event();
		e.detail = SWT.TRAVERSE_TAB_NEXT;
		e.doit = true;
		viewer.notifyListeners(SWT.Traverse, e);
		processEvents();
	}

	@Test
	void theKeyboardAloneReachesAnElementOpensItsPropertiesAndCreatesANode() {
		Board icb = icbBoard();
		if (page().findView(IPageLayout.ID_PROP_SHEET) != null) {
			page().hideView(page().findView(IPageLayout.ID_PROP_SHEET));
		}
		view.setFocus();
		// reach: Tab goes through the elements until the board has the focus
		for (int i = 0; i < viewer.getElements().size() && viewer.getFocusedElement() != elementOf(icb); i++) {
			tab();
		}
		assertSame(elementOf(icb), viewer.getFocusedElement(), "Tab reaches the board");
		assertEquals(List.of(icb), ((IStructuredSelection) viewer.getSelection()).toList());

		// properties: Alt+Enter
		key(SWT.CR, SWT.ALT);
		assertNotNull(page().findView(IPageLayout.ID_PROP_SHEET), "Alt+Enter shows the Properties view");
		assertTrue(page().isPartVisible(page().findView(IPageLayout.ID_PROP_SHEET)));

		// create: a palette button pressed with Space, then Enter on the focused board
		view.setFocus();
		Button committee = view.palette().buttonOf(tool("Committee"));
		committee.setFocus();
		committee.setSelection(true);
		committee.notifyListeners(SWT.Selection, new Event());
		processEvents();
		assertEquals("Committee", viewer.getTool().label());
		assertTrue(viewer.isFocusControl(), "choosing a tool hands the keyboard back to the diagram");
		int before = icb.getSubGroups().size();
		key(SWT.CR, 0);
		assertEquals(before + 1, icb.getSubGroups().size(), "Enter on the focused board created the committee in it");
		assertNotNull(elementOf(icb.getSubGroups().get(before)));
	}

	@Test
	void f2RenamesInPlaceAsOneCommandAndOnlyRedrawsTheBox() {
		Board icb = icbBoard();
		String name = icb.getName();
		viewer.setSelectedElements(List.of(elementOf(icb)));
		viewer.setFocusedElement(elementOf(icb));
		assertTrue(viewer.editLabel(elementOf(icb)));
		Text field = viewer.getLabelEditor();
		assertEquals(name, field.getText());
		field.setText(name.substring(0, name.length() - 2));
		var enter = new Event();
		enter.detail = SWT.TRAVERSE_RETURN;
		enter.doit = true;
		field.notifyListeners(SWT.Traverse, enter);
		processEvents();
		assertEquals(name.substring(0, name.length() - 2), icb.getName());
		assertEquals("relabel", view.lastUpdate(), "a shorter name is redrawn in place, without a new layout");
		assertEquals(icb.getName(), elementOf(icb).name());
		execute(IWorkbenchCommandConstants.EDIT_UNDO);
		processEvents();
		assertEquals(name, icb.getName());
	}

	@Test
	void deleteOnTheDiagramAsksAsTheExplorerDoesAndUndoBringsItBack() {
		Delegation delegation = context.model().getDelegations().get(0);
		viewer.setSelectedElements(List.of(elementOf(delegation)));
		var answer = answer("Delete", "Delete");
		view.deleteSelection();
		processEvents();
		assertTrue(answer.seen(), "the same question as the explorer's");
		assertTrue(answer.text().contains("Delete '"), answer.text());
		assertFalse(context.model().getDelegations().contains(delegation));
		assertNull(elementOf(delegation));
		execute(IWorkbenchCommandConstants.EDIT_UNDO);
		processEvents();
		assertTrue(context.model().getDelegations().contains(delegation));
		assertNotNull(elementOf(delegation));
	}

	@Test
	void aBadgeOpensItsFindingsInTheFindingsView() {
		DiagramElement badged = viewer.getElements().stream().filter(e -> !e.badges().isEmpty()).findFirst()
				.orElseThrow(() -> new AssertionError("Exampleshire has findings on its governance diagram"));
		view.revealFindings(badged);
		processEvents();
		FindingsView findings = (FindingsView) page().findView(FindingsView.ID);
		List<?> selected = ((IStructuredSelection) findings.viewer().getSelection()).toList();
		EObject object = (EObject) viewer.modelObject(badged);
		assertFalse(selected.isEmpty(), () -> "the findings of " + badged.name() + " (" + badged.findings()
				+ ") are selected in the Findings view; it shows " + findings.shownFindings().size() + " on "
				+ findings.shownFindings().stream().map(f -> ((Finding) f).target()).distinct().toList());
		assertSame(findings, page().getActivePart(), "the Findings view comes forward");
		assertEquals(1, selected.size(), "the table selects one row: the first of the badge's findings");
		assertTrue(view.status().contains(" on " + badged.name() + "; the first is selected"), view.status());
		for (Object f : selected) {
			EObject target = ((Finding) f).target();
			assertTrue(target == object || EcoreUtil.isAncestor(object, target), f + " is not on " + badged.name());
		}
	}

	/** For the guide: a committee put on the background and a delegation drawn to it, the Diagram view maximized. */
	@Test
	void aDelegationDrawnOnTheDiagramForTheGuide() {
		var reference = page().getReference(view);
		page().setPartState(reference, org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
		try {
			processEvents();
			view.palette().choose(tool("Committee"));
			viewer.useTool(null);
			processEvents();
			Board committee = context.model().getBoards().get(context.model().getBoards().size() - 1);
			assertEquals("New committee", committee.getName());
			Board place = context.model().getBoards().stream()
					.filter(b -> "Exampletown Place Committee".equals(b.getName())).findFirst().orElseThrow();
			view.palette().choose(tool("Delegation"));
			viewer.useTool(elementOf(place));
			viewer.useTool(elementOf(committee));
			processEvents();
			Delegation delegation = context.model().getDelegations()
					.get(context.model().getDelegations().size() - 1);
			assertSame(committee, delegation.getDelegate());
			viewer.setZoom(1);
			viewer.reveal(elementOf(delegation));
			processEvents();
			screenshot("diagram-editor-delegation");
		} finally {
			page().setPartState(reference, org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
			processEvents();
		}
	}

	/** The generated place model's systems diagram at 100 %, a locality selected, read through the overview. */
	@Test
	void aLargePlaceIsReadThroughTheOverview() throws Exception {
		Path file = Files.createTempDirectory("placewise-place").resolve("generated-place.placewise");
		new org.placewise.store.ModelFiles().save(
				org.placewise.generator.EnglandModelGenerator.of(org.placewise.generator.Scale.PLACE, 1).generate()
						.model(),
				file);
		closeAllEditors();
		editor = open(file);
		context = editor.context();
		view.show(DiagramKind.SYSTEMS);
		processEvents();
		assertTrue(view.laidOut().width() > 10_000, "a wide diagram: " + view.laidOut().width());
		viewer.setZoom(1);
		DiagramElement locality = viewer.getElements().stream()
				.filter(e -> e.isNode() && e.depth() >= 2 && e.objectId() != null).skip(20).findFirst().orElseThrow();
		viewer.setSelection(new StructuredSelection(viewer.modelObject(locality)));
		processEvents();
		assertEquals(List.of(locality), viewer.getSelectedElements());
		var reference = page().getReference(view);
		page().setPartState(reference, org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
		processEvents();
		viewer.reveal(locality);
		processEvents();
		screenshot("diagram-editor-overview");
		page().setPartState(reference, org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
		processEvents();
	}

	/**
	 * A model of several systems opens its diagrams on the first system (a region or England drawn whole is thousands
	 * of boxes laid out again after every change); the whole model is one choice away, and a one-system sample is drawn
	 * whole.
	 */
	@Test
	void aModelOfManySystemsOpensItsDiagramOnTheFirstSystem() throws Exception {
		assertEquals("Whole model", view.scopeName(), "Exampleshire, one system, is drawn whole");
		Path file = Files.createTempDirectory("placewise-region").resolve("generated-region.placewise");
		var region = org.placewise.generator.EnglandModelGenerator.of(org.placewise.generator.Scale.REGION, 1)
				.generate().model();
		assertTrue(region.getFootprints().size() > 3, "a region of several systems");
		new org.placewise.store.ModelFiles().save(region, file);
		closeAllEditors();
		editor = open(file);
		context = editor.context();
		view.show(DiagramKind.SYSTEMS);
		processEvents();
		var first = context.model().getFootprints().get(0);
		assertEquals(first.getName(), view.scopeName());
		int firstSystem = view.laidOut().nodes().size();
		assertTrue(viewer.getElements().stream().anyMatch(e -> EcoreUtil.getID(first).equals(e.objectId())));
		var second = context.model().getFootprints().get(1);
		assertTrue(viewer.getElements().stream().noneMatch(e -> EcoreUtil.getID(second).equals(e.objectId())),
				"another system is not drawn");

		view.showScope(null);
		processEvents();
		assertEquals("Whole model", view.scopeName());
		assertTrue(view.laidOut().nodes().size() > firstSystem, "the whole model is more than its first system");
		assertTrue(viewer.getElements().stream().anyMatch(e -> EcoreUtil.getID(second).equals(e.objectId())));
	}

	/** Saves a picture of the workbench window under target/screenshots (for the docs; not an assertion). */
	private static void screenshot(String name) {
		var shell = UiTestSupport.window().getShell();
		shell.layout(true, true);
		processEvents();
		var display = shell.getDisplay();
		var bounds = shell.getBounds();
		var image = new org.eclipse.swt.graphics.Image(display, bounds.width, bounds.height);
		var gc = new org.eclipse.swt.graphics.GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			var loader = new org.eclipse.swt.graphics.ImageLoader();
			loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
			Path folder = Path.of("target", "screenshots");
			Files.createDirectories(folder);
			loader.save(folder.resolve(name + ".png").toString(), SWT.IMAGE_PNG);
		} catch (Exception e) {
			// a missing picture must not fail a test of behaviour
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	@Test
	void zoomToFitLeavesEveryElementVisible() {
		viewer.setZoom(4);
		viewer.zoomToFit();
		processEvents();
		Rectangle client = viewer.getClientArea();
		for (DiagramElement el : viewer.getElements()) {
			Rectangle r = viewer.toWindow(el.bounds());
			assertTrue(r.x >= 0 && r.y >= 0 && r.x + r.width <= client.width && r.y + r.height <= client.height,
					el.name() + " at " + r + " is outside " + client);
		}
	}

	@Test
	void theDiagramExportsAsSvgAndPngWithTheCommandLinesRenderers() throws Exception {
		Path folder = Files.createTempDirectory("placewise-export");
		view.export(folder.resolve("governance.svg"));
		String svg = Files.readString(folder.resolve("governance.svg"));
		assertTrue(svg.contains("<svg") && svg.contains(icbBoard().getName()), "an SVG with the board in it");
		view.export(folder.resolve("governance.png"));
		byte[] png = Files.readAllBytes(folder.resolve("governance.png"));
		assertEquals((byte) 0x89, png[0]);
		assertEquals('P', png[1]);
	}
}
