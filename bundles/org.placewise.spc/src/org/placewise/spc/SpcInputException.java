package org.placewise.spc;

/**
 * The series or options cannot be analysed; the message says why in plain English and names the observation, step
 * change or option at fault.
 */
public class SpcInputException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	/** Creates the exception with a plain-English reason. */
	public SpcInputException(String message) {
		super(message);
	}
}
