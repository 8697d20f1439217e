package org.placewise.generator;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.placewise.model.core.PlacewiseModel;

/**
 * A generated model and what went into it: for each kind of planted gap, how many objects could have had it and how
 * many were given it.
 *
 * @param model       the model, not yet in any resource
 * @param scale       the scale it was generated at
 * @param seed        the seed it was generated from
 * @param gapRate     the requested share of candidates given each gap
 * @param candidates  per gap kind, how many objects could have had the gap
 * @param planted     per gap kind, how many objects were given it
 * @param objectCount how many model objects the model holds, the root included
 */
public record GeneratedModel(PlacewiseModel model, Scale scale, long seed, double gapRate,
		Map<GapKind, Integer> candidates, Map<GapKind, Integer> planted, int objectCount) {

	/** Copies the maps so the record cannot change afterwards. */
	public GeneratedModel {
		candidates = Collections.unmodifiableMap(new EnumMap<>(candidates));
		planted = Collections.unmodifiableMap(new EnumMap<>(planted));
	}

	/** @return how many gaps were planted, all kinds together */
	public int plantedTotal() {
		return planted.values().stream().mapToInt(Integer::intValue).sum();
	}

	/** @return how many objects could have had a gap, all kinds together */
	public int candidatesTotal() {
		return candidates.values().stream().mapToInt(Integer::intValue).sum();
	}
}
