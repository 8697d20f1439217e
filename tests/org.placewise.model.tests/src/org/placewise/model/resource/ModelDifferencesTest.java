package org.placewise.model.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.core.NamedElement;
import org.placewise.model.tests.SampleModels;

class ModelDifferencesTest {

	private static PlacewiseModel sample() {
		return SampleModels.all().get("exampleshire-scheme-of-delegation").get();
	}

	@Test
	void aCopyHasNoDifferences() {
		PlacewiseModel model = sample();
		assertEquals(List.of(), ModelDifferences.byId(model, EcoreUtil.copy(model)));
	}

	@Test
	void aChangedNameIsReportedWithTheObjectAndBothValues() {
		PlacewiseModel model = sample();
		PlacewiseModel copy = EcoreUtil.copy(model);
		NamedElement renamed = copy.eContents().stream().filter(NamedElement.class::isInstance)
				.map(NamedElement.class::cast).findFirst().orElseThrow();
		String before = renamed.getName();
		renamed.setName("Renamed");

		List<String> differences = ModelDifferences.byId(model, copy);

		assertEquals(1, differences.size(), differences.toString());
		assertTrue(differences.get(0).contains(renamed.getId()), differences.get(0));
		assertTrue(differences.get(0).contains(".name: expected " + before + " but was Renamed"), differences.get(0));
	}

	@Test
	void aMissingObjectIsReported() {
		PlacewiseModel model = sample();
		PlacewiseModel copy = EcoreUtil.copy(model);
		EcoreUtil.delete(copy.eContents().get(0), true);

		assertTrue(ModelDifferences.byId(model, copy).stream().anyMatch(d -> d.startsWith("missing: ")));
	}
}
