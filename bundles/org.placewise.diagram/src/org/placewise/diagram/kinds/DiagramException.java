package org.placewise.diagram.kinds;

/**
 * A diagram cannot be drawn as asked: an unknown kind or element kind, a root footprint the model does not have, or
 * nothing in scope to draw. The message is one plain-English sentence for the person who asked, naming what was asked
 * for and what is possible.
 */
public class DiagramException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * @param message one sentence for the user
	 */
	public DiagramException(String message) {
		super(message);
	}
}
