package org.placewise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.placewise.ui.internal.AboutHandler;
import org.placewise.ui.internal.ModelExplorerView;
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
}
