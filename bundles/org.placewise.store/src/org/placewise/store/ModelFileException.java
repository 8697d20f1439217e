package org.placewise.store;

import java.nio.file.Path;

import org.placewise.model.resource.ControlCharacters;

/**
 * A Placewise model file could not be opened or saved. The message is meant for the person who chose the file: it names
 * the file and, where known, the line and column or the object at fault. Control characters quoted from a file are
 * shown escaped ({@code \u001B}), never printed raw.
 */
public class ModelFileException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient Path file;

	/**
	 * @param file    the file concerned
	 * @param message a plain-English explanation naming the file
	 * @param cause   the underlying failure, or null
	 */
	public ModelFileException(Path file, String message, Throwable cause) {
		super(ControlCharacters.escape(message), cause);
		this.file = file;
	}

	/**
	 * @return the file concerned
	 */
	public Path getFile() {
		return file;
	}
}
