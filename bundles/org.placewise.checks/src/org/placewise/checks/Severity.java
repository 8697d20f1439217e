package org.placewise.checks;

import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;

/** How much a finding matters. Ordered from least to most severe. */
public enum Severity {
	/** Worth knowing; nothing is wrong yet. */
	INFO(Diagnostic.INFO, "note"),
	/** A gap or risk that should be closed before it causes trouble. */
	WARNING(Diagnostic.WARNING, "warning"),
	/** Wrong: the model breaks a rule of governance or finance. */
	ERROR(Diagnostic.ERROR, "error");

	private final int diagnosticSeverity;
	private final String sarifLevel;

	Severity(int diagnosticSeverity, String sarifLevel) {
		this.diagnosticSeverity = diagnosticSeverity;
		this.sarifLevel = sarifLevel;
	}

	/** @return the matching {@link Diagnostic} severity */
	public int diagnosticSeverity() {
		return diagnosticSeverity;
	}

	/** @return the SARIF 2.1.0 {@code level} of this severity */
	public String sarifLevel() {
		return sarifLevel;
	}

	/** @return the lower-case name used in files and on the command line, e.g. {@code warning} */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Parses a severity name as users write it ({@code error}, {@code Warning}, {@code info}).
	 *
	 * @throws IllegalArgumentException naming the accepted values
	 */
	public static Severity parse(String text) {
		String normalised = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
		for (Severity severity : values()) {
			if (severity.name().equals(normalised)) {
				return severity;
			}
		}
		throw new IllegalArgumentException("'" + text + "' is not a severity: use info, warning or error");
	}
}
