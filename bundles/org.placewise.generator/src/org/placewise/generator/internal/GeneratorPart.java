package org.placewise.generator.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.SplittableRandom;

import org.placewise.generator.EnglandModelGenerator;
import org.placewise.generator.GapKind;
import org.placewise.model.core.Identified;
import org.placewise.model.core.PlacewiseModel;

/**
 * What every part of the generator shares: the run's random source, name book and model, the fixed dates the model is
 * built around, and the helpers that plant gaps, give ids and draw codes.
 */
abstract class GeneratorPart {
	protected static final LocalDate REFERENCE_DATE = EnglandModelGenerator.REFERENCE_DATE;
	protected static final int WEEKS_OF_OBSERVATIONS = EnglandModelGenerator.WEEKS_OF_OBSERVATIONS;
	protected static final LocalDate FIRST_OBSERVATION = REFERENCE_DATE.minusWeeks(WEEKS_OF_OBSERVATIONS - 1L);
	protected static final LocalDate ESTABLISHED = LocalDate.of(2022, 7, 1);
	protected static final LocalDate DELEGATIONS_START = LocalDate.of(2023, 4, 1);
	protected static final LocalDate TARGET_DATE = LocalDate.of(2027, 3, 31);

	protected final SplittableRandom random;
	protected final NameBook names;
	protected final PlacewiseModel model;
	private final Generation generation;

	GeneratorPart(Generation generation) {
		this.generation = generation;
		this.random = generation.random;
		this.names = generation.names;
		this.model = generation.model;
	}

	/** Counts a candidate for the gap and decides, with the gap rate, whether it gets the gap. */
	protected boolean gap(GapKind kind) {
		return generation.gap(kind);
	}

	/** Gives the object an id drawn from the seeded source, so ids repeat with the seed. */
	protected <T extends Identified> T identify(T object) {
		return generation.identify(object);
	}

	/** A made-up organisation code of so many characters. */
	protected String code(int digits) {
		return generation.code(digits);
	}

	/** Splits a population into uneven parts adding up to {@code percent} per cent of it. */
	protected long[] split(long population, int parts, int percent) {
		return generation.split(population, parts, percent);
	}

	protected static BigDecimal pounds(long amount) {
		return BigDecimal.valueOf(amount);
	}
}
