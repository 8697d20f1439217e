package org.placewise.store.repository;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A commit was refused because another user committed different values for some of the same values first. Nothing was
 * written and every local change is kept; settle the {@link #conflicts()} with
 * {@link SharedModel#resolve(java.util.function.Function)} or {@link SharedModel#reload()} and commit again.
 */
public final class ConflictException extends RepositoryException {

	private static final long serialVersionUID = 1L;

	private final transient List<Conflict> conflicts;

	ConflictException(String path, List<Conflict> conflicts, Throwable cause) {
		super(message(path, conflicts), cause);
		this.conflicts = List.copyOf(conflicts);
	}

	private static String message(String path, List<Conflict> conflicts) {
		if (conflicts.isEmpty()) {
			return "Another user committed to " + path + " at the same time; their changes are now in your model "
					+ "with yours on top. Commit again.";
		}
		return "Another user committed different values to " + path + " first; nothing was written. Choose keep mine "
				+ "or take theirs for each: " + conflicts.stream().map(Conflict::describe)
						.collect(Collectors.joining("; "));
	}

	/** @return the values both changed, each with both values */
	public List<Conflict> conflicts() {
		return conflicts;
	}
}
