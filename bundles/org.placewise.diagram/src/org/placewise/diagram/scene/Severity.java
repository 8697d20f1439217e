package org.placewise.diagram.scene;

/**
 * How serious a finding shown as a {@link Badge} is. Each severity has its own colour and its own marker shape, so it
 * can be told apart without colour vision.
 */
public enum Severity {
	/** Must be fixed: drawn with an octagon marker in vermillion. */
	ERROR(Hue.VERMILLION),
	/** Should be looked at: drawn with a triangle marker in orange. */
	WARNING(Hue.ORANGE),
	/** For information: drawn with a circle marker in blue. */
	INFO(Hue.BLUE);

	private final Hue hue;

	Severity(Hue hue) {
		this.hue = hue;
	}

	/** @return the hue that identifies the severity */
	public Hue hue() {
		return hue;
	}
}
