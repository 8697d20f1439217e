package org.placewise.ui.internal.pages;

import java.util.HashMap;
import java.util.Map;

import org.placewise.model.measures.Measure;
import org.placewise.outcomes.MeasureSpc;
import org.placewise.spc.Assurance;
import org.placewise.spc.SpcInputException;
import org.placewise.spc.SpcResult;
import org.placewise.spc.Variation;

/**
 * The latest SPC variation and the assurance of measures, analysed as the leaders' pack analyses them
 * ({@link MeasureSpc}), only for the measures asked about (the rows on screen) and kept until the model next changes.
 */
public final class MeasureSpcStates {

	/**
	 * Where a measure stands.
	 *
	 * @param variation the variation of its latest point
	 * @param assurance whether it can be relied on to meet its target
	 * @param problem   why it could not be analysed, {@code null} when it was
	 */
	public record State(Variation variation, Assurance assurance, String problem) {

		/** @return the variation in words: "Special cause improvement (high)" */
		public String variationText() {
			return problem != null ? "Not analysed: " + problem : capitalised(variation.description());
		}

		/** @return the assurance in words: "Consistently passes the target" */
		public String assuranceText() {
			return problem != null ? "" : capitalised(assurance.description());
		}

		/** @return both, as a screen reader reads the two icons: "Special cause improvement (high); ..." */
		public String accessibleText() {
			return problem != null ? variationText() : variationText() + "; " + assurance.description();
		}
	}

	private final Map<Measure, State> states = new HashMap<>();

	/** The model changed: states are analysed again when next asked for. */
	public void changed() {
		states.clear();
	}

	/** @return the state of a measure, analysed the first time it is asked for since the last change */
	public State of(Measure measure) {
		return states.computeIfAbsent(measure, MeasureSpcStates::analyse);
	}

	/** @return how many measures have been analysed since the last change */
	public int analysedCount() {
		return states.size();
	}

	private static State analyse(Measure measure) {
		try {
			SpcResult result = MeasureSpc.analyse(measure).result();
			return new State(result.latestVariation(), result.assurance(), null);
		} catch (SpcInputException e) {
			return new State(Variation.NOT_ASSESSED, Assurance.NONE, e.getMessage());
		}
	}

	private static String capitalised(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
