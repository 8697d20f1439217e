package org.placewise.store;

import java.nio.file.Path;

/**
 * A model could not be saved because its file changed on disk since the model was read from it: another program, or
 * another Placewise, wrote it, and saving would silently lose that. Open the file again, or (once a person has chosen
 * to) save with {@link ModelFiles#saveOverChanges(org.placewise.model.core.PlacewiseModel, Path)}.
 */
public class ModelFileChangedException extends ModelFileException {

	private static final long serialVersionUID = 1L;

	/**
	 * @param file    the file concerned
	 * @param message a plain-English explanation naming the file
	 */
	public ModelFileChangedException(Path file, String message) {
		super(file, message, null);
	}
}
