package org.placewise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.placewise.ui.tests.UiTestSupport.choose;
import static org.placewise.ui.tests.UiTestSupport.closeAllEditors;
import static org.placewise.ui.tests.UiTestSupport.copyOfSample;
import static org.placewise.ui.tests.UiTestSupport.execute;
import static org.placewise.ui.tests.UiTestSupport.menuBarItem;
import static org.placewise.ui.tests.UiTestSupport.menuItem;
import static org.placewise.ui.tests.UiTestSupport.open;
import static org.placewise.ui.tests.UiTestSupport.page;
import static org.placewise.ui.tests.UiTestSupport.processEvents;

import java.util.EnumSet;
import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placewise.checks.Category;
import org.placewise.checks.Finding;
import org.placewise.checks.Severity;
import org.placewise.model.governance.Delegation;
import org.placewise.ui.internal.FindingsView;
import org.placewise.ui.internal.ModelExplorerView;
import org.placewise.ui.internal.PlacewiseEditor;

/** The Findings view: quick fixes from the context menu and Ctrl+1, filters, and revealing a finding's object. */
class FindingsQuickFixTest {

	private static final String EXAMPLESHIRE = "exampleshire-scheme-of-delegation.placewise";
	private static final String OVERDUE = "delegation.review-overdue";

	private PlacewiseEditor editor;
	private FindingsView view;

	@BeforeEach
	void openExampleshire() throws Exception {
		closeAllEditors();
		editor = open(copyOfSample(EXAMPLESHIRE));
		view = (FindingsView) page().showView(FindingsView.ID);
		processEvents();
	}

	@AfterEach
	void closeEditors() {
		if (view.quickFixMenu() != null && !view.quickFixMenu().isDisposed()) {
			view.quickFixMenu().setVisible(false);
		}
		view.setFilter(EnumSet.allOf(Severity.class), null);
		view.showOnly(null);
		closeAllEditors();
	}

	private Delegation discharge() {
		return editor.context().model().getDelegations().stream().filter(d -> "Discharge fund".equals(d.getName()))
				.findFirst().orElseThrow();
	}

	private List<Finding> shown(String ruleId, Object target) {
		return view.shownFindings().stream().map(Finding.class::cast)
				.filter(f -> f.ruleId().equals(ruleId) && f.target() == target).toList();
	}

	private Finding select(String ruleId, Object target) {
		List<Finding> found = shown(ruleId, target);
		assertEquals(1, found.size(), ruleId + " on " + target);
		view.viewer().setSelection(new StructuredSelection(found.get(0)), true);
		processEvents();
		return found.get(0);
	}

	@Test
	void theContextMenuAppliesAQuickFixAsOneCommandThatUndoTakesBack() {
		Delegation discharge = discharge();
		Finding overdue = select(OVERDUE, discharge);
		String fix = overdue.rule().quickFix().orElseThrow().label();

		choose(menuItem(view.viewer().getControl().getMenu(), "Quick fix: " + fix));

		assertEquals(List.of(), shown(OVERDUE, discharge), "the finding is fixed");
		assertTrue(editor.isDirty());
		assertEquals("Undo " + fix, menuBarItem("Edit", "Undo").getText().replace("&", "").split("\t")[0]);

		page().activate(editor);
		execute("org.eclipse.ui.edit.undo");
		assertEquals(1, shown(OVERDUE, discharge).size(), "Undo brings the finding back");
		assertFalse(editor.isDirty());
	}

	@Test
	void ctrl1ListsTheQuickFixesOfTheSelectedFinding() {
		Finding overdue = select(OVERDUE, discharge());
		page().activate(view);
		processEvents();

		execute(FindingsView.QUICK_FIX_COMMAND);

		Menu fixes = view.quickFixMenu();
		assertNotNull(fixes, "Ctrl+1 opened the quick fixes");
		MenuItem fix = menuItem(fixes, "Quick fix: " + overdue.rule().quickFix().orElseThrow().label());
		fixes.setVisible(false);
		choose(fix);
		assertEquals(List.of(), shown(OVERDUE, discharge()));
	}

	@Test
	void onlyTheSelectionShowsTheFindingsOnTheObjectSelectedInTheExplorerAndWhatItContains() throws Exception {
		int all = view.shownFindings().size();
		Delegation discharge = discharge();
		var explorer = (org.placewise.ui.internal.ModelExplorerView) page()
				.showView(org.placewise.ui.internal.ModelExplorerView.ID);
		view.showOnly(discharge);
		List<Finding> onDischarge = view.shownFindings().stream().map(Finding.class::cast).toList();
		assertFalse(onDischarge.isEmpty(), "the discharge fund has findings");
		assertTrue(onDischarge.size() < all, onDischarge.size() + " of " + all);
		for (Finding f : onDischarge) {
			boolean inside = false;
			for (org.eclipse.emf.ecore.EObject o = f.target(); o != null; o = o.eContainer()) {
				inside |= o == discharge;
			}
			assertTrue(inside, f.message());
		}
		// with the box ticked, the list follows what is selected elsewhere: the whole model shows every finding
		page().activate(explorer);
		explorer.getViewer().setSelection(new StructuredSelection(editor.context().model()), true);
		for (int i = 0; i < 50 && view.shownFindings().size() != all; i++) {
			processEvents();
			Thread.sleep(20);
		}
		assertEquals(all, view.shownFindings().size(), "selecting the model shows every finding");
		view.showOnly(null);
		assertEquals(all, view.shownFindings().size());
	}

	@Test
	void ctrl1IsTheQuickFixKey() {
		assertEquals("Ctrl+1", org.eclipse.ui.PlatformUI.getWorkbench()
				.getService(org.eclipse.ui.keys.IBindingService.class)
				.getBestActiveBindingFormattedFor(FindingsView.QUICK_FIX_COMMAND));
	}

	@Test
	void aFindingWithoutAQuickFixSaysSo() {
		Finding overLimit = view.shownFindings().stream().map(Finding.class::cast)
				.filter(f -> f.ruleId().equals("delegation.exceeds-delegator-limit")).findFirst().orElseThrow();
		assertTrue(overLimit.rule().quickFix().isEmpty(), "this rule has no quick fix");
		view.viewer().setSelection(new StructuredSelection(overLimit), true);

		MenuItem none = menuItem(view.viewer().getControl().getMenu(), "No quick fix for this finding");
		assertFalse(none.isEnabled());
	}

	@Test
	void findingsCanBeNarrowedBySeverityAndCategory() {
		List<Finding> all = view.shownFindings().stream().map(Finding.class::cast).toList();
		long errors = all.stream().filter(f -> f.severity() == Severity.ERROR).count();
		assertTrue(errors > 0 && errors < all.size(), "the sample has errors and other findings");

		view.setFilter(EnumSet.of(Severity.ERROR), null);
		assertEquals(errors, view.shownFindings().size());
		assertTrue(view.getContentDescription().contains("hidden by the filters"), view.getContentDescription());

		view.setFilter(EnumSet.allOf(Severity.class), Category.DELEGATION);
		assertEquals(all.stream().filter(f -> f.ruleId().startsWith("delegation.")).count(),
				view.shownFindings().size());
	}

	@Test
	void doubleClickShowsTheObjectInTheExplorerAndItsRegisterRow() {
		Delegation discharge = discharge();
		select(OVERDUE, discharge);

		view.viewer().getControl().notifyListeners(SWT.DefaultSelection, new Event());
		processEvents();

		assertEquals("Delegations", editor.getActivePageInstance().getTitle());
		assertEquals(List.of(discharge),
				((IStructuredSelection) editor.showRegister().viewer().getSelection()).toList());
		ModelExplorerView explorer = (ModelExplorerView) page().findView(ModelExplorerView.ID);
		assertEquals(List.of(discharge), ((IStructuredSelection) explorer.getViewer().getSelection()).toList());
	}
}
