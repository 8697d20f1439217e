package org.placewise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placewise.checks.Checker;
import org.placewise.checks.Finding;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.GovernanceFactory;
import org.placewise.model.governance.LegalBasis;
import org.placewise.ui.internal.register.DelegationRegisterPart;
import org.placewise.ui.internal.register.RegisterColumn;

/** The delegation register over the Exampleshire scheme of delegation, in a plain shell. */
class DelegationRegisterPartTest {

	private PartFixture fixture;
	private DelegationRegisterPart register;
	private List<Finding> findings;

	@BeforeEach
	void open() throws Exception {
		fixture = new PartFixture("exampleshire-scheme-of-delegation.placewise");
		findings = Checker.placewise().check(fixture.model);
		Function<EObject, List<Finding>> on = o -> findings.stream().filter(f -> f.target() == o).toList();
		register = new DelegationRegisterPart(fixture.shell, fixture.domain, fixture.model, on);
		fixture.shell.open();
		PartFixture.processEvents();
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	private Delegation named(String name) {
		return fixture.model.getDelegations().stream().filter(d -> name.equals(d.getName())).findFirst().orElseThrow();
	}

	private String cell(Delegation delegation, RegisterColumn column) {
		int row = register.shownDelegations().indexOf(delegation);
		assertTrue(row >= 0, delegation.getName() + " is shown");
		return register.viewer().getTable().getItem(row).getText(register.columns().indexOf(column));
	}

	@Test
	void oneRowPerDelegationWithTheColumnsWordedAsEverywhere() {
		assertEquals(fixture.model.getDelegations().size(), register.viewer().getTable().getItemCount());
		assertEquals(List.of("Name", "Delegator", "Delegate", "Scope", "Financial limit", "Reserved matters",
				"Escalation rule", "Legal basis", "Start date", "Review date", "Findings"), register.columnTitles());
		Delegation budget = named("Community services budget");
		assertEquals("ICB Board", cell(budget, RegisterColumn.DELEGATOR));
		assertEquals("£5,000,000", cell(budget, RegisterColumn.LIMIT));
		assertEquals("ICB constitution", cell(budget, RegisterColumn.LEGAL_BASIS));
		assertEquals("1 Apr 2024", cell(budget, RegisterColumn.START_DATE));
	}

	@Test
	void findingsColumnGivesCountAndWorstSeverity() {
		Delegation pool = named("Intermediate care pool decisions");
		long count = findings.stream().filter(f -> f.target() == pool).count();
		assertTrue(
				findings.stream()
						.anyMatch(f -> f.target() == pool && f.ruleId().equals("delegation.exceeds-delegator-limit")),
				"the planted over-limit delegation");
		assertEquals(count + (count == 1 ? " finding" : " findings") + ", worst: error",
				cell(pool, RegisterColumn.FINDINGS));
		PartFixture.screenshot(fixture.shell, "delegation-register");
	}

	@Test
	void aLimitTypedInTheCellChangesTheModelAndOneUndoRestoresIt() {
		Delegation fund = named("Discharge fund");
		BigDecimal before = fund.getFinancialLimit();

		register.viewer().editElement(fund, register.columns().indexOf(RegisterColumn.LIMIT));
		Text editor = activeEditor();
		assertEquals("£2,000,000", editor.getText(), "the cell editor starts from the value shown");
		editor.setText("£2,500,000");
		register.viewer().applyEditorValue();
		PartFixture.processEvents();

		assertEquals(0, new BigDecimal("2500000").compareTo(fund.getFinancialLimit()));
		assertEquals("£2,500,000", cell(fund, RegisterColumn.LIMIT));
		fixture.domain.getCommandStack().undo();
		assertEquals(before, fund.getFinancialLimit());
		assertEquals("£2,000,000", cell(fund, RegisterColumn.LIMIT), "the row follows the undo");
	}

	private Text activeEditor() {
		Table table = register.viewer().getTable();
		return Arrays.stream(table.getChildren()).filter(Text.class::isInstance).map(Text.class::cast)
				.filter(t -> !t.isDisposed() && t.isVisible()).findFirst()
				.orElseThrow(() -> new AssertionError("no cell editor"));
	}

	@Test
	void aValueThatIsNoAmountIsRefusedWithAReasonAndChangesNothing() {
		Delegation fund = named("Discharge fund");
		assertFalse(register.edit(fund, RegisterColumn.LIMIT, "two million"));
		assertEquals(0, new BigDecimal("2000000").compareTo(fund.getFinancialLimit()));
		assertTrue(register.status().contains("'two million' is not an amount of money"), register.status());
		assertFalse(fixture.domain.getCommandStack().canUndo());
	}

	@Test
	void datesAreTypedTheUkWayAndLegalBasisIsChosenByItsDisplayText() {
		Delegation fund = named("Discharge fund");
		assertTrue(register.edit(fund, RegisterColumn.REVIEW_DATE, "31/03/2027"));
		assertEquals("31 Mar 2027", cell(fund, RegisterColumn.REVIEW_DATE));

		register.viewer().editElement(fund, register.columns().indexOf(RegisterColumn.LEGAL_BASIS));
		org.eclipse.swt.custom.CCombo combo = Arrays.stream(register.viewer().getTable().getChildren())
				.filter(org.eclipse.swt.custom.CCombo.class::isInstance).map(org.eclipse.swt.custom.CCombo.class::cast)
				.findFirst().orElseThrow();
		assertTrue(Arrays.asList(combo.getItems()).contains("NHS Act 2006 s.75"), Arrays.toString(combo.getItems()));
		combo.select(LegalBasis.VALUES.indexOf(LegalBasis.NHS_ACT_SECTION_75));
		combo.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		register.viewer().applyEditorValue();
		assertEquals(LegalBasis.NHS_ACT_SECTION_75, fund.getLegalBasis());
	}

	@Test
	void theFilterNarrowsTheRowsToThoseWithTheTextInAnyColumn() {
		int all = register.shownDelegations().size();
		register.setFilter("icb board");
		List<Delegation> shown = register.shownDelegations();
		assertTrue(shown.size() > 0 && shown.size() < all, shown.size() + " of " + all);
		assertEquals(shown.size(), register.viewer().getTable().getItemCount());
		for (Delegation d : fixture.model.getDelegations()) {
			boolean hasText = register.columns().stream()
					.anyMatch(c -> c.text(d, o -> List.of()).toLowerCase().contains("icb board"));
			assertEquals(hasText, shown.contains(d), d.getName());
		}
		register.setFilter("");
		assertEquals(all, register.shownDelegations().size());
	}

	@Test
	void everyColumnSortsAndTheLimitSortsByAmount() {
		Table table = register.viewer().getTable();
		for (int i = 0; i < table.getItemCount(); i++) {
			table.getItem(i).getText(0); // rows already on screen must be re-read when sorted
		}
		register.sortBy(RegisterColumn.LIMIT, false);
		List<BigDecimal> limits = register.shownDelegations().stream().map(Delegation::getFinancialLimit).toList();
		BigDecimal max = limits.stream().filter(l -> l != null).max(BigDecimal::compareTo).orElseThrow();
		assertEquals(0, max.compareTo(limits.get(0)), "largest limit first: " + limits);
		assertEquals("£" + String.format("%,d", max.longValueExact()), register.viewer().getTable().getItem(0)
				.getText(register.columns().indexOf(RegisterColumn.LIMIT)));
		for (RegisterColumn column : register.columns()) {
			register.sortBy(column, true);
			List<String> texts = new ArrayList<>();
			for (Delegation d : register.shownDelegations()) {
				texts.add(d.getName());
			}
			assertEquals(fixture.model.getDelegations().size(), texts.size(), column.name());
		}
		register.sortBy(RegisterColumn.NAME, true);
		List<String> names = register.shownDelegations().stream().map(d -> d.getName().toLowerCase()).toList();
		assertEquals(names.stream().sorted().toList(), names);
		List<String> shownNames = new ArrayList<>();
		for (int i = 0; i < table.getItemCount(); i++) {
			shownNames.add(table.getItem(i).getText(register.columns().indexOf(RegisterColumn.NAME)).toLowerCase());
		}
		assertEquals(names, shownNames, "the table shows the rows in the sorted order");
	}

	@Test
	void addCreatesADelegationInTheModelThatOneUndoRemoves() {
		int before = fixture.model.getDelegations().size();
		register.setFilter("no such delegation");
		Delegation added = register.addDelegation();
		assertNotNull(added);
		assertEquals(before + 1, fixture.model.getDelegations().size());
		assertTrue(fixture.model.getDelegations().contains(added));
		assertTrue(register.shownDelegations().contains(added), "the filter is cleared so the new row shows");
		register.viewer().cancelEditing();
		fixture.domain.getCommandStack().undo();
		assertEquals(before, fixture.model.getDelegations().size());
		assertNull(added.eContainer());
	}

	@Test
	void reservedMattersAreTypedAsAListAndOneUndoRestoresThem() {
		Delegation fund = named("Discharge fund");
		List<String> before = fund.getReservedMatters().stream().map(m -> m.getName()).toList();
		assertTrue(register.edit(fund, RegisterColumn.RESERVED_MATTERS, "Closing a service; Tariff changes"));
		assertEquals(List.of("Closing a service", "Tariff changes"),
				fund.getReservedMatters().stream().map(m -> m.getName()).toList());
		fixture.domain.getCommandStack().undo();
		assertEquals(before, fund.getReservedMatters().stream().map(m -> m.getName()).toList());
	}

	@Test
	void onlyTheRowsOnScreenAreWordedWithThousandsOfDelegations() {
		fixture.close();
		AtomicInteger asked = new AtomicInteger();
		Function<EObject, List<Finding>> counting = o -> {
			asked.incrementAndGet();
			return List.of();
		};
		for (int i = 0; i < 5000; i++) {
			Delegation d = GovernanceFactory.eINSTANCE.createDelegation();
			d.setName("Delegation " + i);
			fixture.model.getDelegations().add(d);
		}
		org.eclipse.swt.widgets.Shell shell = new org.eclipse.swt.widgets.Shell(
				org.eclipse.swt.widgets.Display.getCurrent());
		try {
			shell.setLayout(new org.eclipse.swt.layout.FillLayout());
			shell.setSize(1200, 500);
			DelegationRegisterPart big = new DelegationRegisterPart(shell, fixture.domain, fixture.model, counting);
			shell.open();
			PartFixture.processEvents();
			assertTrue(big.viewer().getTable().getItemCount() > 5000);
			assertTrue(asked.get() > 0, "the rows on screen show their findings");
			assertTrue(asked.get() < 500, "only rows on screen are worded, not all 5,000: " + asked.get());
		} finally {
			shell.dispose();
		}
	}
}
