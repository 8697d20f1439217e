package org.placewise.cli.internal.report;

import java.nio.file.Path;

import org.placewise.cli.internal.UserInputException;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.store.ModelFileException;
import org.placewise.store.ModelFiles;

/** Opens the model file a report command was given, turning every problem into one line for the user. */
final class ModelArgument {

	private ModelArgument() {
	}

	static PlacewiseModel open(Path file) {
		try {
			return new ModelFiles().load(file);
		} catch (ModelFileException e) {
			throw new UserInputException(e.getMessage(), e);
		}
	}
}
