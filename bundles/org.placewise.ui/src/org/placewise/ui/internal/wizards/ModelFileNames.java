package org.placewise.ui.internal.wizards;

import java.nio.file.Path;

/** The file name extension of model files. */
final class ModelFileNames {

	static final String EXTENSION = ".placewise";

	private ModelFileNames() {
	}

	/** @return the path as typed, with {@code .placewise} added when it has no such ending */
	static Path withExtension(String typed) {
		String text = typed.strip();
		return Path.of(text.endsWith(EXTENSION) ? text : text + EXTENSION).toAbsolutePath().normalize();
	}
}
