package org.placewise.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.placewise.checks.CheckCatalogue;
import org.placewise.checks.CheckProfile;
import org.placewise.checks.Checker;
import org.placewise.checks.Finding;
import org.placewise.model.core.NamedElement;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.outcomes.Outcome;
import org.placewise.model.outcomes.WorkProgramme;
import org.placewise.model.query.Outcomes;
import org.placewise.model.resource.PlacewiseResourceFactory;

/** The fictional Exampleshire sample's illustrative outcome tree shows every status of the roll-up. */
class ExampleshireRollUpTest {

	private static final Path SAMPLE = Path.of("../../samples/exampleshire-scheme-of-delegation.placewise");

	private final PlacewiseModel model = load();
	private final OutcomeRollUp rollUp = OutcomeRollUp.of(model);

	private static PlacewiseModel load() {
		assertTrue(Files.exists(SAMPLE), SAMPLE.toAbsolutePath().toString());
		Resource resource = PlacewiseResourceFactory.register(new ResourceSetImpl())
				.createResource(URI.createFileURI(SAMPLE.toAbsolutePath().toString()));
		try {
			resource.load(null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return (PlacewiseModel) resource.getContents().get(0);
	}

	private OutcomeRollUp.Status outcome(String name) {
		return rollUp.of(model.getVisions().stream().flatMap(v -> v.getOutcomes().stream())
				.flatMap(o -> Outcomes.selfAndDescendants(o).stream()).filter(o -> name.equals(o.getName()))
				.findFirst().orElseThrow(() -> new AssertionError("no outcome " + name)));
	}

	private OutcomeRollUp.Status programme(String name) {
		return rollUp.of(model.getProgrammes().stream().filter(p -> name.equals(p.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no programme " + name)));
	}

	private static void assertStatus(Trend trend, TargetStatus target, OutcomeRollUp.Status status) {
		assertEquals(List.of(trend, target), List.of(status.trend(), status.target()), status.why());
	}

	@Test
	void everyStatusShowsInTheIllustrativeOutcomeTree() {
		assertStatus(Trend.DETERIORATING, TargetStatus.NOT_MEETING, outcome("Living well and independently at home"));
		assertStatus(Trend.IMPROVING, TargetStatus.HIT_AND_MISS, outcome("Leaving hospital when ready"));
		assertStatus(Trend.IMPROVING, TargetStatus.HIT_AND_MISS, outcome("Home by day 3"));
		assertStatus(Trend.NOT_ENOUGH_DATA, TargetStatus.NOT_ENOUGH_DATA, outcome("Shorter delays"));
		assertStatus(Trend.DETERIORATING, TargetStatus.NOT_MEETING, outcome("Fewer falls admissions"));
		assertStatus(Trend.NO_SIGNIFICANT_CHANGE, TargetStatus.HIT_AND_MISS,
				outcome("Independence after reablement"));
		assertStatus(Trend.NO_SIGNIFICANT_CHANGE, TargetStatus.MEETING, outcome("Carers supported"));
		assertStatus(Trend.IMPROVING, TargetStatus.HIT_AND_MISS, programme("Home First (illustrative)"));
		assertStatus(Trend.NO_SIGNIFICANT_CHANGE, TargetStatus.HIT_AND_MISS,
				programme("Reablement redesign (illustrative)"));
		assertStatus(Trend.NO_SIGNIFICANT_CHANGE, TargetStatus.MEETING, programme("Carers' support (illustrative)"));
	}

	@Test
	void theSharedMeasureCountsOnceAtTheTop() {
		List<String> names = outcome("Living well and independently at home").measures().stream()
				.map(MeasureReading::name).toList();

		assertEquals(List.of("People home by day 3", "Average delay days", "Emergency admissions after a fall",
				"At home 91 days after reablement", "Carers who feel supported"), names);
	}

	@Test
	void theReablementSeriesIsReadFromItsProcessChange() {
		MeasureReading reading = outcome("Independence after reablement").measures().get(0);

		assertEquals(2, reading.result().orElseThrow().partitions().size());
		assertEquals(20, reading.currentPoints());
		assertTrue(reading.why().contains("since the process change on 20 Jan 2025"), reading.why());
	}

	@Test
	void theSpcChecksFindTheFallsOutcomeAndTheCarersProgramme() {
		List<Finding> findings = new Checker(CheckCatalogue.placewise(), CheckProfile.DEFAULT,
				LocalDate.of(2025, 6, 30))
				.check(model).stream()
				.filter(f -> List.of("outcome.needs-system-change", "outcome.concern-unserved",
						"programme.no-change-after-start").contains(f.ruleId()))
				.toList();

		assertEquals(List.of("outcome.concern-unserved Fewer falls admissions",
				"outcome.needs-system-change Fewer falls admissions",
				"programme.no-change-after-start Carers' support (illustrative)"),
				findings.stream().map(f -> f.ruleId() + " " + ((NamedElement) f.target()).getName()).sorted().toList());
		assertTrue(
				findings.stream().allMatch(f -> f.target() instanceof Outcome || f.target() instanceof WorkProgramme));
	}
}
