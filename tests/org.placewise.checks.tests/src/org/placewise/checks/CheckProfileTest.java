package org.placewise.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.placewise.model.governance.Board;

/** Profiles switch rules off, change severities and parameters, and reject what they do not know. */
class CheckProfileTest {
	private static final CheckCatalogue CATALOGUE = CheckCatalogue.placewise();

	private static CheckProfile profile(String... lines) throws CheckProfile.ProfileException {
		return CheckProfile.parse(List.of(lines), "test.checks", CATALOGUE);
	}

	private static List<Finding> checkBoardOf(int members, CheckProfile profile) {
		Fixture fixture = new Fixture();
		Board board = fixture.board("Oversight Group");
		fixture.members(board, members, null);
		return new Checker(CATALOGUE, profile, Fixture.AS_OF).check(fixture.model).stream()
				.filter(f -> f.ruleId().equals("board.too-many-members")).toList();
	}

	@Test
	void parameterRaisesTheThreshold() throws Exception {
		CheckProfile profile = profile("# our board accepts 25", "board.too-many-members.max = 25");

		assertEquals(List.of(), checkBoardOf(22, profile));
		assertEquals(1, checkBoardOf(26, profile).size());
		assertTrue(checkBoardOf(26, profile).get(0).message().contains("more than 25"));
	}

	@Test
	void severityCanBeChangedAndRulesSwitchedOff() throws Exception {
		CheckProfile profile = profile("board.too-many-members = error", "board.no-chair = off");

		assertEquals(Severity.ERROR, checkBoardOf(21, profile).get(0).severity());
		assertFalse(profile.isEnabled(CATALOGUE.find("board.no-chair").orElseThrow()));
	}

	@Test
	void unknownRuleParameterOrSeverityNamesFileAndLine() {
		assertEquals("test.checks line 2: unknown rule 'board.too-many' (./placewise check --list-rules lists them)",
				assertThrows(CheckProfile.ProfileException.class, () -> profile("", "board.too-many = off"))
						.getMessage());
		assertTrue(assertThrows(CheckProfile.ProfileException.class, () -> profile("board.too-many-members.min = 3"))
				.getMessage().contains("has no parameter 'min' (it has: max)"));
		assertTrue(
				assertThrows(CheckProfile.ProfileException.class, () -> profile("board.no-chair = severe")).getMessage()
						.startsWith("test.checks line 1: 'severe' is not a severity"));
		assertTrue(assertThrows(CheckProfile.ProfileException.class, () -> profile("board.too-many-members.max = lots"))
				.getMessage().contains("needs a whole number"));
	}
}
