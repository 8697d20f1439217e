package org.placewise.design.tests;

/**
 * Thrown while checking one expression: the expression refers to something that does not exist, or uses a form the
 * checker cannot check.
 */
public final class ExpressionProblem extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** @param message what is wrong, in words */
	public ExpressionProblem(String message) {
		super(message);
	}
}
