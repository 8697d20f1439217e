package org.placewise.diagram.kinds;

import java.util.Arrays;
import java.util.Locale;

/** Kinds of element a diagram can leave out to make it simpler ({@code --hide organisations}). */
public enum ElementKind {
	/** Partnerships around boards and partners (systems diagram). */
	PARTNERSHIPS("partnerships"),
	/** Boards, committees and their sub-groups. */
	BOARDS("boards"),
	/** Organisations. */
	ORGANISATIONS("organisations"),
	/** Roles such as place lead or SRO (governance diagram). */
	ROLES("roles"),
	/** Reporting lines between boards. */
	REPORTING_LINES("reporting-lines"),
	/** Work programmes (outcome tree). */
	PROGRAMMES("programmes"),
	/** Measures (outcome tree). */
	MEASURES("measures"),
	/** Pooled budgets and their contributions (money diagram). */
	POOLED_BUDGETS("pooled-budgets"),
	/** Investment and benefit flows (money diagram). */
	INVESTMENT_FLOWS("investment-flows");

	private final String id;

	ElementKind(String id) {
		this.id = id;
	}

	/** @return the name used on the command line */
	public String id() {
		return id;
	}

	/**
	 * @param text an element kind as users write it
	 * @return the kind
	 * @throws DiagramException naming the kinds there are
	 */
	public static ElementKind parse(String text) {
		String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
		for (ElementKind k : values()) {
			if (k.id.equals(wanted)) {
				return k;
			}
		}
		throw new DiagramException("'" + text + "' is not a kind of diagram element: use "
				+ String.join(", ", Arrays.stream(values()).map(ElementKind::id).toList()) + ".");
	}
}
