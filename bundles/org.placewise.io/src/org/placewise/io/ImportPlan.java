package org.placewise.io;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import org.placewise.model.core.PlacewiseModel;

/**
 * What an import will change in a model, worked out and checked in full before anything is changed. {@link #apply()}
 * makes the changes; a dry run only reads {@link #summary()}.
 */
public final class ImportPlan {

	private final PlacewiseModel model;
	private final List<Runnable> changes = new ArrayList<>();
	private boolean applied;

	int measuresCreated;
	int measuresUpdated;
	int measuresUnchanged;
	int observationsAdded;
	int observationsReplaced;
	int observationsUnchanged;
	private final boolean aboutObservations;

	ImportPlan(PlacewiseModel model, boolean aboutObservations) {
		this.model = model;
		this.aboutObservations = aboutObservations;
	}

	void add(Runnable change) {
		changes.add(change);
	}

	/** @return the model the plan applies to */
	public PlacewiseModel model() {
		return model;
	}

	/** @return how many measures the import creates */
	public int measuresCreated() {
		return measuresCreated;
	}

	/** @return how many existing measures the import changes */
	public int measuresUpdated() {
		return measuresUpdated;
	}

	/** @return how many measures in the file already match the model */
	public int measuresUnchanged() {
		return measuresUnchanged;
	}

	/** @return how many observations the import adds */
	public int observationsAdded() {
		return observationsAdded;
	}

	/** @return how many observations (same measure, same date) get a new value */
	public int observationsReplaced() {
		return observationsReplaced;
	}

	/** @return how many observations in the file already match the model */
	public int observationsUnchanged() {
		return observationsUnchanged;
	}

	/** @return whether applying the plan changes the model at all */
	public boolean changesModel() {
		return measuresCreated + measuresUpdated + observationsAdded + observationsReplaced > 0;
	}

	/**
	 * @return one line saying what the import changes, for example "2 measures created, 1 updated, 5 unchanged"
	 */
	public String summary() {
		StringJoiner text = new StringJoiner(", ");
		if (aboutObservations) {
			text.add(observationsAdded + (observationsAdded == 1 ? " observation" : " observations") + " added");
			text.add(observationsReplaced + " replaced");
			text.add(observationsUnchanged + " unchanged");
		} else {
			text.add(measuresCreated + (measuresCreated == 1 ? " measure" : " measures") + " created");
			text.add(measuresUpdated + " updated");
			text.add(measuresUnchanged + " unchanged");
		}
		return text.toString();
	}

	/**
	 * Makes the changes in the in-memory model. Every value has already been checked, so this cannot fail half-way on
	 * bad input.
	 *
	 * @throws IllegalStateException when the plan was already applied
	 */
	public void apply() {
		if (applied) {
			throw new IllegalStateException("This import has already been applied.");
		}
		applied = true;
		changes.forEach(Runnable::run);
	}
}
