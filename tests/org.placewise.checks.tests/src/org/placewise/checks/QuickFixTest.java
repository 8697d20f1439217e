package org.placewise.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.governance.Delegation;

/**
 * Every quick fix, applied through an editing domain's command stack, removes the finding it fixes; undo brings the
 * finding back and leaves the model exactly as it was.
 */
class QuickFixTest {

	static Stream<RuleCasesTest.Case> casesWithQuickFix() {
		return RuleCasesTest.cases()
				.filter(c -> CheckCatalogue.placewise().find(c.ruleId()).orElseThrow().quickFix().isPresent());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("casesWithQuickFix")
	void quickFixRemovesTheFindingAndUndoRestoresModelAndFinding(RuleCasesTest.Case c) {
		Fixture fixture = new Fixture();
		EObject target = c.build().apply(fixture, true);
		assertEquals(1, findingsOn(fixture, c.ruleId(), target).size());
		PlacewiseModel before = EcoreUtil.copy(fixture.model);
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(),
				new BasicCommandStack());
		Command fix = quickFixCommand(c.ruleId(), domain, target);

		assertTrue(fix.canExecute(), "fix can execute");
		domain.getCommandStack().execute(fix);

		assertEquals(List.of(), findingsOn(fixture, c.ruleId(), target));
		assertFalse(EcoreUtil.equals(before, fixture.model), "the fix changed the model");

		domain.getCommandStack().undo();

		assertEquals(1, findingsOn(fixture, c.ruleId(), target).size());
		assertTrue(EcoreUtil.equals(before, fixture.model), "undo restores the model");
	}

	@Test
	void reviewDateFixSetsTheReviewDateAYearAfterTheAsOfDate() {
		Fixture fixture = new Fixture();
		Delegation delegation = fixture.delegation("Place budget", fixture.board("ICB"), fixture.board("Place"), 1L);
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(),
				new BasicCommandStack());
		Command fix = quickFixCommand("delegation.no-review-date", domain, delegation);

		domain.getCommandStack().execute(fix);

		assertEquals(Fixture.AS_OF.plusYears(1), delegation.getReviewDate());
		assertEquals("Set the review date to 26 Nov 2027", fix.getLabel());
	}

	@Test
	void atLeastTheFourKindsOfQuickFixExist() {
		List<String> withFix = casesWithQuickFix().map(RuleCasesTest.Case::ruleId).toList();

		assertTrue(withFix.containsAll(List.of("delegation.review-overdue", "programme.no-outcome-kpi",
				"partnership.no-dispute-procedure", "delegation.no-escalation-rule")), withFix.toString());
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Command quickFixCommand(String ruleId, AdapterFactoryEditingDomain domain, EObject target) {
		CheckRule rule = CheckCatalogue.placewise().find(ruleId).orElseThrow();
		QuickFix fix = (QuickFix) rule.quickFix().orElseThrow();
		return fix.createCommand(domain, target,
				new Checker(CheckCatalogue.placewise(), CheckProfile.DEFAULT, Fixture.AS_OF)
						.newContext());
	}

	private static List<Finding> findingsOn(Fixture fixture, String ruleId, EObject target) {
		return fixture.check().stream().filter(f -> f.ruleId().equals(ruleId) && f.target() == target).toList();
	}
}
