package org.placewise.ui.internal.pages;

import java.util.HashMap;
import java.util.Map;

import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.measures.Measure;
import org.placewise.model.outcomes.Outcome;
import org.placewise.model.outcomes.WorkProgramme;
import org.placewise.outcomes.MeasureReading;
import org.placewise.outcomes.OutcomeRollUp;
import org.placewise.spc.Assurance;
import org.placewise.spc.Variation;

/**
 * The latest SPC variation and the assurance of measures, analysed as the leaders' pack analyses them, and the status
 * of outcomes and work programmes rolled up from their measures ({@link OutcomeRollUp}): only for the rows asked about
 * (those on screen) and kept until the model next changes. Each measure is analysed once, for its own row and for every
 * outcome and programme it is behind.
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
	/** The roll-up since the last change; it reads each measure once and keeps the reading. */
	private OutcomeRollUp rollUp;

	/** The model changed: states are analysed again when next asked for. */
	public void changed() {
		states.clear();
		rollUp = null;
	}

	private OutcomeRollUp rollUp() {
		if (rollUp == null) {
			// The roll-up reads the objects it is given; it needs no model to find them.
			rollUp = OutcomeRollUp.of((PlacewiseModel) null);
		}
		return rollUp;
	}

	/** @return the status of an outcome, rolled up the first time it is asked for since the last change */
	public OutcomeRollUp.Status of(Outcome outcome) {
		return rollUp().of(outcome);
	}

	/** @return the status of a work programme, rolled up the first time it is asked for since the last change */
	public OutcomeRollUp.Status of(WorkProgramme programme) {
		return rollUp().of(programme);
	}

	/** @return the state of a measure, analysed the first time it is asked for since the last change */
	public State of(Measure measure) {
		return states.computeIfAbsent(measure, this::analyse);
	}

	/** @return how many measures have been analysed since the last change */
	public int analysedCount() {
		return states.size();
	}

	private State analyse(Measure measure) {
		MeasureReading reading = rollUp().reading(measure);
		return new State(reading.variation(), reading.assurance(), reading.problem());
	}

	private static String capitalised(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
