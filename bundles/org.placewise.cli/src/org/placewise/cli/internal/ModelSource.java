package org.placewise.cli.internal;

import java.nio.file.Path;

import org.placewise.model.core.PlacewiseModel;
import org.placewise.store.ModelFileException;
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
