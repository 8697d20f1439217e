package org.placewise.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.measures.Measure;

/** The samples give the findings their sources imply, as of a fixed date. */
class SampleFindingsTest {

	private static List<Finding> check(PlacewiseModel model) {
		return new Checker(CheckCatalogue.placewise(), CheckProfile.DEFAULT, Fixture.AS_OF).check(model.eResource());
	}

	private static Set<String> targetsOf(List<Finding> findings, String ruleId) {
		return findings.stream().filter(f -> f.ruleId().equals(ruleId)).map(f -> ObjectPaths.name(f.target()))
				.collect(Collectors.toSet());
	}

	@Test
	void midAndSouthEssexMeasuresWithoutBaselineOrTargetAreFlagged() {
		PlacewiseModel model = Samples.load("mid-and-south-essex-older-adults.placewise");
		List<Finding> findings = check(model);

		// The toolkit's KPI table gives baseline and target only for delay days, care hours and care cost.
		Set<String> withoutBaseline = model.getMeasures().stream().filter(m -> m.getBaselineValue() == null)
				.map(Measure::getName).collect(Collectors.toSet());
		assertEquals(7, withoutBaseline.size());
		assertEquals(withoutBaseline, targetsOf(findings, "measure.no-baseline"));
		assertEquals(withoutBaseline, targetsOf(findings, "measure.no-target"));
		assertFalse(targetsOf(findings, "measure.no-baseline")
				.contains("Average number of delay days per community hospital inpatient"));
		assertTrue(targetsOf(findings, "measure.no-target").contains("Frailty avoided admissions per week"));
	}

	@Test
	void midAndSouthEssexProgrammeHasOutcomeKpisAndItsEightKpisAreNotTooMany() {
		List<Finding> findings = check(Samples.load("mid-and-south-essex-older-adults.placewise"));

		assertEquals(Set.of(), targetsOf(findings, "programme.no-outcome-kpi"));
		// The toolkit's own good example: 8 operational KPIs, with a staff-behaviour and a lived-experience
		// measure beside them that are not counted as KPIs (version 1 counted 10 and reported it).
		assertEquals(Set.of(), targetsOf(findings, "programme.too-many-kpis"));
		assertEquals(Set.of(), targetsOf(findings, "programme.no-lived-experience-measure"));
	}

	@Test
	void northamptonshireProgrammesAllHaveOutcomeKpis() {
		List<Finding> findings = check(Samples.load("northamptonshire-discharge-to-assess.placewise"));

		assertEquals(Set.of(), targetsOf(findings, "programme.no-outcome-kpi"));
		assertEquals(Set.of(), targetsOf(findings, "programme.no-outcome"));
	}

	@Test
	void birminghamInvestmentInOneOrganisationForAnotherIsFlaggedForItsMissingAgreement() {
		List<Finding> findings = check(Samples.load("birmingham-intermediate-care.placewise"));

		Finding flow = findings.stream().filter(f -> f.ruleId().equals("finance.investment-flow-no-agreement"))
				.findFirst()
				.orElseThrow();
		assertTrue(flow.message().contains("£2,000,000") && flow.message().contains("£10,000,000"), flow.message());
		assertEquals(Set.of("Intermediate care transformation"), targetsOf(findings, "programme.no-outcome-kpi"));
	}

	@Test
	void exampleshireSchemeOfDelegationShowsTheLimitBreachAndOverdueReviews() {
		List<Finding> findings = check(Samples.load("exampleshire-scheme-of-delegation.placewise"));

		assertEquals(Set.of("Intermediate care pool decisions"),
				targetsOf(findings, "delegation.exceeds-delegator-limit"));
		assertTrue(findings.stream()
				.anyMatch(f -> f.message().equals("Delegation 'Intermediate care pool decisions' gives "
						+ "£7,500,000 but its delegator 'Exampletown Place Committee' holds only £5,000,000")));
		assertEquals(Set.of("Community services budget", "Discharge fund"),
				targetsOf(findings, "delegation.review-overdue"));
	}

	@Test
	void greaterManchesterPoolsWithoutAgreementAreErrors() {
		List<Finding> findings = check(Samples.load("greater-manchester.placewise"));

		// 'One Bolton Pound' is a single approach to finances, not a pool: the sample no longer records it as one.
		assertEquals(Set.of("Tameside pooled budget"),
				targetsOf(findings, "finance.pooled-budget-no-agreement"));
		assertTrue(findings.stream().filter(f -> f.ruleId().equals("finance.pooled-budget-no-agreement"))
				.allMatch(f -> f.severity() == Severity.ERROR));
	}

	@Test
	void dateRulesDependOnTheAsOfDateOnly() {
		PlacewiseModel model = Samples.load("exampleshire-scheme-of-delegation.placewise");

		List<Finding> before = new Checker(CheckCatalogue.placewise(), CheckProfile.DEFAULT,
				java.time.LocalDate.of(2025, 3, 1))
				.check(model.eResource());

		assertEquals(Set.of(), targetsOf(before, "delegation.review-overdue"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.placewise.checks.Samples#all")
	void everySampleChecksWithoutFailureAndEveryFindingNamesItsObject(Path sample) {
		List<Finding> findings = check(Samples.load(sample));

		assertFalse(findings.isEmpty());
		for (Finding finding : findings) {
			assertTrue(finding.objectId() != null, finding::toString);
			assertFalse(finding.message().contains("null"), finding::message);
		}
	}
}
