package org.placewise.generator.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import org.placewise.generator.GapKind;
import org.placewise.model.core.CoreFactory;
import org.placewise.model.core.Identified;
import org.placewise.model.core.PlacewiseModel;

/**
 * One run of the generator: the random source seeded with the seed, the name book, the model being built and the tally
 * of planted gaps, shared by the parts that generate footprints and organisations, governance, money, outcomes and
 * programmes, and measures. All parts draw from the one random source in a fixed order, so the same seed and gap rate
 * give the same model, ids included.
 */
public final class Generation {
	final SplittableRandom random;
	final NameBook names;
	final PlacewiseModel model = CoreFactory.eINSTANCE.createPlacewiseModel();
	private final double gapRate;
	private final Map<GapKind, Integer> candidates = new EnumMap<>(GapKind.class);
	private final Map<GapKind, Integer> planted = new EnumMap<>(GapKind.class);

	/**
	 * @param seed    the seed of every random choice
	 * @param gapRate the share (0 to 1) of candidate objects given each kind of planted gap
	 */
	public Generation(long seed, double gapRate) {
		this.random = new SplittableRandom(seed);
		this.names = new NameBook(random);
		this.gapRate = gapRate;
		for (GapKind kind : GapKind.values()) {
			candidates.put(kind, 0);
			planted.put(kind, 0);
		}
	}

	/**
	 * Builds the model: its root, then the integrated care systems one after another.
	 *
	 * @param name                  the model's name
	 * @param description           the model's description
	 * @param integratedCareSystems how many integrated care systems to generate
	 * @return the model
	 */
	public PlacewiseModel build(String name, String description, int integratedCareSystems) {
		identify(model);
		model.setName(name);
		model.setDescription(description);
		Organisations organisations = new Organisations(this);
		IntegratedCareSystems systems = new IntegratedCareSystems(this, organisations, new Governance(this),
				new Finance(this), new Programmes(this, organisations, new Measures(this)));
		for (int i = 0; i < integratedCareSystems; i++) {
			systems.integratedCareSystem(i);
		}
		return model;
	}

	/** @return per gap kind, how many objects could have had the gap */
	public Map<GapKind, Integer> candidates() {
		return candidates;
	}

	/** @return per gap kind, how many objects were given it */
	public Map<GapKind, Integer> planted() {
		return planted;
	}

	/** Counts a candidate for the gap and decides, with the gap rate, whether it gets the gap. */
	boolean gap(GapKind kind) {
		candidates.merge(kind, 1, Integer::sum);
		// Always draw, so the gap rate changes which objects have gaps but not the rest of the model.
		boolean plant = random.nextDouble() < gapRate;
		if (plant) {
			planted.merge(kind, 1, Integer::sum);
		}
		return plant;
	}

	<T extends Identified> T identify(T object) {
		// A version 4 (random) UUID drawn from the seeded source, so ids repeat with the seed.
		long high = (random.nextLong() & ~0xF000L) | 0x4000L;
		long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
		object.setId(new UUID(high, low).toString());
		return object;
	}

	String code(int digits) {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < digits; i++) {
			code.append(i == 0 && digits < 5 ? (char) ('A' + random.nextInt(26)) : (char) ('0' + random.nextInt(10)));
		}
		return code.toString();
	}

	/**
	 * Splits a population into parts of uneven size that add up to {@code percent} per cent of it, so children never
	 * out-populate their parent.
	 */
	long[] split(long population, int parts, int percent) {
		long[] weights = new long[parts];
		long sum = 0;
		for (int i = 0; i < parts; i++) {
			weights[i] = 70 + random.nextInt(61);
			sum += weights[i];
		}
		long available = population * percent / 100;
		long[] result = new long[parts];
		for (int i = 0; i < parts; i++) {
			result[i] = available * weights[i] / sum / 100 * 100;
		}
		return result;
	}
}
