package org.placewise.server;

import java.util.Locale;

/**
 * What a repository user may do. Enforced on the server for every commit and every lock.
 */
public enum Role {
	/** May open and read models and their history; every commit is refused. */
	VIEWER,

	/** May commit changes to models. */
	EDITOR,

	/** May commit changes and also add new model packages (metamodel versions) to the repository. */
	ADMIN;

	/**
	 * @return whether users with this role may commit changes to models
	 */
	public boolean mayCommit() {
		return this != VIEWER;
	}

	/**
	 * @return whether users with this role may lock objects (explicitly or durably); the same users who may commit,
	 *         since a lock blocks others' commits
	 */
	public boolean mayLock() {
		return mayCommit();
	}

	/**
	 * @return whether users with this role may register new model packages in the repository
	 */
	public boolean mayAddPackages() {
		return this == ADMIN;
	}

	/**
	 * @return the lower-case name used in the users file and on the command line
	 */
	public String optionName() {
		return name().toLowerCase(Locale.ROOT);
	}

	@Override
	public String toString() {
		return optionName();
	}

	/**
	 * Reads a role as written in the users file or typed on the command line.
	 *
	 * @param text {@code viewer}, {@code editor} or {@code admin} (any case)
	 * @return the role
	 * @throws IllegalArgumentException with a plain-English message for anything else
	 */
	public static Role fromOption(String text) {
		String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
		for (Role role : values()) {
			if (role.optionName().equals(wanted)) {
				return role;
			}
		}
		throw new IllegalArgumentException("Unknown role '" + text + "': use viewer, editor or admin");
	}
}
