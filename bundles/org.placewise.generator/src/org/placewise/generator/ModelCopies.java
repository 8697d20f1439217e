package org.placewise.generator;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.InternalEList;
import org.placewise.model.core.PlacewiseModel;

/**
 * Models larger than England, for stress tests: several generated models of one scale, each from its own seed (the
 * seed, the seed + 1, ...), in one model. Every top-level object of each copy (footprints, organisations, boards,
 * programmes, measures, ...) is moved under the first copy's root, links included, so eight copies of England are a
 * model eight times England with every id distinct. The same scale, seed, gap rate and number of copies always give the
 * same model.
 */
public final class ModelCopies {

	private ModelCopies() {
	}

	/**
	 * @param scale   the scale of each copy
	 * @param seed    the seed of the first copy; copy {@code i} (from 0) uses {@code seed + i}
	 * @param gapRate the share (0 to 1) of candidates given each planted gap, in every copy
	 * @param copies  how many copies, at least 1 (1 gives the same model as {@link EnglandModelGenerator})
	 * @return the model holding every copy, with the gaps and objects of all copies counted together
	 */
	public static GeneratedModel generate(Scale scale, long seed, double gapRate, int copies) {
		if (copies < 1) {
			throw new IllegalArgumentException("at least one copy, not " + copies);
		}
		GeneratedModel first = new EnglandModelGenerator(scale, seed, gapRate).generate();
		if (copies == 1) {
			return first;
		}
		PlacewiseModel model = first.model();
		Map<GapKind, Integer> candidates = new EnumMap<>(first.candidates());
		Map<GapKind, Integer> planted = new EnumMap<>(first.planted());
		int objects = first.objectCount();
		for (int copy = 1; copy < copies; copy++) {
			// One copy at a time: only the combined model and the copy being moved are held.
			GeneratedModel next = new EnglandModelGenerator(scale, seed + copy, gapRate).generate();
			moveContents(next.model(), model);
			next.candidates().forEach((kind, count) -> candidates.merge(kind, count, Integer::sum));
			next.planted().forEach((kind, count) -> planted.merge(kind, count, Integer::sum));
			objects += next.objectCount() - 1;
		}
		model.setName(model.getName() + ", " + copies + " copies");
		model.setDescription(model.getDescription() + " " + copies + " copies, from seeds " + seed + " to "
				+ (seed + copies - 1) + ".");
		return new GeneratedModel(model, scale, seed, gapRate, candidates, planted, objects);
	}

	/**
	 * Moves every object held in a many-valued containment of {@code from}'s root to the same containment of
	 * {@code to}, in order. The source lists are emptied first, so each move is constant (taking objects one by one
	 * from the front of a list of thousands would shift the rest each time), and the objects are added without a search
	 * for duplicates.
	 */
	@SuppressWarnings("unchecked")
	private static void moveContents(PlacewiseModel from, PlacewiseModel to) {
		for (EReference containment : from.eClass().getEAllContainments()) {
			if (!containment.isMany()) {
				continue;
			}
			EList<Object> source = (EList<Object>) from.eGet(containment);
			List<Object> moving = new ArrayList<>(source);
			source.clear();
			// Objects of another model, none already there: no search for duplicates in the growing list.
			((InternalEList<Object>) to.eGet(containment)).addAllUnique(moving);
		}
	}
}
