package org.placewise.design.tests;

/**
 * Thrown while evaluating one Sirius expression on a model: the expression uses a form outside the checked subset (it
 * is refused, as {@link ExpressionTyper} refuses it), or its evaluation fails (a missing feature, variable or service,
 * or a service that throws). The message names the expression.
 */
public final class EvaluationProblem extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** @param message what went wrong, naming the expression */
	public EvaluationProblem(String message) {
		super(message);
	}

	/**
	 * @param message what went wrong, naming the expression
	 * @param cause   the exception a service threw
	 */
	public EvaluationProblem(String message, Throwable cause) {
		super(message, cause);
	}
}
