package org.placewise.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.placewise.checks.CheckCatalogue;
import org.placewise.checks.CheckProfile;
import org.placewise.checks.Checker;
import org.placewise.checks.Finding;
import org.placewise.checks.Severity;
import org.placewise.design.services.FindingMarks;
import org.placewise.design.services.PlacewiseServices;
import org.placewise.diagram.kinds.DiagramKind;
import org.placewise.diagram.kinds.DiagramLabels;
import org.placewise.diagram.kinds.DiagramOptions;
import org.placewise.diagram.kinds.MeasureStatus;
import org.placewise.diagram.kinds.PlacewiseDiagrams;
import org.placewise.diagram.scene.Scene;
import org.placewise.diagram.scene.SceneEdge;
import org.placewise.diagram.scene.SceneNode;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.governance.Delegation;
import org.placewise.model.measures.DesiredDirection;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.MeasuresFactory;
import org.placewise.model.measures.Observation;
import org.placewise.model.query.Delegations;
import org.placewise.model.query.Footprints;
import org.placewise.model.query.Measures;
import org.placewise.store.ModelFiles;

/**
 * The services the viewpoint calls give the labels, statuses and findings that Placewise's own model queries, labels
 * and check catalogue give, for every sample model.
 */
class PlacewiseServicesTest {

	private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
	private static final Clock CLOCK = Clock.fixed(AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

	static Stream<Path> samples() throws Exception {
		try (var files = Files.list(Path.of("../../samples"))) {
			List<Path> found = files.filter(p -> p.toString().endsWith(".placewise")).sorted().toList();
			assertFalse(found.isEmpty(), "no sample models found");
			return found.stream();
		}
	}

	private static PlacewiseModel load(Path sample) throws Exception {
		return new ModelFiles().load(sample);
	}

	@ParameterizedTest
	@MethodSource("samples")
	void measureStatusAndRegisterCellsFollowTheModelQueries(Path sample) throws Exception {
		PlacewiseServices services = new PlacewiseServices(CLOCK);
		for (Measure measure : load(sample).getMeasures()) {
			assertEquals(PlacewiseServices.statusKey(MeasureStatus.of(measure)), services.measureStatus(measure),
					measure.getName());
			assertEquals(MeasureStatus.of(measure).label(), services.measureStatusLabel(measure));
			String latest = services.latestLabel(measure);
			Observation observation = Measures.latestObservation(measure).orElse(null);
			if (observation == null) {
				assertEquals("no data", latest, measure.getName());
			} else {
				// The register writes values and dates as the outcome tree and the label API do.
				assertEquals(DiagramLabels.value(measure, observation.getObservedValue()) + " ("
						+ PlacewiseLabels.date(observation.getObservedOn()) + ")", latest, measure.getName());
			}
			assertEquals(measure.getBaselineValue() == null ? "(not recorded)"
					: DiagramLabels.value(measure, measure.getBaselineValue()), services.baselineLabel(measure));
		}
	}

	@ParameterizedTest
	@MethodSource("samples")
	void labelsAreThoseOfTheGeneratedDiagrams(Path sample) throws Exception {
		PlacewiseModel model = load(sample);
		PlacewiseServices services = new PlacewiseServices(CLOCK);
		Map<String, EObject> byId = new java.util.HashMap<>();
		model.eAllContents().forEachRemaining(o -> byId.put(org.eclipse.emf.ecore.util.EcoreUtil.getID(o), o));
		Map<DiagramKind, java.util.function.Function<EObject, String>> service = Map.of(DiagramKind.SYSTEMS,
				services::systemsLabel,
				DiagramKind.GOVERNANCE, services::governanceLabel, DiagramKind.OUTCOMES, services::outcomeLabel,
				DiagramKind.MONEY,
				services::moneyLabel);
		int compared = 0;
		for (DiagramKind kind : DiagramKind.values()) {
			Scene scene;
			try {
				scene = PlacewiseDiagrams.scene(kind, model, DiagramOptions.defaults());
			} catch (org.placewise.diagram.kinds.DiagramException nothingToDraw) {
				continue;
			}
			java.util.Set<String> seen = new java.util.HashSet<>();
			for (SceneNode node : scene.nodesById().values()) {
				if (node.objectId() != null && seen.add(node.objectId())) {
					String expected = java.util.stream.Stream.concat(Stream.of(node.title()), node.details().stream())
							.collect(java.util.stream.Collectors.joining("\n"));
					assertEquals(expected, service.get(kind).apply(byId.get(node.objectId())), kind + " " + node);
					compared++;
				}
			}
			for (SceneEdge edge : scene.edges()) {
				if (edge.objectId() != null && !edge.labels().isEmpty() && seen.add(edge.objectId())) {
					assertEquals(String.join("\n", edge.labels()), service.get(kind).apply(byId.get(edge.objectId())),
							kind + " " + edge.id());
					compared++;
				}
			}
		}
		assertTrue(compared > 0, "nothing was compared for " + sample);
	}

	@ParameterizedTest
	@MethodSource("samples")
	void delegationLabelsShowTheLimitInPounds(Path sample) throws Exception {
		PlacewiseServices services = new PlacewiseServices(CLOCK);
		for (Delegation delegation : load(sample).getDelegations()) {
			String label = services.governanceLabel(delegation);
			if (delegation.getFinancialLimit() != null && delegation.getDelegator() != null
					&& delegation.getDelegate() != null) {
				assertTrue(label.contains(DiagramLabels.money(delegation.getFinancialLimit())), label);
			}
			assertEquals(Delegations.exceedsSourceLimit(delegation), services.exceedsSourceLimit(delegation));
		}
	}

	@ParameterizedTest
	@MethodSource("samples")
	void footprintContentsAreTheBoardsAndOrganisationsPlacedThere(Path sample) throws Exception {
		PlacewiseServices services = new PlacewiseServices(CLOCK);
		PlacewiseModel model = load(sample);
		for (Footprint top : model.getFootprints()) {
			List<Footprint> all = Stream.concat(Stream.of(top), Footprints.descendants(top).stream()).toList();
			for (Footprint footprint : all) {
				assertTrue(services.boardsAt(footprint).stream().allMatch(b -> b.getFootprint() == footprint));
				assertEquals(model.getOrganisations().stream().filter(o -> o.getFootprint() == footprint).toList(),
						services.organisationsAt(footprint));
				assertEquals(DiagramLabels.name(footprint),
						services.systemsLabel(footprint).lines().findFirst().orElseThrow());
			}
		}
		long boardsAtSomeFootprint = services.allBoards(model).stream().filter(b -> b.getFootprint() != null).count();
		long shown = model.getFootprints().stream()
				.flatMap(t -> Stream.concat(Stream.of(t), Footprints.descendants(t).stream()))
				.mapToLong(f -> services.boardsAt(f).size()).sum();
		assertEquals(boardsAtSomeFootprint, shown,
				"every board placed at a footprint appears in exactly one footprint box");
	}

	@ParameterizedTest
	@MethodSource("samples")
	void findingServicesAgreeWithTheCheckCatalogue(Path sample) throws Exception {
		PlacewiseServices services = new PlacewiseServices(CLOCK);
		PlacewiseModel model = load(sample);
		List<Finding> findings = new Checker(CheckCatalogue.placewise(), CheckProfile.DEFAULT, AS_OF).check(model);
		for (Finding finding : findings) {
			assertTrue(services.hasFindings(finding.target()));
			Severity worst = findings.stream().filter(f -> f.target() == finding.target()).map(Finding::severity)
					.max(Enum::compareTo).orElseThrow();
			assertEquals(worst.label(), services.worstSeverity(finding.target()));
			assertEquals(FindingMarks.iconPath(worst), services.findingIcon(finding.target()));
			assertTrue(
					services.findingsSummary(finding.target()).contains(finding.ruleId() + ": " + finding.message()));
		}
		model.eAllContents().forEachRemaining(o -> {
			if (findings.stream().noneMatch(f -> f.target() == o)) {
				assertFalse(services.hasFindings(o));
				assertEquals("", services.findingIcon(o));
			}
		});
	}

	@Test
	void samplesRaiseAtLeastOneFindingSoTheComparisonAboveIsNotEmpty() throws Exception {
		long total = 0;
		for (Path sample : samples().toList()) {
			total += new Checker(CheckCatalogue.placewise(), CheckProfile.DEFAULT, AS_OF).check(load(sample)).size();
		}
		assertTrue(total > 0, "no sample has a finding");
	}

	@Test
	void findingsAreComputedAgainAfterAnEdit() throws Exception {
		PlacewiseModel model = load(samples().filter(p -> p.toString().contains("essex")).findFirst().orElseThrow());
		PlacewiseServices services = new PlacewiseServices(CLOCK);
		Measure measure = model.getMeasures().get(0);
		measure.setOwner(null);
		measure.setDataSource(null);
		List<Finding> before = new Checker(CheckCatalogue.placewise(), CheckProfile.DEFAULT, AS_OF).check(model);
		assertEquals(before.stream().anyMatch(f -> f.target() == measure), services.hasFindings(measure));
		model.getProgrammes().forEach(p -> p.getOutcomesServed().clear());
		List<Finding> after = new Checker(CheckCatalogue.placewise(), CheckProfile.DEFAULT, AS_OF).check(model);
		EObject programme = model.getProgrammes().get(0);
		assertEquals(after.stream().anyMatch(f -> f.target() == programme), services.hasFindings(programme));
		assertEquals(after.stream().filter(f -> f.target() == programme).count(),
				services.findingsSummary(programme).lines().filter(l -> !l.isBlank()).count());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({
			"lower is better; target reached,   LOWER_IS_BETTER,  10.0, 8.4, 8.4,  meets-target",
			"lower is better; better than base, LOWER_IS_BETTER,  10.0, 8.4, 9.1,  improving",
			"lower is better; worse than base,  LOWER_IS_BETTER,  10.0, 8.4, 10.5, short-of-target",
			"higher is better; target beaten,   HIGHER_IS_BETTER, 113.2, 137.1, 140, meets-target",
			"higher is better; unchanged,       HIGHER_IS_BETTER, 113.2, 137.1, 113.2, short-of-target",
			"no direction,                      NONE,             74, 60, 65, no-target",
			"no target,                         LOWER_IS_BETTER,  74, , 65, no-target",
			"no observation,                    LOWER_IS_BETTER,  74, 60, , no-data" })
	void measureStatusJudgesTheLatestObservation(String what, DesiredDirection direction, BigDecimal baseline,
			BigDecimal target,
			BigDecimal latest, String expected) {
		Measure measure = MeasuresFactory.eINSTANCE.createMeasure();
		measure.setName(what);
		measure.setDesiredDirection(direction);
		measure.setBaselineValue(baseline);
		measure.setTargetValue(target);
		Observation older = MeasuresFactory.eINSTANCE.createObservation();
		older.setObservedOn(LocalDate.of(2024, 1, 1));
		older.setObservedValue(target == null ? BigDecimal.ONE : target);
		if (latest != null) {
			measure.getObservations().add(older);
			Observation newest = MeasuresFactory.eINSTANCE.createObservation();
			newest.setObservedOn(LocalDate.of(2024, 2, 1));
			newest.setObservedValue(latest);
			measure.getObservations().add(newest);
		}
		assertEquals(expected, new PlacewiseServices(CLOCK).measureStatus(measure), what);
	}

	@Test
	void typedFiguresAreReadOrRefusedInPlainWords() {
		Measure measure = MeasuresFactory.eINSTANCE.createMeasure();
		measure.setName("Average delay days");
		PlacewiseServices services = new PlacewiseServices(CLOCK);
		assertEquals(new BigDecimal("1250.5"), services.parseFigure(measure, " £1,250.5 "));
		assertEquals(null, services.parseFigure(measure, "  "));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> services.parseFigure(measure, "eight"));
		assertEquals(
				"'eight' is not a number, so it cannot be a figure of measure 'Average delay days'. Type digits such as 8.4 or 1,250.",
				e.getMessage());
	}

	@Test
	void decorationIconsExistAndAreDrawnInTheSeverityHues() throws Exception {
		for (Severity severity : Severity.values()) {
			String path = FindingMarks.iconPath(severity);
			Path file = Path.of("../../bundles/org.placewise.design")
					.resolve(path.substring("/org.placewise.design/".length()));
			assertTrue(Files.isRegularFile(file), file + " is missing");
			BufferedImage image = ImageIO.read(file.toFile());
			int rgb = image.getRGB(4, image.getHeight() - 5) & 0xffffff;
			var hue = FindingMarks.hue(severity).colour();
			assertEquals(Map.of("r", hue.red(), "g", hue.green(), "b", hue.blue()),
					Map.of("r", rgb >> 16 & 0xff, "g", rgb >> 8 & 0xff, "b", rgb & 0xff), severity + " icon colour");
		}
	}
}
