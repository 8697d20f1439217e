package org.placewise.cli.internal;

import java.nio.file.Path;

import org.placewise.model.core.PlacewiseModel;

import picocli.CommandLine.Parameters;

/**
 * The {@code MODEL} argument of every command that reads one model ({@code diagram}, {@code spc}, {@code report}): a
 * model file or a repository model, opened through {@link ModelSource}. Used as a picocli {@code @Mixin}.
 */
public final class ModelParameter {

	@Parameters(index = "0", paramLabel = "MODEL",
			description = "The model file (.placewise), or a repository model cdo://user@host:port/repository/path.")
	String location;

	/** @return the model file name or repository URL as given */
	public String location() {
		return location;
	}

	/** @return the model, every problem turned into one line for the user */
	public PlacewiseModel open() {
		return ModelSource.open(location);
	}

	/** @return whether the model is in a shared repository rather than a file */
	public boolean isRepository() {
		return ModelSource.isRepository(location);
	}

	/** @return the model file, or for a repository model a file named after it (for default output names) */
	public Path asPath() {
		return ModelSource.asPath(location);
	}
}
