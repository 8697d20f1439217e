package org.placewise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placewise.model.core.NamedElement;
import org.placewise.model.governance.DecisionMaker;
import org.placewise.model.governance.Delegation;
import org.placewise.ui.internal.wizards.NewDelegationPage;
import org.placewise.ui.internal.wizards.NewDelegationWizard;

/** The new delegation wizard on the Exampleshire scheme, whose place committee holds £5,000,000. */
class NewDelegationWizardTest {

	private static final String RULE = "delegation.exceeds-delegator-limit";

	private PartFixture fixture;
	private NewDelegationWizard wizard;
	private TestWizardDialog dialog;

	@BeforeEach
	void open() throws Exception {
		fixture = new PartFixture("exampleshire-scheme-of-delegation.placewise");
		wizard = new NewDelegationWizard(fixture.domain, fixture.model);
		dialog = new TestWizardDialog(wizard);
		dialog.open();
	}

	@AfterEach
	void close() {
		if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
		fixture.close();
	}

	private DecisionMaker board(String name) {
		return fixture.model.getBoards().stream().filter(b -> name.equals(b.getName())).findFirst().orElseThrow();
	}

	private void fill(NewDelegationPage page, String limit) {
		page.delegator().setFilter("place committee");
		page.delegator().choose(board("Exampletown Place Committee"));
		page.delegate().setFilter("place lead");
		page.delegate().choose(fixture.model.getRoles().stream()
				.filter(r -> "Exampletown place lead".equals(r.getName())).findFirst().orElseThrow());
		page.name().setText("North locality budget");
		page.limit().setText(limit);
	}

	@Test
	void theChoiceListsAreFiltered() {
		NewDelegationPage page = wizard.page();
		int all = page.delegator().shown().size();
		page.delegator().setFilter("place committee");
		List<DecisionMaker> shown = page.delegator().shown();
		assertTrue(shown.size() >= 1 && shown.size() < all, shown.size() + " of " + all);
		assertTrue(
				shown.stream().allMatch(d -> ((NamedElement) d).getName().toLowerCase().contains("place committee")));
	}

	@Test
	void aLimitAboveTheDelegatorsOwnIsWarnedAboutWhileTyping() {
		NewDelegationPage page = wizard.page();
		fill(page, "£4,000,000");
		assertFalse(page.findings().stream().anyMatch(f -> f.ruleId().equals(RULE)), "within the £5,000,000 held");

		page.limit().setText("£6,000,000");

		assertTrue(page.findings().stream().anyMatch(f -> f.ruleId().equals(RULE)), page.shownFindings().toString());
		assertTrue(
				page.shownFindings().stream().anyMatch(line -> line.startsWith("Error: ") && line.contains("£6,000,000")
						&& line.contains("£5,000,000")),
				page.shownFindings().toString());
		assertTrue(page.getMessage().contains("£6,000,000"), page.getMessage());
		assertTrue(dialog.finishEnabled(), "a finding warns; it does not stop the person recording what was decided");
		assertTrue(fixture.model.getDelegations().stream().noneMatch(d -> "North locality budget".equals(d.getName())),
				"typing never touches the model");
		assertFalse(fixture.domain.getCommandStack().canUndo());
		PartFixture.screenshot(dialog.getShell(), "wizard-new-delegation");
	}

	@Test
	void finishAddsTheDelegationAsOneCommandThatOneUndoTakesBack() {
		NewDelegationPage page = wizard.page();
		fill(page, "£6,000,000");
		DecisionMaker delegator = board("Exampletown Place Committee");
		int given = delegator.getDelegationsGiven().size();
		int count = fixture.model.getDelegations().size();

		dialog.pressFinish();

		Delegation added = fixture.model.getDelegations().get(count);
		assertEquals("North locality budget", added.getName());
		assertSame(delegator, added.getDelegator());
		assertEquals(0, new BigDecimal("6000000").compareTo(added.getFinancialLimit()));
		assertEquals(given + 1, delegator.getDelegationsGiven().size());

		fixture.domain.getCommandStack().undo();

		assertEquals(count, fixture.model.getDelegations().size());
		assertEquals(given, delegator.getDelegationsGiven().size());
		assertNull(added.eContainer());
		assertFalse(fixture.domain.getCommandStack().canUndo(), "one Undo took it all back");
	}

	@Test
	void aLimitThatIsNoAmountKeepsFinishOff() {
		NewDelegationPage page = wizard.page();
		fill(page, "lots");
		assertFalse(dialog.finishEnabled());
		assertTrue(page.getErrorMessage().contains("'lots' is not an amount of money"), page.getErrorMessage());
	}
}
