package org.placewise.diagram.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.placewise.model.governance.PartnershipModel;

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
    void enumLiteralsReadAsWordsWithAcronymsInCapitals() {
        assertEquals("Committee of the ICB", DiagramLabels.words(PartnershipModel.COMMITTEE_OF_THE_ICB));
        assertEquals("Joint venture", DiagramLabels.words(PartnershipModel.JOINT_VENTURE));
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
