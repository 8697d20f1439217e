package org.placewise.diagram.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.placewise.diagram.kinds.SceneQueries.edgesFor;
import static org.placewise.diagram.kinds.SceneQueries.node;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.placewise.checks.Severity;
import org.placewise.diagram.scene.Palettes;
import org.placewise.diagram.scene.Scene;
import org.placewise.diagram.scene.SceneEdge;
import org.placewise.model.core.CoreFactory;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.BoardKind;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.GovernanceFactory;
import org.placewise.model.resource.Identities;

class GovernanceDiagramTest {

	private static Delegation delegation(PlacewiseModel model, String name) {
		return model.getDelegations().stream().filter(d -> d.getName().equals(name)).findFirst().orElseThrow();
	}

	private static Scene governance(PlacewiseModel model, DiagramOptions options) {
		return PlacewiseDiagrams.scene(DiagramKind.GOVERNANCE, model, options);
	}

	@Test
	void delegationArrowShowsScopeLimitReservedMattersAndEscalation() {
		PlacewiseModel model = Samples.load(Samples.EXAMPLESHIRE);
		Scene scene = governance(model, DiagramOptions.defaults());
		List<SceneEdge> edges = edgesFor(scene, delegation(model, "Community services budget"));
		assertEquals(1, edges.size());
		SceneEdge edge = edges.get(0);
		assertEquals(List.of("Community services budget lines for Exampletown", "Limit £5m",
				"Reserved: Decommissioning a service", "Escalate above £1m to ICB Board"), edge.labels());
		assertEquals(node(scene, "ICB Board").id(), edge.sourceId());
		assertEquals(node(scene, "Exampletown Place Committee").id(), edge.targetId());
		assertTrue(edge.description().contains("up to £5,000,000"), edge.description());
		assertTrue(edge.description().contains("Any decision rated high risk"), edge.description());
	}

	@Test
	void delegationWithoutLimitSaysSo() {
		PlacewiseModel model = Samples.load(Samples.EXAMPLESHIRE);
		delegation(model, "Discharge fund").setFinancialLimit(null);
		Scene scene = governance(model, DiagramOptions.defaults());
		SceneEdge edge = edgesFor(scene, delegation(model, "Discharge fund")).get(0);
		assertTrue(edge.labels().contains("No £ limit stated"), edge.labels().toString());
	}

	@Test
	void delegatesMayBeRolesAndOrganisations() {
		Scene scene = governance(Samples.load(Samples.EXAMPLESHIRE), DiagramOptions.defaults());
		assertEquals(Palettes.ROLE, node(scene, "Exampletown place lead").styleKey());
		assertEquals(List.of("Place lead \u00b7 Alex Example"), node(scene, "Exampletown place lead").details());
		assertEquals(Palettes.ORGANISATION, node(scene, "Exampletown Community Health NHS Trust").styleKey());
	}

	@Test
	void reportingLineIsDrawnUpToTheBoardReportedTo() {
		Scene scene = governance(Samples.load(Samples.EXAMPLESHIRE), DiagramOptions.defaults());
		SceneEdge line = scene.edges().stream().filter(e -> e.styleKey().equals(Palettes.REPORTS_TO)).findFirst()
				.orElseThrow();
		String committee = node(scene, "Exampletown Place Committee").id();
		String board = node(scene, "ICB Board").id();
		assertEquals(committee, line.sourceId());
		assertEquals(board, line.targetId());
		var laid = PlacewiseDiagrams.layout(DiagramKind.GOVERNANCE, scene);
		var placed = laid.nodesById();
		assertTrue(placed.get(board).bounds().bottom() <= placed.get(committee).bounds().y(),
				"the board reported to sits above");
		var route = laid.edges().stream().filter(e -> e.edge() == line).findFirst().orElseThrow().points();
		assertEquals(0, placed.get(board).bounds().distanceToBorder(route.get(route.size() - 1)), 1.0,
				"the arrow ends at the board reported to");
	}

	@Test
	void subGroupsAreNestedInsideTheirBoard() {
		PlacewiseModel model = CoreFactory.eINSTANCE.createPlacewiseModel();
		model.setName("Sub-groups");
		Board board = GovernanceFactory.eINSTANCE.createBoard();
		board.setName("Place Committee");
		board.setKind(BoardKind.COMMITTEE);
		Board finance = GovernanceFactory.eINSTANCE.createBoard();
		finance.setName("Finance sub-committee");
		finance.setKind(BoardKind.SUB_COMMITTEE);
		board.getSubGroups().add(finance);
		model.getBoards().add(board);
		Identities.assignMissing(model);
		Scene scene = governance(model, DiagramOptions.defaults());
		assertEquals("Place Committee", scene.parentOf(node(scene, "Finance sub-committee").id()).title());
		assertEquals(1, scene.nodes().size());
	}

	@Test
	void scopedToAPlaceTheDelegatorAboveIsDrawnAsContext() {
		PlacewiseModel model = Samples.load(Samples.EXAMPLESHIRE);
		Scene scene = governance(model,
				DiagramOptions.defaults().withScope(DiagramScope.all().withRoot("Exampletown")));
		assertEquals(Palettes.CONTEXT, node(scene, "ICB Board").styleKey());
		assertEquals(Palettes.BOARD, node(scene, "Exampletown Place Committee").styleKey());
		assertEquals(1, edgesFor(scene, delegation(model, "Community services budget")).size());
	}

	@Test
	void delegationAboveItsDelegatorsLimitCarriesAnErrorBadge() {
		PlacewiseModel model = Samples.load(Samples.EXAMPLESHIRE);
		var findings = FindingsOverlay.check(model, Samples.checker());
		Scene scene = governance(model, DiagramOptions.defaults().withFindings(findings));
		SceneEdge edge = edgesFor(scene, delegation(model, "Intermediate care pool decisions")).get(0);
		var error = edge.badges().stream().filter(b -> b.severity() == org.placewise.diagram.scene.Severity.ERROR)
				.findFirst().orElseThrow();
		assertEquals("1", error.text());
		assertTrue(error.description().contains("delegation.exceeds-delegator-limit"), error.description());
		assertTrue(scene.legend().stream().anyMatch(l -> l.severity() == org.placewise.diagram.scene.Severity.ERROR));
	}

	@Test
	void findingsOffDrawNoBadges() {
		Scene scene = governance(Samples.load(Samples.EXAMPLESHIRE), DiagramOptions.defaults());
		assertTrue(scene.edges().stream().allMatch(e -> e.badges().isEmpty()));
		assertTrue(scene.nodesById().values().stream().allMatch(n -> n.badges().isEmpty()));
		assertFalse(scene.legend().stream().anyMatch(l -> l.severity() != null));
	}

	@Test
	void notesCanBeLeftOut() {
		PlacewiseModel model = Samples.load(Samples.EXAMPLESHIRE);
		var all = FindingsOverlay.check(model, Samples.checker());
		var warnings = all.atLeast(Severity.WARNING);
		assertTrue(all.findings().stream().anyMatch(f -> f.severity() == Severity.INFO));
		assertTrue(warnings.findings().stream().noneMatch(f -> f.severity() == Severity.INFO));
		assertFalse(warnings.findings().isEmpty());
	}
}
