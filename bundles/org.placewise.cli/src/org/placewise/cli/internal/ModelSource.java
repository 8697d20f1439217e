package org.placewise.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.placewise.model.core.PlacewiseModel;
import org.placewise.store.ModelFileException;
import org.placewise.store.ModelMigration;
import org.placewise.store.repository.ModelLocations;
import org.placewise.store.repository.RepositoryException;
import org.placewise.store.repository.RepositoryUrl;

/**
 * Where a command reads its model from: a model file, or a shared repository given as
 * {@code cdo://user@host:port/repository/path} (password from {@code PLACEWISE_PASSWORD} or a prompt). Every problem
 * becomes one line for the user.
 */
public final class ModelSource {

	private ModelSource() {
	}

	/** @return the model at a file name or repository URL */
	public static PlacewiseModel open(String location) {
		try {
			return ModelLocations.load(location, System.getenv());
		} catch (ModelFileException | RepositoryException e) {
			throw new UserInputException(e.getMessage(), e);
		}
	}

	/**
	 * Opens a model like {@link #open(String)} and, when it was written by an earlier version of Placewise and has been
	 * migrated, tells the user on {@code err} what changed (the file itself is unchanged).
	 *
	 * @param location a file name or repository URL
	 * @param err      where notes for the user go
	 * @return the model
	 */
	public static PlacewiseModel open(String location, PrintWriter err) {
		PlacewiseModel model = open(location);
		ModelMigration.of(model).ifPresent(migration -> {
			err.println("Note: " + migration.message(location));
			err.flush();
		});
		return model;
	}

	/** @return whether the location names a shared repository rather than a file */
	public static boolean isRepository(String location) {
		return RepositoryUrl.isRepositoryUrl(location);
	}

	/**
	 * @return the location as a file path; for a repository URL, a file named after the model in the current folder
	 *         (used for default output names)
	 */
	public static Path asPath(String location) {
		if (!isRepository(location)) {
			return Path.of(location);
		}
		String last = location.substring(location.lastIndexOf('/') + 1);
		return Path.of(last.isBlank() ? "model" : last);
	}
}
