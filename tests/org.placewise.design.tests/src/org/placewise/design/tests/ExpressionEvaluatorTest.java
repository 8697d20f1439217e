package org.placewise.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.placewise.design.services.PlacewiseServices;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.footprint.FootprintKind;
import org.placewise.model.governance.Board;
import org.placewise.model.measures.Measure;
import org.placewise.model.outcomes.Outcome;

/**
 * The evaluator gives the values the expressions mean on a real model, and accepts exactly what the checker accepts.
 */
class ExpressionEvaluatorTest {

	private static Interpretation in;
	private static PlacewiseModel model;

	@BeforeAll
	static void load() throws Exception {
		in = new Interpretation();
		model = Interpretation.load(Path.of("../../samples/greater-manchester.placewise"));
	}

	private static Object eval(String expression) {
		return in.evaluator.evaluate(expression, Map.of("self", model));
	}

	@Test
	void featureVariableServiceAndAqlFormsGiveTheModelsValues() {
		assertEquals(model.getName(), eval("feature:name"));
		assertEquals(model, eval("var:self"));
		assertEquals(model.getBoards(), eval("feature:boards"));
		assertEquals(new PlacewiseServices(Interpretation.CLOCK).allBoards(model), eval("service:allBoards"));
		assertEquals(model.getBoards().size(), eval("aql:self.boards->size()"));
		assertEquals("Governance and delegations: " + model.getName(),
				eval("aql:'Governance and delegations: ' + self.name"));
		long outcomes = 0;
		for (var it = model.eAllContents(); it.hasNext();) {
			outcomes += it.next() instanceof Outcome ? 1 : 0;
		}
		assertEquals((int) outcomes, eval("aql:self.eAllContents(outcomes::Outcome)->size()"));
		long systems = model.getFootprints().stream()
				.filter(f -> f.getKind() == FootprintKind.INTEGRATED_CARE_SYSTEM).count();
		assertEquals((int) systems, eval(
				"aql:self.footprints->select(f | f.kind = footprint::FootprintKind::INTEGRATED_CARE_SYSTEM)->size()"));
		assertEquals((int) (model.getFootprints().size() - systems), eval(
				"aql:self.footprints->reject(f | f.kind = footprint::FootprintKind::INTEGRATED_CARE_SYSTEM)->size()"));
		// Navigation over a collection collects and flattens, as AQL does.
		List<Object> names = model.getBoards().stream().map(Board::getName).map(Object.class::cast).toList();
		assertEquals(names, eval("aql:self.boards.name"));
		assertEquals(true,
				eval("aql:not (self.boards->isEmpty()) and self.boards->first().oclIsKindOf(governance::Board)"));
		assertEquals(false, eval("aql:self.oclIsKindOf(governance::Board) or 2 < 1"));
		PlacewiseServices services = new PlacewiseServices(Interpretation.CLOCK);
		long withTarget = model.getMeasures().stream().filter(m -> !services.measureStatus(m).equals("no-target"))
				.count();
		assertEquals((int) withTarget, eval(
				"aql:self.measures->filter(measures::Measure)->select(m | m.measureStatus() <> 'no-target')->size()"));
	}

	@Test
	void servicesTakeArgumentsAndTheirFailuresNameTheExpression() {
		Measure measure = model.getMeasures().isEmpty() ? null : model.getMeasures().get(0);
		if (measure == null) {
			return;
		}
		Map<String, Object> vars = new HashMap<>();
		vars.put("self", measure);
		vars.put("arg0", "£1,250.5");
		assertEquals(0, new java.math.BigDecimal("1250.5")
				.compareTo((java.math.BigDecimal) in.evaluator.evaluate("aql:self.parseFigure(arg0)", vars)));
		vars.put("arg0", "lots");
		EvaluationProblem problem = assertThrows(EvaluationProblem.class,
				() -> in.evaluator.evaluate("aql:self.parseFigure(arg0)", vars));
		assertTrue(problem.getMessage().contains("'lots' is not a number"), problem.getMessage());
		assertTrue(problem.getMessage().contains("aql:self.parseFigure(arg0)"), problem.getMessage());
	}

	/** Forms the checker refuses are refused here too, and forms it accepts are evaluated. */
	@ParameterizedTest
	@ValueSource(strings = { "ocl:self.name", "[self.name/]", "aql:self.boards->collect(b | b.name)",
			"aql:let n = self.name in n", "aql:if true then 1 else 2 endif", "aql:self.boards->sortedBy(b | b.name)",
			"aql:null", "aql:self.name.toUpper()", "aql:self.boardz", "feature:boardz", "var:nothing",
			"service:nothing", "aql:self.oclIsKindOf(governance::Boardz)", "aql:self.boards->size()",
			"aql:self.allBoards()->first().name", "feature:measures", "var:self",
			"aql:self.eAllContents(outcomes::Outcome)->notEmpty()", "aql:self.name + 'x'" })
	void refusesExactlyWhatTheCheckerRefuses(String expression) {
		EPackage core = in.models.placewisePackages().stream().filter(p -> p.getName().equals("core")).findFirst()
				.orElseThrow();
		EClass modelClass = (EClass) core.getEClassifier("PlacewiseModel");
		ExpressionTyper typer = new ExpressionTyper(in.models.placewisePackages(), List.of(PlacewiseServices.class));
		String checker;
		try {
			typer.type(expression, Map.of("self", ExprType.one(modelClass)));
			checker = "accepted";
		} catch (ExpressionProblem e) {
			checker = "refused: " + e.getMessage();
		}
		String evaluator;
		try {
			eval(expression);
			evaluator = "accepted";
		} catch (EvaluationProblem e) {
			evaluator = "refused: " + e.getMessage();
		}
		assertEquals(checker.startsWith("accepted"), evaluator.startsWith("accepted"),
				"checker " + checker + " / evaluator " + evaluator);
	}
}
