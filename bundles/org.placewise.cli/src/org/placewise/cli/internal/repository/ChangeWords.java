package org.placewise.cli.internal.repository;

import org.placewise.store.repository.ModelDifference.Change;

/**
 * One {@link Change} in words, through the one wording of model differences
 * ({@link org.placewise.model.edit.label.ChangeWords}): "Delegation 'D2' financial limit £5,000,000 → £6,000,000",
 * "Added board 'Place board'", "Removed delegation 'D3'".
 */
final class ChangeWords {

	private ChangeWords() {
	}

	/**
	 * @param change a difference between two versions of a model
	 * @return one line describing it
	 */
	static String of(Change change) {
		return switch (change.kind()) {
		case ADDED -> org.placewise.model.edit.label.ChangeWords.added(change.after());
		case REMOVED -> org.placewise.model.edit.label.ChangeWords.removed(change.before());
		case CHANGED -> org.placewise.model.edit.label.ChangeWords.changed(change.after(), change.feature(),
				change.oldValue(), change.newValue());
		};
	}
}
