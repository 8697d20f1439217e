package org.placewise.generator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.placewise.checks.CheckCatalogue;
import org.placewise.checks.CheckProfile;
import org.placewise.checks.Checker;
import org.placewise.checks.Finding;

/** Every gap the generator plants is one the check catalogue finds: the benchmarks' checks have real work. */
class PlantedGapsAreFoundTest {

	@Test
	void everyPlantedGapKindIsReportedByItsRuleAtLeastAsOftenAsItWasPlanted() {
		GeneratedModel generated = new EnglandModelGenerator(Scale.PLACE, 7, 0.2).generate();
		LocalDate asOf = EnglandModelGenerator.REFERENCE_DATE.plusDays(1);
		List<Finding> findings = new Checker(CheckCatalogue.placewise(), CheckProfile.DEFAULT, asOf)
				.check(generated.model());
		Map<String, Long> byRule = findings.stream()
				.collect(Collectors.groupingBy(Finding::ruleId, Collectors.counting()));

		assertTrue(generated.plantedTotal() > 0, "a gap rate of 0.2 plants gaps");
		generated.planted().forEach((kind, planted) -> {
			long found = byRule.getOrDefault(kind.expectedRuleId(), 0L);
			assertTrue(found >= planted,
					kind + ": planted " + planted + " but " + kind.expectedRuleId() + " found " + found);
		});
	}

	@Test
	void aModelWithoutPlantedGapsHasNoneOfThoseFindings() {
		GeneratedModel generated = new EnglandModelGenerator(Scale.PLACE, 7, 0.0).generate();
		LocalDate asOf = EnglandModelGenerator.REFERENCE_DATE.plusDays(1);
		Map<String, Long> byRule = new Checker(CheckCatalogue.placewise(), CheckProfile.DEFAULT, asOf)
				.check(generated.model())
				.stream().collect(Collectors.groupingBy(Finding::ruleId, Collectors.counting()));
		for (GapKind kind : GapKind.values()) {
			assertTrue(!byRule.containsKey(kind.expectedRuleId()),
					kind.expectedRuleId() + " found " + byRule.get(kind.expectedRuleId())
							+ " times with a gap rate of 0");
		}
	}

}
