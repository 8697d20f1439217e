package org.placewise.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.placewise.model.core.Identified;
import org.placewise.model.core.PlacewiseModel;

/**
 * {@code placewise generate --copies N}: N generated models in one, for models larger than England (issue 19, defect 14
 * was found on a model eight times England).
 */
class ModelCopiesTest {

	@Test
	void threeCopiesHoldThreeModelsFromThreeSeedsWithEveryIdDistinctAndEveryLinkInside() {
		GeneratedModel copies = ModelCopies.generate(Scale.PLACE, 5, 0.05, 3);
		List<GeneratedModel> alone = List.of(EnglandModelGenerator.of(Scale.PLACE, 5).generate(),
				EnglandModelGenerator.of(Scale.PLACE, 6).generate(),
				EnglandModelGenerator.of(Scale.PLACE, 7).generate());
		PlacewiseModel model = copies.model();

		int objects = 1;
		Set<String> ids = new HashSet<>();
		List<String> duplicated = new ArrayList<>();
		for (Iterator<EObject> all = model.eAllContents(); all.hasNext();) {
			EObject object = all.next();
			objects++;
			if (object instanceof Identified identified && !ids.add(identified.getId())) {
				duplicated.add(identified.getId());
			}
			for (EObject target : object.eCrossReferences()) {
				assertSame(model, EcoreUtil.getRootContainer(target), "a link from " + object + " leaves the model");
			}
		}
		assertEquals(0, duplicated.size(),
				"ids given twice, e.g. " + duplicated.subList(0, Math.min(3, duplicated.size())));
		assertEquals(objects, copies.objectCount());
		assertEquals(alone.stream().mapToInt(GeneratedModel::objectCount).sum() - 2, objects,
				"every object of each copy, one root");
		for (EReference containment : model.eClass().getEAllContainments()) {
			if (containment.isMany()) {
				assertEquals(alone.stream().mapToInt(g -> ((List<?>) g.model().eGet(containment)).size()).sum(),
						((List<?>) model.eGet(containment)).size(), containment.getName());
			}
		}
		// The copies in order: the first is the model generated from the seed itself.
		assertEquals(idsOf(alone.get(0).model().getProgrammes()),
				idsOf(model.getProgrammes().subList(0, alone.get(0).model().getProgrammes().size())));
		assertEquals(alone.stream().mapToInt(GeneratedModel::plantedTotal).sum(), copies.plantedTotal());
		assertTrue(model.getName().endsWith("3 copies"), model.getName());
	}

	@Test
	void theSameOptionsGiveTheSameModelAndOneCopyIsThePlainModel() {
		assertEquals(idsOf(ModelCopies.generate(Scale.PLACE, 2, 0.05, 2).model().getMeasures()),
				idsOf(ModelCopies.generate(Scale.PLACE, 2, 0.05, 2).model().getMeasures()));
		assertEquals(idsOf(EnglandModelGenerator.of(Scale.PLACE, 2).generate().model().getMeasures()),
				idsOf(ModelCopies.generate(Scale.PLACE, 2, 0.05, 1).model().getMeasures()));
		assertThrows(IllegalArgumentException.class, () -> ModelCopies.generate(Scale.PLACE, 2, 0.05, 0));
	}

	private static List<String> idsOf(List<? extends Identified> objects) {
		return objects.stream().map(Identified::getId).toList();
	}
}
