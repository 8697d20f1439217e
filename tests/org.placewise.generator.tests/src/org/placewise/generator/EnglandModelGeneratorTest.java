package org.placewise.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.placewise.checks.CheckCatalogue;
import org.placewise.checks.FindingDiagnostic;
import org.placewise.checks.PlacewiseValidator;
import org.placewise.checks.Severity;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.footprint.FootprintKind;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.Partnership;
import org.placewise.model.measures.Measure;
import org.placewise.model.outcomes.WorkProgramme;
import org.placewise.model.query.Delegations;
import org.placewise.model.query.Footprints;
import org.placewise.model.query.Outcomes;
import org.placewise.model.resource.PlacewiseResourceFactory;
import org.placewise.store.ModelFiles;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnglandModelGeneratorTest {

	/** Generated once: the england model takes a few seconds. */
	private final GeneratedModel england = EnglandModelGenerator.of(Scale.ENGLAND, 1).generate();

	@Test
	void sameSeedSavesToIdenticalBytes(@TempDir Path folder) throws Exception {
		Path first = folder.resolve("first.placewise");
		Path second = folder.resolve("second.placewise");
		new ModelFiles().save(EnglandModelGenerator.of(Scale.PLACE, 42).generate().model(), first);
		new ModelFiles().save(EnglandModelGenerator.of(Scale.PLACE, 42).generate().model(), second);
		assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
	}

	@Test
	void differentSeedsGiveDifferentModels() {
		PlacewiseModel one = EnglandModelGenerator.of(Scale.PLACE, 1).generate().model();
		PlacewiseModel two = EnglandModelGenerator.of(Scale.PLACE, 2).generate().model();
		assertNotEquals(one.getFootprints().get(0).getName() + one.getFootprints().get(0).getId(),
				two.getFootprints().get(0).getName() + two.getFootprints().get(0).getId());
	}

	@Test
	void englandHasFortyTwoSystemsAboutTwoHundredPlacesAndTwelveHundredNeighbourhoods() {
		Map<FootprintKind, Integer> counts = footprintCounts(england.model());
		assertEquals(42, counts.get(FootprintKind.INTEGRATED_CARE_SYSTEM));
		int places = counts.get(FootprintKind.PLACE);
		assertTrue(places >= 180 && places <= 230, "places: " + places);
		int neighbourhoods = counts.get(FootprintKind.NEIGHBOURHOOD);
		assertTrue(neighbourhoods >= 1_000 && neighbourhoods <= 1_500, "neighbourhoods: " + neighbourhoods);
		assertTrue(counts.get(FootprintKind.LOCALITY) >= places, "every place has at least one locality");
	}

	@Test
	void englandHoldsAtLeastOneHundredThousandObjects() {
		int counted = 1;
		for (var all = england.model().eAllContents(); all.hasNext(); all.next()) {
			counted++;
		}
		assertEquals(counted, england.objectCount());
		assertTrue(counted >= 100_000 && counted <= 400_000, "objects: " + counted);
	}

	@Test
	void everyMeasureHasTwoYearsOfWeeklyObservationsEndingOnTheReferenceDate() {
		for (Measure measure : england.model().getMeasures()) {
			assertEquals(EnglandModelGenerator.WEEKS_OF_OBSERVATIONS, measure.getObservations().size());
			assertEquals(EnglandModelGenerator.REFERENCE_DATE,
					measure.getObservations().get(measure.getObservations().size() - 1).getObservedOn());
		}
	}

	@Test
	void regionIsAboutAFifthAndPlaceAboutAFortiethOfEngland() {
		GeneratedModel region = EnglandModelGenerator.of(Scale.REGION, 1).generate();
		GeneratedModel place = EnglandModelGenerator.of(Scale.PLACE, 1).generate();
		double regionShare = (double) region.objectCount() / england.objectCount();
		double placeShare = (double) place.objectCount() / england.objectCount();
		assertTrue(regionShare > 0.12 && regionShare < 0.28, "region share: " + regionShare);
		assertTrue(placeShare > 0.01 && placeShare < 0.05, "place share: " + placeShare);
		int places = footprintCounts(place.model()).get(FootprintKind.PLACE);
		assertTrue(places >= 4 && places <= 6, "places in one system: " + places);
	}

	@Test
	void childrenNeverOutpopulateTheirParent() {
		for (var all = england.model().eAllContents(); all.hasNext();) {
			if (all.next() instanceof Footprint footprint) {
				assertFalse(Footprints.childrenOutpopulate(footprint), footprint.getName());
			}
		}
	}

	@Test
	void delegationsRunFromTheIcbBoardThroughThePlaceCommitteeToLocalities() {
		int longest = 0;
		for (Delegation delegation : england.model().getDelegations()) {
			longest = Math.max(longest, Delegations.chain(delegation).size());
			assertFalse(Delegations.isCircular(delegation));
		}
		assertEquals(2, longest);
	}

	@Test
	void plantedGapsAreCountedHonestly() {
		assertEquals(england.planted(), gapsFoundIn(england.model()));
	}

	@Test
	void gapRateIsRoughlyHonoured() {
		double rate = (double) england.plantedTotal() / england.candidatesTotal();
		assertTrue(rate > 0.04 && rate < 0.06, "overall planted rate: " + rate);
		for (GapKind kind : GapKind.values()) {
			assertTrue(england.planted().get(kind) > 0, "no " + kind + " planted");
		}
	}

	@Test
	void gapRateZeroPlantsNothing() {
		GeneratedModel clean = new EnglandModelGenerator(Scale.REGION, 3, 0).generate();
		assertEquals(0, clean.plantedTotal());
		gapsFoundIn(clean.model()).forEach((kind, found) -> assertEquals(0, found, kind.toString()));
	}

	@Test
	void gapRateOneGivesEveryCandidateEveryGap() {
		GeneratedModel broken = new EnglandModelGenerator(Scale.PLACE, 3, 1).generate();
		assertEquals(broken.candidates(), broken.planted());
		assertEquals(broken.planted(), gapsFoundIn(broken.model()));
	}

	/*
	 * The check catalogue's findings reach the Diagnostician only once the check bundle has registered its EValidator,
	 * which it does when the bundle starts: before, these tests saw check findings or not depending on whether an
	 * earlier test class had happened to load a class of the check bundle. They register it themselves, so they always
	 * see both the metamodel's structural constraints and the catalogue's findings.
	 */

	@ParameterizedTest
	@EnumSource(value = Scale.class, names = { "PLACE", "REGION" })
	void generatedModelWithoutPlantedGapsHasNoErrors(Scale scale) {
		GeneratedModel generated = new EnglandModelGenerator(scale, 5, 0.0).generate();

		assertEquals(Map.of(), errorsByRule(generated.model()));
	}

	/**
	 * With the default gap rate the generator plants gaps on purpose, some of them errors (a delegation above its
	 * delegator's limit, a pooled budget without an agreement, a programme without an outcome KPI): those, each as
	 * often as it was planted, are the only errors.
	 */
	@ParameterizedTest
	@EnumSource(value = Scale.class, names = { "PLACE", "REGION" })
	void theOnlyErrorsOfAGeneratedModelAreItsPlantedGaps(Scale scale) {
		GeneratedModel generated = EnglandModelGenerator.of(scale, 5).generate();
		Map<String, Integer> plantedErrors = new TreeMap<>();
		generated.planted().forEach((kind, planted) -> {
			boolean error = CheckCatalogue.placewise().find(kind.expectedRuleId()).orElseThrow()
					.defaultSeverity() == Severity.ERROR;
			if (error && planted > 0) {
				plantedErrors.put(kind.expectedRuleId(), planted);
			}
		});

		assertEquals(plantedErrors, errorsByRule(generated.model()));
		if (scale == Scale.REGION) {
			assertTrue(plantedErrors.size() >= 2, "a region plants errors of several kinds: " + plantedErrors);
		}
	}

	/** @return how many errors the Diagnostician reports, by check rule id, or by "structure: message" */
	private static Map<String, Integer> errorsByRule(PlacewiseModel model) {
		PlacewiseValidator.register();
		Resource resource = PlacewiseResourceFactory.register(new ResourceSetImpl())
				.createResource(URI.createFileURI("/tmp/in-memory.placewise"));
		resource.getContents().add(model);
		Map<Object, Object> context = new HashMap<>();
		context.put(PlacewiseValidator.AS_OF, EnglandModelGenerator.REFERENCE_DATE.plusDays(1));
		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(model, context);
		Map<String, Integer> errors = new TreeMap<>();
		for (Diagnostic child : diagnostic.getChildren()) {
			if (child.getSeverity() >= Diagnostic.ERROR) {
				errors.merge(child instanceof FindingDiagnostic finding ? finding.ruleId()
						: "structure: " + child.getMessage(), 1, Integer::sum);
			}
		}
		return errors;
	}

	@Test
	void savedModelLoadsBackEqual(@TempDir Path folder) throws Exception {
		PlacewiseModel model = EnglandModelGenerator.of(Scale.PLACE, 9).generate().model();
		Path file = folder.resolve("generated.placewise");
		new ModelFiles().save(model, file);
		PlacewiseModel loaded = new ModelFiles().load(file);
		assertTrue(EcoreUtil.equals(model, loaded), "the loaded model differs from the saved one");
	}

	@Test
	void gapRateOutsideZeroToOneIsRefusedInPlainWords() {
		var error = assertThrows(IllegalArgumentException.class, () -> new EnglandModelGenerator(Scale.PLACE, 1, 1.5));
		assertTrue(error.getMessage().contains("between 0 and 1"), error.getMessage());
	}

	private static Map<FootprintKind, Integer> footprintCounts(PlacewiseModel model) {
		Map<FootprintKind, Integer> counts = new EnumMap<>(FootprintKind.class);
		for (FootprintKind kind : FootprintKind.values()) {
			counts.put(kind, 0);
		}
		for (var all = model.eAllContents(); all.hasNext();) {
			if (all.next() instanceof Footprint footprint) {
				counts.merge(footprint.getKind(), 1, Integer::sum);
			}
		}
		return counts;
	}

	/** Finds each kind of gap by looking at the model itself, not at the generator's tally. */
	private static Map<GapKind, Integer> gapsFoundIn(PlacewiseModel model) {
		Map<GapKind, Integer> found = new EnumMap<>(GapKind.class);
		for (GapKind kind : GapKind.values()) {
			found.put(kind, 0);
		}
		for (Measure measure : model.getMeasures()) {
			count(found, GapKind.MEASURE_NO_BASELINE, measure.getBaselineValue() == null);
			count(found, GapKind.MEASURE_NO_TARGET, measure.getTargetValue() == null);
		}
		for (Delegation delegation : model.getDelegations()) {
			count(found, GapKind.DELEGATION_ABOVE_DELEGATOR_LIMIT, Delegations.exceedsSourceLimit(delegation));
			count(found, GapKind.DELEGATION_REVIEW_OVERDUE,
					delegation.getReviewDate().isBefore(EnglandModelGenerator.REFERENCE_DATE));
		}
		for (var all = model.eAllContents(); all.hasNext();) {
			EObject object = all.next();
			if (object instanceof Board board) {
				count(found, GapKind.BOARD_NO_QUORUM, board.getQuorum() == null);
			}
		}
		for (WorkProgramme programme : model.getProgrammes()) {
			count(found, GapKind.PROGRAMME_NO_OUTCOME_KPI, Outcomes.outcomeMeasures(programme).isEmpty());
			count(found, GapKind.PROGRAMME_NO_EXECUTIVE_LEAD, programme.getExecutiveLead() == null);
		}
		for (Partnership partnership : model.getPartnerships()) {
			count(found, GapKind.PARTNERSHIP_NO_DISPUTE_PROCEDURE, partnership.getDisputeResolution() == null);
		}
		for (var budget : model.getPooledBudgets()) {
			count(found, GapKind.POOLED_BUDGET_NO_AGREEMENT, budget.getAgreement() == null);
		}
		return found;
	}

	private static void count(Map<GapKind, Integer> found, GapKind kind, boolean present) {
		if (present) {
			found.merge(kind, 1, Integer::sum);
		}
	}
}
