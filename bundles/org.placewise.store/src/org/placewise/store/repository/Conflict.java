package org.placewise.store.repository;

/**
 * One value two people changed at the same time: the value in this workbench (not yet committed) and the value another
 * user committed meanwhile. Neither is dropped until the user chooses with {@link Resolution}.
 * <p>
 * References are given as the {@code id}s of the referenced objects (a list of ids for many-valued features), so both
 * sides can be shown and compared without a session.
 *
 * @param objectId  {@code id} of the object both changed
 * @param object    how a person recognises the object: type, name and id
 * @param feature   the feature both changed, or {@code null} when the other user removed the whole object
 * @param mine      the value in this workbench
 * @param theirs    the value the other user committed ({@code null} when they removed the object)
 * @param theirUser who committed {@code theirs}
 */
public record Conflict(String objectId, String object, String feature, Object mine, Object theirs, String theirUser) {

	/** @return one line for the user: object, feature and both values */
	public String describe() {
		if (feature == null) {
			return object + ": you changed it, but " + theirUser + " removed it";
		}
		return object + " '" + feature + "': yours is " + mine + ", " + theirUser + " committed " + theirs;
	}
}
