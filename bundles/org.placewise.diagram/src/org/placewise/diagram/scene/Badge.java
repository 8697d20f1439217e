package org.placewise.diagram.scene;

import java.util.Objects;

/**
 * A small marker on a node, e.g. the findings the check catalogue reports on the model object.
 *
 * @param severity    decides colour and marker shape
 * @param text        short text in the badge, e.g. {@code "2"} findings; may be empty
 * @param description full sentence for the accessible description, e.g. the finding messages
 */
public record Badge(Severity severity, String text, String description) {

	public Badge {
		Objects.requireNonNull(severity, "severity");
		text = text == null ? "" : text;
		description = description == null ? "" : description;
	}
}
