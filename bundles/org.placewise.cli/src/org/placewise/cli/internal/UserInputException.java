package org.placewise.cli.internal;

/**
 * A problem with what the user asked for or gave us (a missing file, a malformed model, an unknown name). Its message
 * is shown as one line, without a stack trace, and the command exits with {@link ExitCode#BAD_INPUT}.
 */
public class UserInputException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	public UserInputException(String message) {
		super(message);
	}

	public UserInputException(String message, Throwable cause) {
		super(message, cause);
	}
}
