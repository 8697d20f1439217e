package org.placewise.diagram.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.footprint.Footprint;

class DiagramScopeTest {

	/** Greater Manchester with Tameside renamed "Bolton": two places of one name. */
	private static PlacewiseModel twoBoltons() {
		PlacewiseModel model = Samples.load(Samples.GREATER_MANCHESTER);
		tameside(model).setName("Bolton");
		return model;
	}

	private static Footprint tameside(PlacewiseModel model) {
		return model.getFootprints().get(0).getChildren().get(2);
	}

	@Test
	void aFootprintIsFoundByNameIgnoringCaseSpacingAndAmpersand() {
		PlacewiseModel model = Samples.load(Samples.BRADFORD);

		assertEquals("Bradford District and Craven",
				DiagramScope.findRoot(model, "  bradford district  &  craven ").getName());
	}

	@Test
	void anIdNamesItsFootprintEvenWhenTheNameIsShared() {
		PlacewiseModel model = twoBoltons();
		Footprint tameside = tameside(model);

		assertSame(tameside, DiagramScope.findRoot(model, tameside.getId()));
	}

	@Test
	void anIdWinsOverAnotherFootprintsNameThatIsTheSameText() {
		PlacewiseModel model = Samples.load(Samples.GREATER_MANCHESTER);
		Footprint wigan = model.getFootprints().get(0).getChildren().get(0);
		Footprint tameside = tameside(model);
		wigan.setName(tameside.getId());

		assertSame(tameside, DiagramScope.findRoot(model, tameside.getId()));
	}

	@Test
	void aSharedNameIsRefusedNamingTheIdsToUseInstead() {
		PlacewiseModel model = twoBoltons();

		var refused = assertThrows(DiagramException.class, () -> DiagramScope.findRoot(model, "Bolton"));
		assertTrue(refused.getMessage().startsWith("'Bolton' names 2 footprints"), refused.getMessage());
		assertTrue(refused.getMessage().contains(tameside(model).getId()), refused.getMessage());
	}

	@Test
	void anUnknownNameIsRefusedListingTheFootprintsThereAre() {
		var refused = assertThrows(DiagramException.class,
				() -> DiagramScope.findRoot(Samples.load(Samples.EXAMPLESHIRE), "Nowhere"));

		assertTrue(refused.getMessage().startsWith("There is no footprint called 'Nowhere'. Footprints in this model: "
				+ "Exampleshire, Exampletown"), refused.getMessage());
	}

	@Test
	void aRootFootprintIsDrawnWhateverItsNameSharesWithOthers() {
		PlacewiseModel model = twoBoltons();
		DiagramScope scope = DiagramScope.all().withRoot(tameside(model));

		assertEquals(List.of(tameside(model)), scope.resolve(model).roots());
		assertEquals("Bolton", scope.root(), "the root's name is what messages and titles say");
		var scene = PlacewiseDiagrams.scene(DiagramKind.SYSTEMS, model, DiagramOptions.defaults().withScope(scope));
		assertTrue(SceneQueries.hasNode(scene, "Tameside and Glossop integrated commissioning"));
		assertFalse(SceneQueries.hasNode(scene, "Bolton Integrated Care Partnership"));
	}

	@Test
	void aRootFootprintKeepsItsPlaceThroughDepthAndHiding() {
		PlacewiseModel model = twoBoltons();
		DiagramScope scope = DiagramScope.all().withRoot(tameside(model)).withDepth(1)
				.hiding(Set.of(ElementKind.ORGANISATIONS));

		assertSame(tameside(model), scope.rootFootprint());
		assertEquals(List.of(tameside(model)), scope.resolve(model).roots());
	}

	@Test
	void aRootFootprintOfAnotherModelIsRefused() {
		Footprint elsewhere = tameside(Samples.load(Samples.GREATER_MANCHESTER));
		DiagramScope scope = DiagramScope.all().withRoot(elsewhere);

		var refused = assertThrows(DiagramException.class,
				() -> scope.resolve(Samples.load(Samples.GREATER_MANCHESTER)));
		assertEquals("The footprint 'Tameside' is not in model 'Greater Manchester: Wigan, Bolton and Tameside'.",
				refused.getMessage());
	}
}
