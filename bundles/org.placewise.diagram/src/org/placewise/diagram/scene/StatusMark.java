package org.placewise.diagram.scene;

import java.util.Objects;

/**
 * A status shown on a node as a small Making Data Count style icon with its words beside it, e.g. an outcome's
 * rolled-up trend ("Improving") or how its measures stand against their targets ("Not meeting target"). The words say
 * everything the icon says, so the mark reads without the icon and without colour.
 *
 * @param symbol the icon drawn in front of the words
 * @param text   the words, e.g. "Deteriorating"
 */
public record StatusMark(Symbol symbol, String text) {

	/**
	 * The icons a mark can have: the shapes of the Making Data Count variation and assurance icons, without their H/L
	 * letters (a roll-up has no single high or low side). Each has its own shape, so they read in greyscale too.
	 */
	public enum Symbol {
		/** Getting better: a blue circle, the special cause improvement icon. */
		IMPROVEMENT,
		/** Getting worse: an orange diamond, the special cause concern icon. */
		CONCERN,
		/** No significant change: a grey circle with a wavy line, the common cause icon. */
		COMMON_CAUSE,
		/** Too little to judge by: an empty dashed circle. */
		NOT_ASSESSED,
		/** Consistently meeting a target: the blue circle with P. */
		PASSES,
		/** Consistently missing a target: the orange diamond with F. */
		FAILS,
		/** Sometimes meeting a target: the grey circle with ?. */
		HIT_AND_MISS,
		/** No target to judge by: an empty dashed circle. */
		NO_TARGET
	}

	public StatusMark {
		Objects.requireNonNull(symbol, "symbol");
		Objects.requireNonNull(text, "text");
		if (text.isBlank()) {
			throw new IllegalArgumentException("A status mark needs words beside its icon");
		}
	}
}
