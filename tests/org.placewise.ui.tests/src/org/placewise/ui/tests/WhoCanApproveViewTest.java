package org.placewise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.placewise.ui.tests.UiTestSupport.choose;
import static org.placewise.ui.tests.UiTestSupport.closeAllEditors;
import static org.placewise.ui.tests.UiTestSupport.copyOfSample;
import static org.placewise.ui.tests.UiTestSupport.execute;
import static org.placewise.ui.tests.UiTestSupport.menuBarItem;
import static org.placewise.ui.tests.UiTestSupport.menuItem;
import static org.placewise.ui.tests.UiTestSupport.open;
import static org.placewise.ui.tests.UiTestSupport.page;
import static org.placewise.ui.tests.UiTestSupport.processEvents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placewise.model.governance.DecisionArea;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.GovernancePackage;
import org.placewise.ui.internal.ModelExplorerView;
import org.placewise.ui.internal.PlacewiseEditor;
import org.placewise.ui.internal.approvals.WhoCanApproveView;

/**
 * Model > Who Can Approve... on the Exampleshire sample. The expected answers are worked out by hand from the sample's
 * scheme of delegation: the ICB Board delegates 'Community services budget' (a £5,000,000 budget covering community
 * services, the discharge fund and intermediate care; from 1 Apr 2024; decisions above £1,000,000 escalate to the ICB
 * Board, as do decisions rated high risk; decommissioning reserved; review due 31 Mar 2025) to the Exampletown Place
 * Committee, which delegates 'Discharge fund' (a £2,000,000 budget, review due 31 Mar 2025) to the Exampletown place
 * lead, held by Alex Example. The ICB Board retains 'Decommissioning a service'.
 */
class WhoCanApproveViewTest {

	private static final String EXAMPLESHIRE = "exampleshire-scheme-of-delegation.placewise";
	private static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);
	private static final String COMMUNITY_SERVICES = "'Community services budget' from ICB Board; budget £5,000,000;"
			+ " decisions above £1,000,000 go to ICB Board; also escalated: Any decision rated high risk on the ICB risk"
			+ " matrix; reserved: Decommissioning a service; review overdue since 31 Mar 2025";

	/** £250,000 from the discharge fund at Exampletown on 26 Nov 2026: three bodies, with their chains. */
	private static final String QUARTER_MILLION_AT_EXAMPLETOWN = "Discharge fund allocation\n"
			+ "  May approve:\n"
			+ "    ICB Board: holds it in its own right and delegated it\n"
			+ "    Exampletown Place Committee: by 1 delegation:\n"
			+ "      " + COMMUNITY_SERVICES + "\n"
			+ "    Exampletown place lead (held by Alex Example): by 2 delegations:\n"
			+ "      " + COMMUNITY_SERVICES + "\n"
			+ "      'Discharge fund' from Exampletown Place Committee; budget £2,000,000; review overdue since"
			+ " 31 Mar 2025\n";

	private PlacewiseEditor editor;
	private WhoCanApproveView view;

	@BeforeEach
	void openExampleshireAndAskFromTheModelMenu() throws Exception {
		closeAllEditors();
		editor = open(copyOfSample(EXAMPLESHIRE));
		choose(menuBarItem("Model", "Who Can Approve..."));
		view = (WhoCanApproveView) page().findView(WhoCanApproveView.ID);
	}

	@AfterEach
	void closeEditors() {
		closeAllEditors();
	}

	/** Fills in the question and presses Enter in the amount field, as a user would. */
	private void ask(String area, String amount, String footprint, LocalDate asOf) {
		view.fillIn(area, amount, footprint, asOf);
		Event enter = new Event();
		enter.widget = amountField();
		amountField().notifyListeners(SWT.DefaultSelection, enter);
		processEvents();
	}

	private org.eclipse.swt.widgets.Text amountField() {
		for (var control : ((org.eclipse.swt.widgets.Composite) view.viewer().getControl().getParent().getChildren()[0])
				.getChildren()) {
			if (control instanceof org.eclipse.swt.widgets.Text text) {
				return text;
			}
		}
		throw new AssertionError("the view has an amount field");
	}

	/** @return the answer as the tree shows it, two spaces an indent */
	private String shown() {
		StringBuilder text = new StringBuilder();
		for (TreeItem item : view.viewer().getTree().getItems()) {
			append(item, "", text);
		}
		return text.toString();
	}

	private static void append(TreeItem item, String indent, StringBuilder text) {
		text.append(indent).append(item.getText()).append('\n');
		for (TreeItem child : item.getItems()) {
			append(child, indent + "  ", text);
		}
	}

	private Delegation delegation(String name) {
		return editor.context().model().getDelegations().stream().filter(d -> name.equals(d.getName())).findFirst()
				.orElseThrow();
	}

	@Test
	void aQuarterOfAMillionFromTheDischargeFundAtExampletownMayBeApprovedByThreeBodiesWithTheirChains() {
		ask("Discharge fund allocation", "£250k", "Exampletown", AS_OF);

		assertEquals(QUARTER_MILLION_AT_EXAMPLETOWN, shown());
		assertEquals("", view.problem());
		assertEquals(view.getContentDescription(), editor.context().shortName()
				+ ": Who can approve £250,000 for 'Discharge fund allocation' at Exampletown, as of 26 Nov 2026");
	}

	@Test
	void aboveTheEscalationThresholdOnlyTheIcbBoardMayApproveAndTheOthersAreToldWhyNot() {
		ask("Discharge fund allocation", "1,500,000", "", AS_OF);

		assertEquals("Discharge fund allocation\n"
				+ "  May approve:\n"
				+ "    ICB Board: holds it in its own right and delegated it\n"
				+ "  May not:\n"
				+ "    Exampletown Place Committee: £1,500,000 is above £1,000,000, so under 'Community services"
				+ " budget' it goes to ICB Board\n"
				+ "    Exampletown place lead (held by Alex Example): £1,500,000 is above £1,000,000, so under"
				+ " 'Community services budget' it goes to ICB Board\n", shown());
	}

	@Test
	void wordsMatchingNoDecisionAreaAreExplainedWithTheAreasThereAre() {
		ask("care home placements", "", "", AS_OF);

		assertEquals("Nobody: no decision area's name contains 'care home placements'. The decision areas are:"
				+ " 'Community services commissioning', 'Discharge fund allocation', 'Intermediate care pool"
				+ " operations', 'Decommissioning a service'.\n", shown());
	}

	@Test
	void anAmountThatIsNotInPoundsIsExplainedAndTheAnswerToTheLastQuestionIsNoLongerShown() {
		ask("Discharge fund allocation", "250000", "Exampletown", AS_OF);
		ask("Discharge fund allocation", "lots", "", AS_OF);

		assertEquals("Amount: 'lots' is not an amount in pounds; write it as digits, e.g. 250000, 250,000 or £250k.",
				view.problem());
		assertEquals("", shown());
		assertEquals(editor.context().shortName() + ": the question is not complete; see below.",
				view.getContentDescription());

		// an edit does not bring back the answer to the earlier question
		editor.context().commandStack()
				.execute(SetCommand.create(editor.context().domain(), delegation("Discharge fund"),
						GovernancePackage.Literals.DELEGATION__FINANCIAL_LIMIT, new BigDecimal("200000")));
		processEvents();
		assertEquals("", shown());
	}

	@Test
	void aFootprintTheModelDoesNotHaveIsExplained() {
		ask("Discharge fund allocation", "250000", "Wigan", AS_OF);

		assertEquals("Footprint: the model has no footprint named 'Wigan'; choose one from the list, or leave it empty"
				+ " for any footprint.", view.problem());
	}

	@Test
	void theAnswerFollowsAnEditAndItsUndo() {
		ask("Discharge fund allocation", "250000", "Exampletown", AS_OF);
		Delegation discharge = delegation("Discharge fund");

		editor.context().commandStack().execute(SetCommand.create(editor.context().domain(), discharge,
				GovernancePackage.Literals.DELEGATION__FINANCIAL_LIMIT, new BigDecimal("200000")));
		processEvents();

		assertEquals("Discharge fund allocation\n"
				+ "  May approve:\n"
				+ "    ICB Board: holds it in its own right and delegated it\n"
				+ "    Exampletown Place Committee: by 1 delegation:\n"
				+ "      " + COMMUNITY_SERVICES + "\n"
				+ "  May not:\n"
				+ "    Exampletown place lead (held by Alex Example): £250,000 is above the limit of £200,000 set by"
				+ " 'Discharge fund'\n", shown());

		execute("org.eclipse.ui.edit.undo");
		processEvents();
		assertEquals(QUARTER_MILLION_AT_EXAMPLETOWN, shown());
	}

	@Test
	void theCommandOnADecisionAreaSelectedInTheExplorerAsksAboutIt() throws Exception {
		DecisionArea decommissioning = editor.context().model().getDecisionAreas().stream()
				.filter(a -> a.getName().equals("Decommissioning a service")).findFirst().orElseThrow();
		ModelExplorerView explorer = (ModelExplorerView) page().showView(ModelExplorerView.ID);
		explorer.reveal(decommissioning);
		processEvents();

		choose(menuItem(explorer.getViewer().getControl().getMenu(), "Who Can Approve..."));

		assertEquals("Decommissioning a service\n"
				+ "  May approve:\n"
				+ "    ICB Board: retains this decision area for itself (reserved at board level)\n", shown());
	}

	@Test
	void doubleClickingADelegationShowsItInTheRegisterAndTheExplorer() {
		ask("Discharge fund allocation", "250000", "Exampletown", AS_OF);
		TreeItem placeLead = view.viewer().getTree().getItem(0).getItem(0).getItem(2);
		TreeItem dischargeLine = placeLead.getItem(1);
		view.viewer().getTree().setSelection(dischargeLine);

		view.viewer().getControl().notifyListeners(SWT.DefaultSelection, new Event());
		processEvents();

		Delegation discharge = delegation("Discharge fund");
		assertEquals("Delegations", editor.getActivePageInstance().getTitle());
		assertEquals(List.of(discharge),
				((IStructuredSelection) editor.showRegister().viewer().getSelection()).toList());
		ModelExplorerView explorer = (ModelExplorerView) page().findView(ModelExplorerView.ID);
		assertEquals(List.of(discharge), ((IStructuredSelection) explorer.getViewer().getSelection()).toList());
	}
}
