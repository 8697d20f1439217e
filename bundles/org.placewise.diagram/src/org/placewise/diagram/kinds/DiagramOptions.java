package org.placewise.diagram.kinds;

import java.util.Objects;

/**
 * How to draw a diagram: which part of the model, and whether check findings are shown.
 *
 * @param scope    root footprint, depth and hidden element kinds
 * @param findings findings shown as badges, or {@link FindingsOverlay#off()}
 */
public record DiagramOptions(DiagramScope scope, FindingsOverlay findings) {

	public DiagramOptions {
		Objects.requireNonNull(scope, "scope");
		Objects.requireNonNull(findings, "findings");
	}

	/** @return the whole model without findings */
	public static DiagramOptions defaults() {
		return new DiagramOptions(DiagramScope.all(), FindingsOverlay.off());
	}

	/**
	 * @param newScope another scope
	 * @return these options with that scope
	 */
	public DiagramOptions withScope(DiagramScope newScope) {
		return new DiagramOptions(newScope, findings);
	}

	/**
	 * @param overlay findings to show
	 * @return these options with those findings
	 */
	public DiagramOptions withFindings(FindingsOverlay overlay) {
		return new DiagramOptions(scope, overlay);
	}
}
