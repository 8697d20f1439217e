package org.placewise.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.placewise.model.core.PlacewiseModel;

/** The catalogue as an EMF validator: Diagnostician reports the same findings as the checker. */
class PlacewiseValidatorTest {

	@Test
	void diagnosticianReportsEveryFindingWithRuleIdCodeAndTarget() {
		PlacewiseValidator.register();
		PlacewiseModel model = Samples.load("exampleshire-scheme-of-delegation.placewise");
		Map<Object, Object> context = new HashMap<>();
		context.put(PlacewiseValidator.AS_OF, Fixture.AS_OF);

		Diagnostic result = Diagnostician.INSTANCE.validate(model, context);

		List<FindingDiagnostic> diagnostics = new ArrayList<>();
		collect(result, diagnostics);
		List<Finding> findings = new Checker(CheckCatalogue.placewise(), CheckProfile.DEFAULT, Fixture.AS_OF)
				.check(model);
		assertEquals(findings.size(), diagnostics.size());
		FindingDiagnostic limit = diagnostics.stream()
				.filter(d -> d.ruleId().equals("delegation.exceeds-delegator-limit"))
				.findFirst().orElseThrow();
		assertEquals(FindingDiagnostic.SOURCE, limit.getSource());
		assertEquals(FindingDiagnostic.code("delegation.exceeds-delegator-limit"), limit.getCode());
		assertEquals(Diagnostic.ERROR, limit.getSeverity());
		assertTrue(limit.getData().get(0) instanceof EObject target
				&& ObjectPaths.name(target).equals("Intermediate care pool decisions"));
		assertSame(limit.finding().target(), limit.getData().get(0));
		assertEquals(Diagnostic.ERROR, result.getSeverity());
	}

	@Test
	void profileInTheContextSwitchesRulesOff() throws Exception {
		PlacewiseValidator.register();
		PlacewiseModel model = Samples.load("exampleshire-scheme-of-delegation.placewise");
		Map<Object, Object> context = new HashMap<>();
		context.put(PlacewiseValidator.AS_OF, Fixture.AS_OF);
		context.put(PlacewiseValidator.PROFILE, CheckProfile.parse(List.of("delegation.exceeds-delegator-limit = off"),
				"test profile", CheckCatalogue.placewise()));

		List<FindingDiagnostic> diagnostics = new ArrayList<>();
		collect(Diagnostician.INSTANCE.validate(model, context), diagnostics);

		assertFalse(diagnostics.isEmpty());
		assertTrue(diagnostics.stream().noneMatch(d -> d.ruleId().equals("delegation.exceeds-delegator-limit")));
	}

	private static void collect(Diagnostic diagnostic, List<FindingDiagnostic> into) {
		if (diagnostic instanceof FindingDiagnostic finding) {
			into.add(finding);
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			collect(child, into);
		}
	}
}
