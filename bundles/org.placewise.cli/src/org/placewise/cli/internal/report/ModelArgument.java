package org.placewise.cli.internal.report;

import org.placewise.cli.internal.ModelSource;
import org.placewise.model.core.PlacewiseModel;

/** Opens the model file or repository model a report command was given, turning every problem into one line for the user. */
final class ModelArgument {

	private ModelArgument() {
	}

	static PlacewiseModel open(String location) {
		return ModelSource.open(location);
	}
}
