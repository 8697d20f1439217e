package org.placewise.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.placewise.model.core.CorePackage;
import org.placewise.model.finance.FinancePackage;
import org.placewise.model.footprint.FootprintPackage;
import org.placewise.model.governance.GovernancePackage;
import org.placewise.model.measures.MeasuresPackage;
import org.placewise.model.organisation.OrganisationPackage;
import org.placewise.model.outcomes.OutcomesPackage;

/**
 * Every domain class, candidate expression, feature name, label expression and service call of placewise.odesign
 * resolves against the Placewise metamodel and the services class, and planted faults make the checker fail.
 */
class OdesignExpressionTest {

	@BeforeAll
	static void registerGeneratedPackages() {
		// The checker maps the .ecore classes to Java types through the generated packages, which
		// register themselves when first touched (no plugin.xml registry outside OSGi).
		List.of(CorePackage.eINSTANCE, FootprintPackage.eINSTANCE, OrganisationPackage.eINSTANCE,
				GovernancePackage.eINSTANCE,
				FinancePackage.eINSTANCE, OutcomesPackage.eINSTANCE, MeasuresPackage.eINSTANCE)
				.forEach(p -> assertTrue(p.getNsURI().startsWith("http://placewise.org/")));
	}

	private static List<String> check(SiriusModels models, EObject group) {
		return new OdesignChecker(models.placewisePackages(), OdesignExpressionTest.class.getClassLoader())
				.check(group);
	}

	private static void set(EObject object, String feature, Object value) {
		EStructuralFeature f = object.eClass().getEStructuralFeature(feature);
		object.eSet(f, value);
	}

	@Test
	void everyExpressionOfTheViewpointResolves() {
		SiriusModels models = new SiriusModels();
		OdesignChecker checker = new OdesignChecker(models.placewisePackages(), getClass().getClassLoader());
		assertEquals(List.of(), checker.check(models.odesign()));
		// Not vacuous: the viewpoint has well over a hundred expressions in their contexts.
		assertTrue(checker.checkedExpressions() > 150,
				"only " + checker.checkedExpressions() + " expressions were checked");
	}

	@Test
	void misspelledCandidateFeatureIsReported() {
		SiriusModels models = new SiriusModels();
		EObject group = models.odesign();
		set(OdesignValidationTest.findByName(group, "NestedFootprint"), "semanticCandidatesExpression",
				"feature:childern");
		List<String> problems = check(models, group);
		assertEquals(1, problems.size(), problems::toString);
		assertTrue(problems.get(0).contains(
				"NestedFootprint / semanticCandidatesExpression: 'feature:childern': Footprint has no feature 'childern'"),
				problems::toString);
	}

	@Test
	void unknownDomainClassIsReported() {
		SiriusModels models = new SiriusModels();
		EObject group = models.odesign();
		set(OdesignValidationTest.findByName(group, "RoleNode"), "domainClass", "organisation::Rolle");
		List<String> problems = check(models, group);
		assertTrue(
				problems.stream().anyMatch(
						p -> p.contains("RoleNode / domainClass: package 'organisation' has no type 'Rolle'")),
				problems::toString);
	}

	@Test
	void missingServiceIsReported() {
		SiriusModels models = new SiriusModels();
		EObject group = models.odesign();
		set(OdesignValidationTest.findByName(group, "BoardNode"), "semanticCandidatesExpression",
				"aql:self.boardsAtFootprint()");
		List<String> problems = check(models, group);
		assertTrue(problems.stream().anyMatch(p -> p.contains(
				"BoardNode / semanticCandidatesExpression: 'aql:self.boardsAtFootprint()': there is no service 'boardsAtFootprint'")),
				problems::toString);
	}

	@Test
	void misspelledFeatureInToolOperationIsReported() {
		SiriusModels models = new SiriusModels();
		EObject group = models.odesign();
		EObject tool = OdesignValidationTest.findByName(group, "ChangeDelegate");
		EObject setValue = null;
		for (var it = tool.eAllContents(); it.hasNext() && setValue == null;) {
			EObject next = it.next();
			setValue = next.eClass().getName().equals("SetValue") ? next : null;
		}
		set(setValue, "featureName", "delegatee");
		List<String> problems = check(models, group);
		assertTrue(
				problems.stream().anyMatch(
						p -> p.contains("ChangeDelegate") && p.contains("Delegation has no feature 'delegatee'")),
				problems::toString);
	}

	@Test
	void missingServiceClassIsReported() {
		SiriusModels models = new SiriusModels();
		EObject group = models.odesign();
		EObject viewpoint = OdesignValidationTest.findByName(group, "Placewise");
		@SuppressWarnings("unchecked")
		List<EObject> extensions = (List<EObject>) viewpoint
				.eGet(viewpoint.eClass().getEStructuralFeature("ownedJavaExtensions"));
		set(extensions.get(0), "qualifiedClassName", "org.placewise.design.services.NoSuchServices");
		List<String> problems = check(models, group);
		assertTrue(
				problems.stream().anyMatch(
						p -> p.contains("service class org.placewise.design.services.NoSuchServices does not exist")),
				problems::toString);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', value = {
			"unknown enumeration literal; aql:self.kind = footprint::FootprintKind::REGION; FootprintKind has no literal 'REGION'",
			"label that is not true or false; aql:self.name; gives EString where true or false is needed",
			"comparison of two enumerations; aql:self.kind = organisation::OrganisationKind::VCSE; compares FootprintKind with OrganisationKind",
			"Acceleo 3 expression; [self.kind = 'place'/]; uses a form the checker cannot check",
			"OCL expression; ocl:self.kind; uses a form the checker cannot check",
			"AQL operation outside the subset; aql:self.children->exists(c | c.name = 'x'); '->exists' is not in the checked AQL subset",
			"AQL let; aql:let n = self.name in n = 'x'; expected a name but found 'let'",
			"variable not in scope; aql:container.kind = footprint::FootprintKind::PLACE; there is no variable 'container'" })
	void conditionsTheCheckerCannotAcceptAreReported(String what, String expression, String expected) {
		SiriusModels models = new SiriusModels();
		EObject group = models.odesign();
		EObject footprint = OdesignValidationTest.findByName(group, "Footprint");
		@SuppressWarnings("unchecked")
		List<EObject> conditionals = (List<EObject>) footprint
				.eGet(footprint.eClass().getEStructuralFeature("conditionnalStyles"));
		set(conditionals.get(0), "predicateExpression", expression);
		List<String> problems = check(models, group);
		assertEquals(1, problems.size(), problems::toString);
		assertTrue(problems.get(0).contains(expected), what + ": " + problems);
	}

	@Test
	void expressionInAPlaceTheCheckerDoesNotKnowIsReported() {
		SiriusModels models = new SiriusModels();
		EObject group = models.odesign();
		// A precondition on a mapping is legal Sirius, but this checker has no context for it:
		// it must say so rather than let the expression through unchecked.
		set(OdesignValidationTest.findByName(group, "VisionNode"), "preconditionExpression", "aql:true");
		List<String> problems = check(models, group);
		assertTrue(
				problems.stream()
						.anyMatch(p -> p.contains("VisionNode / preconditionExpression: 'aql:true' was not checked")),
				problems::toString);
	}
}
