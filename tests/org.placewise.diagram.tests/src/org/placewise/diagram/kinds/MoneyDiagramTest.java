package org.placewise.diagram.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.placewise.diagram.kinds.SceneQueries.node;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.placewise.diagram.scene.Palettes;
import org.placewise.diagram.scene.Scene;
import org.placewise.diagram.scene.SceneEdge;

class MoneyDiagramTest {

	private static Scene money(String sample) {
		return PlacewiseDiagrams.scene(DiagramKind.MONEY, Samples.load(sample), DiagramOptions.defaults());
	}

	private static SceneEdge edge(Scene scene, String from, String to) {
		String source = node(scene, from).id();
		String target = node(scene, to).id();
		return scene.edges().stream().filter(e -> e.sourceId().equals(source) && e.targetId().equals(target))
				.findFirst().orElseThrow(() -> new AssertionError("no edge " + from + " -> " + to));
	}

	@Test
	void eachContributionIsAnArrowIntoThePoolWithAmountAndShare() {
		Scene scene = money(Samples.EXAMPLESHIRE);
		assertEquals(List.of("£8m (67%)"),
				edge(scene, "Exampleshire Integrated Care Board", "Exampletown intermediate care pool").labels());
		assertEquals(List.of("£4m (33%)"),
				edge(scene, "Exampletown Council", "Exampletown intermediate care pool").labels());
		assertEquals(List.of("£12m pooled", "Hosted by Exampletown Council",
				"Agreement: Exampletown section 75 agreement"),
				node(scene, "Exampletown intermediate care pool").details());
	}

	@Test
	void contributionWithoutAmountSaysSo() {
		Scene scene = money(Samples.GREATER_MANCHESTER);
		assertEquals(List.of("Amount not recorded"),
				edge(scene, "Tameside Council", "Tameside pooled budget").labels());
	}

	@Test
	void investmentFlowsThroughTheOrganisationInvestedInToTheBeneficiary() {
		Scene scene = money(Samples.BIRMINGHAM);
		SceneEdge invest = edge(scene, "Community services investment", "Community trust (Birmingham)");
		SceneEdge benefit = edge(scene, "Community trust (Birmingham)", "Birmingham City Council");
		assertEquals(List.of("Invests £2m"), invest.labels());
		assertEquals(List.of("Benefit £10m"), benefit.labels());
		assertEquals(Palettes.BENEFIT, benefit.styleKey());
		assertTrue(node(scene, "Community services investment").details().contains("No agreement recorded"));
	}

	@Test
	void modelWithoutMoneyHasNothingToDraw() {
		var e = assertThrows(DiagramException.class, () -> money(Samples.BRADFORD));
		assertEquals("Nothing to draw: the money diagram shows pooled budgets or investment flows, and there are none "
				+ "in model 'Bradford District and Craven'.", e.getMessage());
	}
}
