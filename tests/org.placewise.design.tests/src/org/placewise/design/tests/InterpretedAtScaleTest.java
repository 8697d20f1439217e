package org.placewise.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.placewise.diagram.kinds.DiagramKind;
import org.placewise.diagram.kinds.DiagramOptions;
import org.placewise.diagram.kinds.PlacewiseDiagrams;
import org.placewise.generator.EnglandModelGenerator;
import org.placewise.generator.Scale;
import org.placewise.model.core.PlacewiseModel;

/**
 * The interpreter on the generated England-scale model: the governance diagram and the measures register are built,
 * with one delegation edge per delegation with both ends and one line per measure. The time taken is printed as a ratio
 * to the generated governance diagram of the same model, measured in the same run (no timed assertion).
 */
class InterpretedAtScaleTest {

	@Test
	void governanceDiagramAndMeasuresRegisterOfEngland() {
		PlacewiseModel model = EnglandModelGenerator.of(Scale.ENGLAND, 20L).generate().model();
		Interpretation in = new Interpretation();
		long start = System.nanoTime();
		PlacewiseDiagrams.scene(DiagramKind.GOVERNANCE, model, DiagramOptions.defaults());
		long generated = System.nanoTime() - start;
		start = System.nanoTime();
		var governance = new DiagramInterpreter(in.evaluator).build(in.representation("GovernanceAndDelegations"),
				model, Set.of(), Set.of());
		long interpreted = System.nanoTime() - start;
		start = System.nanoTime();
		var table = new TableInterpreter(in.evaluator).build(in.representation("MeasuresRegister"), model);
		long register = System.nanoTime() - start;
		long delegations = model.getDelegations().stream()
				.filter(d -> d.getDelegator() != null && d.getDelegate() != null).count();
		assertTrue(delegations > 100, "the England model has only " + delegations + " delegations");
		assertEquals(delegations, governance.byMapping("DelegationEdge").size());
		assertEquals(model.getMeasures().size(), table.lines().size());
		System.out.printf(
				"England (%d delegations, %d measures): generated governance diagram %.0f ms; interpreted "
						+ "governance diagram %.0f ms (%.1f x, with its labels, findings and decorations); "
						+ "measures register %.0f ms%n",
				delegations, model.getMeasures().size(), generated / 1e6, interpreted / 1e6,
				(double) interpreted / generated, register / 1e6);
	}
}
