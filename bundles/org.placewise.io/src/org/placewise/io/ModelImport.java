package org.placewise.io;

import java.nio.file.Path;

import org.placewise.model.core.PlacewiseModel;
import org.placewise.store.ModelFileException;
import org.placewise.store.ModelFiles;

/**
 * Imports a measures or observations file into a model file: opens the model, checks the whole file against it, and
 * only when every row is good applies the changes in memory and saves the model atomically (the previous version kept
 * as backup). On any problem the model file is left byte for byte as it was.
 */
public final class ModelImport {

	/** What a file holds. */
	public enum Kind {
		/** Measure definitions ({@link MeasureImport}). */
		MEASURES,
		/** Observations of measures ({@link ObservationImport}). */
		OBSERVATIONS
	}

	private final ModelFiles modelFiles;

	/**
	 * @param modelFiles how model files are opened and saved
	 */
	public ModelImport(ModelFiles modelFiles) {
		this.modelFiles = modelFiles;
	}

	/**
	 * @param modelFile the model file to import into
	 * @param dataFile  the .csv or .xlsx file to import
	 * @param kind      what the data file holds
	 * @param dryRun    when true, only work out what would change: nothing is written
	 * @return what the import changed (or, in a dry run, would change)
	 * @throws ModelFileException when the model cannot be opened or saved
	 * @throws ImportException    when the data file has problems; nothing was imported
	 */
	public ImportPlan run(Path modelFile, Path dataFile, Kind kind, boolean dryRun)
			throws ModelFileException, ImportException {
		PlacewiseModel model = modelFiles.load(modelFile);
		ImportPlan plan = kind == Kind.MEASURES ? MeasureImport.plan(model, dataFile)
				: ObservationImport.plan(model, dataFile);
		if (!dryRun && plan.changesModel()) {
			plan.apply();
			modelFiles.save(model, modelFile);
		}
		return plan;
	}
}
