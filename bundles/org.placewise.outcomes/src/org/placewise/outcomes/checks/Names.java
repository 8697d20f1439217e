package org.placewise.outcomes.checks;

import java.util.List;

import org.placewise.model.edit.label.PlacewiseLabels;

/** Names in check messages. */
final class Names {

	private Names() {
	}

	/**
	 * @param objects model objects
	 * @return their names in quotes, joined with commas and "and": {@code 'A'}, {@code 'A' and 'B'},
	 *         {@code 'A', 'B' and 'C'}
	 */
	static String quoted(List<?> objects) {
		List<String> names = objects.stream().map(o -> "'" + PlacewiseLabels.name(o) + "'").toList();
		if (names.size() <= 1) {
			return String.join("", names);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
	}
}
