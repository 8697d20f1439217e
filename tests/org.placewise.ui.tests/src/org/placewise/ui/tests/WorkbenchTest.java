package org.placewise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.placewise.ui.internal.AboutHandler;
import org.placewise.checks.Finding;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.GovernancePackage;
import org.placewise.ui.internal.DiagramView;
import org.placewise.ui.internal.FindingsView;
import org.placewise.ui.internal.ModelExplorerView;
import org.placewise.ui.internal.ModelHandlers;
import org.placewise.ui.internal.PlacewiseEditor;
import org.placewise.ui.internal.PlacewiseModelContext;
import org.placewise.ui.internal.PlacewisePerspective;

/** Opens the real Placewise workbench (UI harness) and checks what a user sees first. */
class WorkbenchTest {

	private static IWorkbenchPage activePage() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(window, "the workbench has an open window");
		return window.getActivePage();
	}

	@Test
	void workbenchOpensInThePlacewisePerspective() {
		assertEquals(PlacewisePerspective.ID, activePage().getPerspective().getId());
		assertEquals("Placewise", activePage().getPerspective().getLabel());
	}

	@Test
	void modelExplorerIsShownInThePerspective() {
		IViewPart explorer = activePage().findView(ModelExplorerView.ID);
		assertNotNull(explorer, "the model explorer view is open");
		assertTrue(explorer instanceof ModelExplorerView);
		assertEquals("Model Explorer", explorer.getTitle());
		assertTrue(((ModelExplorerView) explorer).getViewer().getTree().isVisible());
	}

	@Test
	void aboutTextNamesProductAndVersion() {
		String text = AboutHandler.aboutText();
		assertTrue(text.startsWith("Placewise 0.1.0"), text);
	}

	private static Path sample(String name) {
		Path path = Path.of("../../samples", name).toAbsolutePath().normalize();
		assertTrue(Files.isRegularFile(path), "sample " + path);
		return path;
	}

	private static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// let the views' asynchronous refreshes run
		}
	}

	/** Opens a model in its editor, as File > Open Model does; the views show the active editor's model. */
	private static PlacewiseModelContext open(Path file) {
		PlacewiseEditor editor = ModelHandlers.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow(), file);
		assertNotNull(editor, "opened " + file);
		processEvents();
		return editor.context();
	}

	@Test
	void openedSampleShowsInExplorerWithReadableLabels() throws Exception {
		open(sample("exampleshire-scheme-of-delegation.placewise"));

		ModelExplorerView explorer = (ModelExplorerView) activePage().findView(ModelExplorerView.ID);
		Object[] roots = (Object[]) explorer.getViewer().getInput();
		assertEquals(1, roots.length);
		assertTrue(roots[0] instanceof PlacewiseModel);
		assertTrue(explorer.getViewer().getTree().getItemCount() > 0, "the tree shows the model");
		String rootLabel = explorer.getViewer().getTree().getItem(0).getText();
		assertFalse(rootLabel.isBlank());
	}

	@Test
	void findingsViewListsTheSampleFindingsAndFollowsEditsWithUndo() throws Exception {
		PlacewiseModelContext session = open(sample("exampleshire-scheme-of-delegation.placewise"));
		activePage().showView(FindingsView.ID);
		processEvents();
		FindingsView findings = (FindingsView) activePage().findView(FindingsView.ID);
		int before = findings.shownFindings().size();
		assertTrue(before > 0, "the fictional scheme has planted gaps");
		assertTrue(findings.shownFindings().stream().map(f -> ((org.placewise.checks.Finding) f).ruleId())
				.anyMatch("delegation.exceeds-delegator-limit"::equals), "the planted over-limit delegation is found");

		// An edit the over-limit rule reacts to: lowering the delegation's limit makes its finding go, and undo brings
		// it back. (A rename would leave the findings as they are, so it could not tell a view that never refreshes.)
		Finding overLimit = findings.shownFindings().stream().map(Finding.class::cast)
				.filter(f -> OVER_LIMIT.equals(f.ruleId())).findFirst().orElseThrow();
		Delegation delegation = (Delegation) overLimit.target();
		Command lower = SetCommand.create(session.domain(), delegation,
				GovernancePackage.Literals.DELEGATION__FINANCIAL_LIMIT, BigDecimal.ONE);
		session.domain().getCommandStack().execute(lower);
		processEvents();
		assertTrue(session.isDirty());
		assertFalse(shows(findings, OVER_LIMIT, delegation), "the view still shows the finding the edit removed");
		session.domain().getCommandStack().undo();
		processEvents();
		assertFalse(session.isDirty());
		assertTrue(shows(findings, OVER_LIMIT, delegation), "undo did not bring the finding back");
		assertEquals(before, findings.shownFindings().size());
	}

	private static final String OVER_LIMIT = "delegation.exceeds-delegator-limit";

	private static boolean shows(FindingsView view, String ruleId, EObject target) {
		return view.shownFindings().stream().map(Finding.class::cast)
				.anyMatch(f -> ruleId.equals(f.ruleId()) && f.target() == target);
	}

	@Test
	void diagramViewDrawsTheOpenModelAndAClickSelectsTheFootprint() throws Exception {
		open(sample("greater-manchester.placewise"));
		activePage().showView(DiagramView.ID);
		processEvents();
		DiagramView view = (DiagramView) activePage().findView(DiagramView.ID);
		view.show(org.placewise.diagram.kinds.DiagramKind.SYSTEMS);

		org.placewise.diagram.layout.LaidOutScene laidOut = view.laidOut();
		assertNotNull(laidOut, "the systems diagram of Greater Manchester is drawn");
		org.placewise.diagram.layout.PlacedNode wigan = laidOut.nodes().stream()
				.filter(n -> "Wigan".equals(n.node().title()) && n.isContainer())
				.findFirst().orElseThrow();

		view.getSite().getSelectionProvider().setSelection(org.eclipse.jface.viewers.StructuredSelection.EMPTY);
		org.placewise.diagram.layout.Bounds b = wigan.titleBand();
		invokeSelect(view, b.x() + 5, b.y() + 5);

		Object selected = ((org.eclipse.jface.viewers.IStructuredSelection) view.getSite().getSelectionProvider()
				.getSelection())
				.getFirstElement();
		assertNotNull(selected, "clicking Wigan selects a model object");
		assertEquals(wigan.node().objectId(),
				org.eclipse.emf.ecore.util.EcoreUtil.getID((org.eclipse.emf.ecore.EObject) selected));
	}

	@Test
	void anObjectSelectedInTheExplorerIsHighlightedOnTheDiagram() throws Exception {
		PlacewiseModelContext context = open(sample("greater-manchester.placewise"));
		activePage().showView(DiagramView.ID);
		processEvents();
		DiagramView view = (DiagramView) activePage().findView(DiagramView.ID);
		view.show(org.placewise.diagram.kinds.DiagramKind.SYSTEMS);
		org.eclipse.emf.ecore.EObject wigan = org.placewise.model.resource.Identities.find(context.model(),
				view.laidOut().nodes().stream().filter(n -> "Wigan".equals(n.node().title()) && n.isContainer())
						.findFirst().orElseThrow().node().objectId());
		assertNotNull(wigan);

		ModelExplorerView explorer = (ModelExplorerView) activePage().showView(ModelExplorerView.ID);
		processEvents();
		explorer.getViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(wigan), true);
		processEvents();

		assertEquals(1, view.viewer().getSelectedElements().size(), "the diagram highlights what the explorer selects");
		assertEquals(wigan, view.viewer().modelObject(view.viewer().getSelectedElements().get(0)));
	}

	private static void invokeSelect(DiagramView view, double x, double y) throws Exception {
		java.lang.reflect.Method select = DiagramView.class.getDeclaredMethod("select", double.class, double.class);
		select.setAccessible(true);
		select.invoke(view, x, y);
	}
}
