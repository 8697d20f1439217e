package org.placewise.server;

import java.util.Locale;

/**
 * Where a {@link RepositoryServer} keeps its model history.
 */
public enum StoreKind {
	/** Embedded H2 1.4.199 database files in the server's data directory (the default). */
	H2("h2"),

	/** A PostgreSQL database reached over JDBC, for teams that outgrow one machine. */
	POSTGRESQL("postgresql");

	private final String optionName;

	StoreKind(String optionName) {
		this.optionName = optionName;
	}

	/**
	 * @return the name used on the command line, e.g. {@code h2}
	 */
	public String optionName() {
		return optionName;
	}

	/**
	 * Reads a store kind as typed on the command line.
	 *
	 * @param text {@code h2} or {@code postgresql} (any case)
	 * @return the store kind
	 * @throws IllegalArgumentException with a plain-English message for anything else
	 */
	public static StoreKind fromOption(String text) {
		String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
		for (StoreKind kind : values()) {
			if (kind.optionName.equals(wanted)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("Unknown store '" + text + "': use h2 or postgresql");
	}
}
