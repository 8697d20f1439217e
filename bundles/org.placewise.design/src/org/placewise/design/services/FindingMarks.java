package org.placewise.design.services;

import org.placewise.checks.Severity;
import org.placewise.diagram.scene.Hue;

/**
 * How a finding's severity is marked on a diagram, the same in Sirius and in Placewise's own diagrams: the severity's
 * hue and marker shape come from {@link org.placewise.diagram.scene.Severity} (vermillion octagon, orange triangle,
 * blue circle); the Sirius decoration shows them as icons shipped in this bundle.
 */
public final class FindingMarks {

	/** Bundle-relative folder of the decoration icons, as Sirius resolves image paths. */
	public static final String ICON_FOLDER = "/org.placewise.design/icons/";

	private FindingMarks() {
	}

	/**
	 * @param severity a check severity
	 * @return the diagram severity that draws it
	 */
	public static org.placewise.diagram.scene.Severity diagramSeverity(Severity severity) {
		return switch (severity) {
		case ERROR -> org.placewise.diagram.scene.Severity.ERROR;
		case WARNING -> org.placewise.diagram.scene.Severity.WARNING;
		case INFO -> org.placewise.diagram.scene.Severity.INFO;
		};
	}

	/**
	 * @param severity a check severity
	 * @return the hue its marks are drawn in
	 */
	public static Hue hue(Severity severity) {
		return diagramSeverity(severity).hue();
	}

	/**
	 * @param severity a check severity
	 * @return the Sirius image path of its decoration icon, e.g. {@code /org.placewise.design/icons/finding-error.png}
	 */
	public static String iconPath(Severity severity) {
		return ICON_FOLDER + "finding-" + severity.label() + ".png";
	}
}
