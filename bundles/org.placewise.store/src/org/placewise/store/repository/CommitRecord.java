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

	/** Start of the comment of a commit copied from another repository, which names the original author and time. */
	public static final String COPIED_MARK = "[copied: ";

	private static final java.util.regex.Pattern COPIED = java.util.regex.Pattern.compile(
			"\\[copied: (\\S+) at (\\S+)\\] ?(.*)", java.util.regex.Pattern.DOTALL);

	/**
	 * @return the comment a copy of this commit carries in another repository: the original author and time, then the
	 *         original comment (an already copied commit keeps its first author)
	 */
	public String copiedComment() {
		return COPIED_MARK + author() + " at " + authoredAt() + "] " + originalComment();
	}

	/**
	 * @return who made the change: {@link #user()}, or for a commit copied from another repository its original author
	 */
	public String author() {
		java.util.regex.Matcher copied = COPIED.matcher(comment);
		return copied.matches() ? copied.group(1) : user;
	}

	/** @return when the change was made: {@link #instant()}, or the original time of a copied commit */
	public Instant authoredAt() {
		java.util.regex.Matcher copied = COPIED.matcher(comment);
		if (copied.matches()) {
			try {
				return Instant.parse(copied.group(2));
			} catch (java.time.format.DateTimeParseException e) {
				return instant();
			}
		}
		return instant();
	}

	/** @return the comment without the mark of a copied commit */
	public String originalComment() {
		java.util.regex.Matcher copied = COPIED.matcher(comment);
		return copied.matches() ? copied.group(3) : comment;
	}

	/** @return whether this commit was copied from another repository (its {@link #user()} made the copy) */
	public boolean isCopy() {
		return COPIED.matcher(comment).matches();
	}

	/** @return every object the commit touched: added, changed and removed */
	public List<String> touched() {
		return java.util.stream.Stream.of(added, changed, removed).flatMap(List::stream).toList();
	}
}
