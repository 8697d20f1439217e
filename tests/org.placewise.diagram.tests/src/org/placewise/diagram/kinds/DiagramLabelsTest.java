package org.placewise.diagram.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.placewise.model.footprint.FootprintKind;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.GovernanceFactory;
import org.placewise.model.governance.LegalBasis;

class DiagramLabelsTest {

	@ParameterizedTest
	@CsvSource({ "74, £74", "2.5, £2.50", "9999, '£9,999'", "950000, £950k", "1000000, £1m", "7500000, £7.5m",
			"1250000, £1.25m", "1000000000, £1bn", "-2000000, -£2m" })
	void moneyOnTheDrawingIsShort(String amount, String expected) {
		assertEquals(expected, DiagramLabels.money(new BigDecimal(amount)));
	}

	@Test
	void missingMoneyIsSaidToBeMissing() {
		assertEquals("not recorded", DiagramLabels.money(null));
	}

	@Test
	void delegationSentenceWordsTheLegalBasisAndReviewDateAsTheLabelApi() {
		Delegation delegation = GovernanceFactory.eINSTANCE.createDelegation();
		delegation.setLegalBasis(LegalBasis.NHS_ACT_SECTION_65Z5);
		delegation.setReviewDate(LocalDate.of(2026, 3, 31));
		String sentence = DiagramLabels.delegationSentence(delegation);
		assertTrue(sentence.endsWith("; legal basis: NHS Act 2006 s.65Z5; review by 31 Mar 2026."), sentence);
	}

	@Test
	void footprintCountsUseTheLevelInWordsAndItsPlural() {
		assertEquals("1 integrated care system", DiagramLabels.footprintCount(FootprintKind.INTEGRATED_CARE_SYSTEM, 1));
		assertEquals("6 localities", DiagramLabels.footprintCount(FootprintKind.LOCALITY, 6));
		assertEquals("2 places", DiagramLabels.footprintCount(FootprintKind.PLACE, 2));
	}

	@Test
	void theFourDiagramsHaveOneNameEach() {
		assertEquals("Systems within systems", DiagramKind.SYSTEMS.title());
		assertEquals("Governance and delegations", DiagramKind.GOVERNANCE.title());
		assertEquals("Outcome tree", DiagramKind.OUTCOMES.title());
		assertEquals("Money", DiagramKind.MONEY.title());
	}

	@Test
	void unknownKindOfDiagramNamesTheKindsThereAre() {
		var e = assertThrows(DiagramException.class, () -> DiagramKind.parse("org-chart"));
		assertEquals("'org-chart' is not a kind of diagram: use systems, governance, outcomes, money.", e.getMessage());
		assertEquals(DiagramKind.MONEY, DiagramKind.parse(" Money "));
	}

	@Test
	void unknownElementKindNamesTheKindsThereAre() {
		var e = assertThrows(DiagramException.class, () -> ElementKind.parse("people"));
		assertTrue(e.getMessage().contains("reporting-lines"), e.getMessage());
		assertEquals(ElementKind.REPORTING_LINES, ElementKind.parse("reporting_lines"));
	}
}
