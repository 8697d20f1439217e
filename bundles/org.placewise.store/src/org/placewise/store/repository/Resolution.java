package org.placewise.store.repository;

/** How the user settles one {@link Conflict}; discarding every local change is {@link SharedModel#reload()}. */
public enum Resolution {
	/** Keep this workbench's value; it replaces the other user's value at the next commit. */
	KEEP_MINE,
	/** Take the other user's committed value and drop this workbench's change to that value. */
	TAKE_THEIRS
}
