package org.placewise.io;

/**
 * A model could not be exported as asked; the message says why in plain English.
 */
public class ExportException extends Exception {

	private static final long serialVersionUID = 1L;

	/**
	 * @param message what went wrong, naming the file or object
	 * @param cause   the underlying failure, or {@code null}
	 */
	public ExportException(String message, Throwable cause) {
		super(message, cause);
	}
}
