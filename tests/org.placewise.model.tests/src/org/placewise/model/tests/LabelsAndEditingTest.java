package org.placewise.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.Test;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.edit.label.PlacewiseAdapterFactory;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.GovernancePackage;
import org.placewise.model.governance.LegalBasis;

/** Labels, property categories and undoable commands from model.edit. */
class LabelsAndEditingTest {

	private final PlacewiseAdapterFactory adapterFactory = new PlacewiseAdapterFactory();

	@Test
	void moneyIsShownInPoundsTheBritishWay() {
		assertEquals("£5,000,000", PlacewiseLabels.money(new BigDecimal("5000000")));
		assertEquals("£74", PlacewiseLabels.money(new BigDecimal("74")));
		assertEquals("£2.50", PlacewiseLabels.money(new BigDecimal("2.5")));
		assertEquals("(not recorded)", PlacewiseLabels.money(null));
	}

	@Test
	void delegationLabelNamesBothEndsAndTheLimit() {
		Delegation delegation = Samples.load("exampleshire-scheme-of-delegation").getDelegations().get(0);
		IItemLabelProvider labels = (IItemLabelProvider) adapterFactory.adapt((Object) delegation,
				IItemLabelProvider.class);
		assertEquals("Delegation: ICB Board \u2192 Exampletown Place Committee, £5,000,000",
				labels.getText(delegation));
	}

	@Test
	void measureLabelShowsBaselineAndTargetOrThatTheyAreMissing() {
		PlacewiseModel essex = Samples.load("mid-and-south-essex-older-adults");
		assertEquals("Measure: Average number of delay days per community hospital inpatient (10.0 \u2192 8.4)",
				PlacewiseLabels.text(essex.getMeasures().get(2)));
		assertEquals("Measure: Frailty avoided admissions per week ((not recorded) \u2192 (not recorded))",
				PlacewiseLabels.text(essex.getMeasures().get(0)));
	}

	@Test
	void delegationPropertiesAreGroupedInCategories() {
		Delegation delegation = Samples.load("exampleshire-scheme-of-delegation").getDelegations().get(0);
		IItemPropertySource properties = (IItemPropertySource) adapterFactory.adapt((Object) delegation,
				IItemPropertySource.class);
		Set<String> categories = new HashSet<>();
		for (IItemPropertyDescriptor descriptor : properties.getPropertyDescriptors(delegation)) {
			categories.add(descriptor.getCategory(delegation));
		}
		assertTrue(categories.containsAll(Set.of("Identity", "Governance", "Money", "Dates")), categories.toString());
	}

	@Test
	void propertySheetsShowTheDisplayTextOfFeaturesLiteralsAndDates() {
		Delegation delegation = Samples.load("exampleshire-scheme-of-delegation").getDelegations().get(0);
		delegation.setLegalBasis(LegalBasis.NHS_ACT_SECTION_65Z5);
		delegation.setReviewDate(LocalDate.of(2026, 3, 31));
		IItemPropertySource properties = (IItemPropertySource) adapterFactory.adapt((Object) delegation,
				IItemPropertySource.class);
		IItemPropertyDescriptor legalBasis = descriptor(properties, delegation,
				GovernancePackage.Literals.DELEGATION__LEGAL_BASIS);
		assertEquals("Legal basis", legalBasis.getDisplayName(delegation));
		assertEquals("NHS Act 2006 s.65Z5",
				legalBasis.getLabelProvider(delegation).getText(legalBasis.getPropertyValue(delegation)));
		assertEquals("NHS Act 2006 s.65Z5",
				legalBasis.getLabelProvider(delegation).getText(LegalBasis.NHS_ACT_SECTION_65Z5));
		IItemPropertyDescriptor reviewDate = descriptor(properties, delegation,
				GovernancePackage.Literals.DELEGATION__REVIEW_DATE);
		assertEquals("Review date", reviewDate.getDisplayName(delegation));
		assertEquals("31 Mar 2026",
				reviewDate.getLabelProvider(delegation).getText(reviewDate.getPropertyValue(delegation)));
		IItemPropertyDescriptor limit = descriptor(properties, delegation,
				GovernancePackage.Literals.DELEGATION__FINANCIAL_LIMIT);
		assertEquals("Financial limit", limit.getDisplayName(delegation));
	}

	private static IItemPropertyDescriptor descriptor(IItemPropertySource properties, Object object, Object feature) {
		for (IItemPropertyDescriptor descriptor : properties.getPropertyDescriptors(object)) {
			if (descriptor.getFeature(object) == feature) {
				return descriptor;
			}
		}
		throw new AssertionError("no property descriptor for " + feature);
	}

	@Test
	void editsAreCommandsThatCanBeUndone() {
		Delegation delegation = Samples.load("exampleshire-scheme-of-delegation").getDelegations().get(0);
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack());
		Command raise = SetCommand.create(domain, delegation, GovernancePackage.Literals.DELEGATION__FINANCIAL_LIMIT,
				new BigDecimal("6000000"));
		domain.getCommandStack().execute(raise);
		assertEquals(new BigDecimal("6000000"), delegation.getFinancialLimit());
		domain.getCommandStack().undo();
		assertEquals(new BigDecimal("5000000"), delegation.getFinancialLimit());
	}
}
