package org.placewise.diagram.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.placewise.diagram.layout.LaidOutScene;
import org.placewise.diagram.layout.PlacedEdge;
import org.placewise.diagram.layout.PlacedNode;
import org.placewise.diagram.layout.SceneLayout;
import org.placewise.diagram.scene.Scene;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.BoardKind;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.GovernanceFactory;

/**
 * An edit of a property redraws the diagram over its previous geometry (no ELK run) and names what changed; an edit of
 * structure, or text that no longer fits its box, asks for a new layout.
 */
class RelabelTest {

	private final PlacewiseModel model = Samples.load(Samples.EXAMPLESHIRE);
	private final SceneLayout layout = new SceneLayout(DiagramKind.GOVERNANCE.flow());

	private Scene scene() {
		return PlacewiseDiagrams.scene(DiagramKind.GOVERNANCE, model, DiagramOptions.defaults());
	}

	private Delegation limited() {
		return model.getDelegations().stream().filter(d -> d.getFinancialLimit() != null
				&& d.getFinancialLimit().compareTo(BigDecimal.valueOf(100_000)) > 0).findFirst().orElseThrow();
	}

	@Test
	void aChangedLimitRedrawsOnlyItsDelegationWhereEverythingWas() {
		LaidOutScene before = layout.layout(scene());
		Delegation d = limited();
		List<String> labelsBefore = before.edges().stream()
				.filter(e -> EcoreUtil.getID(d).equals(e.edge().objectId())).findFirst().orElseThrow().edge().labels();
		d.setFinancialLimit(d.getFinancialLimit().divide(BigDecimal.valueOf(2)));
		SceneLayout.Relabelled after = layout.relabel(before, scene());
		assertNotNull(after, "a changed limit needs no new layout");
		String edgeId = after.laidOut().edges().stream().filter(e -> EcoreUtil.getID(d).equals(e.edge().objectId()))
				.findFirst().orElseThrow().edge().id();
		assertEquals(Set.of(edgeId), after.changed());
		for (int i = 0; i < before.nodes().size(); i++) {
			PlacedNode a = before.nodes().get(i);
			PlacedNode b = after.laidOut().nodes().get(i);
			assertEquals(a.node().id(), b.node().id());
			assertEquals(a.bounds(), b.bounds());
			assertEquals(a.lines(), b.lines());
		}
		for (int i = 0; i < before.edges().size(); i++) {
			PlacedEdge a = before.edges().get(i);
			PlacedEdge b = after.laidOut().edges().get(i);
			assertEquals(a.points(), b.points());
			assertEquals(a.labelBounds(), b.labelBounds());
		}
		PlacedEdge changed = after.laidOut().edges().stream().filter(e -> e.edge().id().equals(edgeId)).findFirst()
				.orElseThrow();
		assertTrue(!changed.edge().labels().equals(labelsBefore), "the new limit is drawn: " + changed.labels());
	}

	@Test
	void aRenamedBoardRedrawsOnlyItsBoxAndTheArrowsNamingIt() {
		LaidOutScene before = layout.layout(scene());
		Board board = model.getBoards().get(0);
		board.setName(board.getName().substring(0, board.getName().length() - 1));
		SceneLayout.Relabelled after = layout.relabel(before, scene());
		assertNotNull(after);
		String nodeId = after.laidOut().nodes().stream().filter(n -> EcoreUtil.getID(board).equals(n.node().objectId()))
				.findFirst().orElseThrow().node().id();
		assertTrue(after.changed().contains(nodeId), after.changed().toString());
		// Besides its box, only the arrows at it change: their descriptions name it.
		for (String id : after.changed()) {
			assertTrue(id.equals(nodeId) || after.laidOut().edges().stream().anyMatch(e -> e.edge().id().equals(id)
					&& (e.edge().sourceId().equals(nodeId) || e.edge().targetId().equals(nodeId))),
					id + " changed too");
		}
	}

	@Test
	void aNewCommitteeNeedsANewLayout() {
		LaidOutScene before = layout.layout(scene());
		Board committee = GovernanceFactory.eINSTANCE.createBoard();
		committee.setName("Exampletown Urgent Care Committee");
		committee.setKind(BoardKind.COMMITTEE);
		model.getBoards().get(0).getSubGroups().add(committee);
		assertNull(layout.relabel(before, scene()));
	}

	@Test
	void aNameTooLongForItsBoxNeedsANewLayout() {
		LaidOutScene before = layout.layout(scene());
		// a board no arrow's label names (an escalation line names the board escalated to): only its box grows
		Board board = model.getBoards().stream().filter(b -> before.edges().stream()
				.noneMatch(e -> e.labels().stream().anyMatch(l -> l.text().contains(b.getName())))).findFirst()
				.orElseThrow();
		board.setName(board.getName() + " and its Extraordinarily Long Additional Name Supplementum");
		assertNull(layout.relabel(before, scene()));
	}

	@Test
	void aDelegationMovedToAnotherDelegateNeedsANewLayout() {
		LaidOutScene before = layout.layout(scene());
		Delegation d = limited();
		var from = d.getDelegator();
		d.setDelegator(d.getDelegate());
		d.setDelegate(from);
		assertNull(layout.relabel(before, scene()));
	}
}
