package org.placewise.ui.internal;

import org.eclipse.swt.widgets.Shell;
import org.placewise.model.core.PlacewiseModel;

/**
 * Where the model of a {@link PlacewiseEditor} lives when it is not a model file: a model in a shared repository (Save
 * commits it) or a past point of one (read-only). An editor input offers it through
 * {@code getAdapter(ModelSource.class)}; the editor then edits {@link #model()} with the same explorer, pages, diagrams
 * and findings as a file's model, and leaves saving, reverting and the model's life to the source.
 * <p>
 * The model stays in its own resource set (a repository's objects cannot move into another one), and a source that is
 * {@link #isReadOnly() read-only} has its resource marked read-only in the editing domain, so no command can change it.
 */
public interface ModelSource {

	/** @return the model to edit, already open */
	PlacewiseModel model();

	/** @return where the model lives, for the editor's Overview and tooltip ("cdo://alice@host:2036/placewise/x") */
	String location();

	/** @return whether nothing may be changed (a past point of a shared model) */
	boolean isReadOnly();

	/**
	 * Called once the editor has made its context: from then on the source may tell the context of changes made
	 * elsewhere ({@link PlacewiseModelContext#changedElsewhere()}).
	 *
	 * @param context the editor's context of this model
	 */
	void attached(PlacewiseModelContext context);

	/**
	 * Saves the model where it lives, asking the user what it needs (a commit comment, how to settle conflicts).
	 *
	 * @param context the editor's context
	 * @param shell   for dialogs
	 * @return whether it was saved; when not, the source has said why (or the user cancelled) and the edits are kept
	 */
	boolean save(PlacewiseModelContext context, Shell shell);

	/**
	 * Drops the edits and shows the model as it was last saved.
	 *
	 * @param context the editor's context
	 */
	void revert(PlacewiseModelContext context);

	/** The editor closed: release the model. */
	void dispose();

	/** Called before each command runs on the model (so that the source can take it back whole). */
	default void beforeCommand() {
	}

	/**
	 * Called after each command ran on the model. A source that refuses what the command changed (an object another
	 * user has reserved for editing) has put the model back as it was before the command, tells the user why, and
	 * answers {@code true}: the editor then drops the command from its undo history.
	 *
	 * @return whether the command was refused and taken back
	 */
	default boolean refusedCommand() {
		return false;
	}

	/** @return what the source knows of the model's objects for every view (who reserved what); none by default */
	default ObjectMarks objectMarks() {
		return ObjectMarks.NONE;
	}
}
