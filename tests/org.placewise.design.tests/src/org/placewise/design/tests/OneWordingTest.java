package org.placewise.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.placewise.design.services.PlacewiseServices;
import org.placewise.diagram.kinds.DiagramKind;
import org.placewise.diagram.kinds.DiagramLabels;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.footprint.FootprintFactory;
import org.placewise.model.footprint.FootprintKind;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.BoardKind;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.GovernanceFactory;
import org.placewise.model.governance.LegalBasis;
import org.placewise.model.organisation.Organisation;
import org.placewise.model.organisation.OrganisationFactory;
import org.placewise.model.organisation.OrganisationKind;
import org.placewise.model.organisation.Role;
import org.placewise.model.organisation.RoleKind;
import org.placewise.model.outcomes.Outcome;
import org.placewise.model.outcomes.OutcomeLevel;
import org.placewise.model.outcomes.OutcomesFactory;
import org.placewise.store.ModelFiles;

/**
 * One way to say a thing: the diagrams, the Sirius services, the viewpoint specification and the workbench labels word
 * enum literals, diagram names and dates exactly as {@link PlacewiseLabels} does. Each test fails when one of those
 * outputs words the same thing its own way.
 */
class OneWordingTest {

	private static final Clock CLOCK = Clock.fixed(LocalDate.of(2025, 6, 30).atStartOfDay().toInstant(ZoneOffset.UTC),
			ZoneOffset.UTC);

	@ParameterizedTest
	@EnumSource(LegalBasis.class)
	void theDelegationSentenceNamesTheLegalBasisAsTheLabelApiDoes(LegalBasis basis) {
		Delegation delegation = GovernanceFactory.eINSTANCE.createDelegation();
		delegation.setLegalBasis(basis);
		String sentence = DiagramLabels.delegationSentence(delegation);
		if (basis == LegalBasis.NOT_STATED) {
			assertTrue(!sentence.contains("legal basis"), sentence);
		} else {
			assertTrue(sentence.contains("; legal basis: " + PlacewiseLabels.literal(basis) + "."), sentence);
		}
	}

	@ParameterizedTest
	@EnumSource(FootprintKind.class)
	void footprintLevelsReadTheSameOnDiagramsAndInTheWorkbench(FootprintKind kind) {
		Footprint footprint = FootprintFactory.eINSTANCE.createFootprint();
		footprint.setName("Wigan");
		footprint.setKind(kind);
		String words = PlacewiseLabels.literal(kind);
		assertEquals(words + " \u00b7 population unknown", DiagramLabels.footprintSummary(footprint));
		assertEquals(words + ": Wigan", PlacewiseLabels.text(footprint));
		assertTrue(DiagramLabels.footprintCount(kind, 1).equals("1 " + PlacewiseLabels.literalInSentence(kind)),
				DiagramLabels.footprintCount(kind, 1));
	}

	@ParameterizedTest
	@EnumSource(OutcomeLevel.class)
	void outcomeLevelsReadTheSameInTheOutcomeTreeAndTheWorkbench(OutcomeLevel level) {
		PlacewiseModel model = org.placewise.model.core.CoreFactory.eINSTANCE.createPlacewiseModel();
		var vision = OutcomesFactory.eINSTANCE.createVision();
		vision.setId("v");
		vision.setName("Healthy lives");
		Outcome outcome = OutcomesFactory.eINSTANCE.createOutcome();
		outcome.setId("o");
		outcome.setName("Fewer falls");
		outcome.setLevel(level);
		vision.getOutcomes().add(outcome);
		model.getVisions().add(vision);
		String words = PlacewiseLabels.literal(level);
		assertEquals(words + " outcome: Fewer falls", PlacewiseLabels.text(outcome));
		String label = new PlacewiseServices(CLOCK).outcomeLabel(outcome);
		assertTrue(label.lines().anyMatch((words + " outcome")::equals), label);
	}

	@ParameterizedTest
	@EnumSource(BoardKind.class)
	void boardKindsReadTheSameOnEveryDiagram(BoardKind kind) {
		Board board = GovernanceFactory.eINSTANCE.createBoard();
		board.setKind(kind);
		assertEquals(PlacewiseLabels.literal(kind), DiagramLabels.boardDetails(board).get(0));
	}

	@ParameterizedTest
	@EnumSource(OrganisationKind.class)
	void organisationKindsReadTheSameOnEveryDiagram(OrganisationKind kind) {
		Organisation organisation = OrganisationFactory.eINSTANCE.createOrganisation();
		organisation.setKind(kind);
		assertEquals(PlacewiseLabels.literal(kind), DiagramLabels.organisationKind(organisation));
	}

	@ParameterizedTest
	@EnumSource(RoleKind.class)
	void roleKindsReadTheSameOnEveryDiagram(RoleKind kind) {
		Role role = OrganisationFactory.eINSTANCE.createRole();
		role.setKind(kind);
		assertEquals(PlacewiseLabels.literal(kind), DiagramLabels.roleDetail(role));
	}

	@Test
	void datesOnDiagramsAreTheLabelApisDates() {
		LocalDate date = LocalDate.of(2024, 9, 3);
		assertEquals(PlacewiseLabels.date(date), DiagramLabels.date(date));
		Delegation delegation = GovernanceFactory.eINSTANCE.createDelegation();
		delegation.setReviewDate(date);
		assertTrue(DiagramLabels.delegationSentence(delegation).contains("review by " + PlacewiseLabels.date(date)));
	}

	@ParameterizedTest
	@MethodSource("org.placewise.design.tests.PlacewiseServicesTest#samples")
	void siriusLabelsOfSampleModelsWordKindsAsTheLabelApiDoes(Path sample) throws Exception {
		PlacewiseModel model = new ModelFiles().load(sample);
		PlacewiseServices services = new PlacewiseServices(CLOCK);
		int compared = 0;
		for (Footprint footprint : all(model, Footprint.class)) {
			String label = services.systemsLabel(footprint);
			if (!label.equals(DiagramLabels.name(footprint))) { // footprints outside the diagram keep their name
				assertTrue(label.contains(PlacewiseLabels.literal(footprint.getKind())), label);
				compared++;
			}
		}
		for (Board board : services.allBoards(model)) {
			String label = services.governanceLabel(board);
			if (!label.equals(DiagramLabels.name(board))) { // boards outside the governance diagram keep their name
				// The kind is a line of its own, or leads the line that adds the footprint ("Board · Wigan").
				String kind = PlacewiseLabels.literal(board.getKind());
				assertTrue(label.lines().anyMatch(line -> line.equals(kind) || line.startsWith(kind + " \u00b7 ")),
						label);
				compared++;
			}
		}
		assertTrue(compared > 0, "nothing compared in " + sample);
	}

	@Test
	void theViewpointNamesTheFourDiagramsAndFootprintLevelsAsPlacewiseDoes() throws Exception {
		String odesign = Files.readString(Path.of("../../bundles/org.placewise.design/description/placewise.odesign"));
		Map<String, DiagramKind> representations = Map.of("SystemsWithinSystems", DiagramKind.SYSTEMS,
				"GovernanceAndDelegations", DiagramKind.GOVERNANCE, "OutcomeTree", DiagramKind.OUTCOMES);
		representations.forEach((name, kind) -> {
			Matcher m = Pattern
					.compile("name=\"" + name + "\" label=\"([^\"]*)\"[^>]*titleExpression=\"aql:'([^']*): '")
					.matcher(odesign);
			assertTrue(m.find(), name);
			assertEquals(kind.title(), m.group(1).replace("&amp;", "&"), name);
			assertEquals(kind.title(), m.group(2), name);
		});
		Map<String, FootprintKind> tools = Map.of("CreateIntegratedCareSystem", FootprintKind.INTEGRATED_CARE_SYSTEM,
				"CreatePlace", FootprintKind.PLACE, "CreateLocality", FootprintKind.LOCALITY, "CreateNeighbourhood",
				FootprintKind.NEIGHBOURHOOD);
		for (var entry : tools.entrySet()) {
			String tool = entry.getKey();
			FootprintKind kind = entry.getValue();
			Matcher m = Pattern.compile("name=\"" + tool + "\" label=\"([^\"]*)\"").matcher(odesign);
			assertTrue(m.find(), tool);
			assertEquals(PlacewiseLabels.literal(kind), m.group(1), tool);
		}
	}

	private static <T> List<T> all(PlacewiseModel model, Class<T> type) {
		var found = new java.util.ArrayList<T>();
		model.eAllContents().forEachRemaining(o -> {
			if (type.isInstance(o)) {
				found.add(type.cast(o));
			}
		});
		return found;
	}
}
