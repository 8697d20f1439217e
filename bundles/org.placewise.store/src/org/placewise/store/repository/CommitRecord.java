package org.placewise.store.repository;

import java.time.Instant;
import java.util.List;

/**
 * One commit in a repository's history, or one just made by another user: who, when, why, and the {@code id}s of the
 * model objects it added, changed and removed.
 *
 * @param time    when the repository accepted the commit (also the point to open the model at, see
 *                {@link RepositoryConnection#openAt(String, long)})
 * @param user    who committed
 * @param comment the commit comment, empty when none was given
 * @param added   ids of objects the commit created
 * @param changed ids of existing objects it changed
 * @param removed ids of objects it removed
 */
public record CommitRecord(long time, String user, String comment, List<String> added, List<String> changed,
		List<String> removed) {

	/** Copies the lists. */
	public CommitRecord {
		comment = comment == null ? "" : comment;
		added = List.copyOf(added);
		changed = List.copyOf(changed);
		removed = List.copyOf(removed);
	}

	/** @return {@link #time()} as an instant */
	public Instant instant() {
		return Instant.ofEpochMilli(time);
	}

	/** @return every object the commit touched: added, changed and removed */
	public List<String> touched() {
		return java.util.stream.Stream.of(added, changed, removed).flatMap(List::stream).toList();
	}
}
