package org.placewise.ui.internal.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.placewise.checks.Finding;
import org.placewise.checks.Severity;
import org.placewise.model.edit.label.PlacewiseLabels;

/**
 * The current findings of a model by the object they are on, read from the incremental checker only when a page next
 * asks after a change ({@link #changed()}), so typing never walks the findings more than once per edit.
 */
public final class FindingsIndex {

	private final Supplier<List<Finding>> source;
	private Map<EObject, List<Finding>> byObject;

	/** @param source the current findings (the incremental checker's) */
	public FindingsIndex(Supplier<List<Finding>> source) {
		this.source = source;
	}

	/** The findings changed (an edit, Undo, Redo, a reload): they are read again when next asked for. */
	public void changed() {
		byObject = null;
	}

	/**
	 * @param object a model object
	 * @return the findings on it, none when there are none
	 */
	public List<Finding> on(EObject object) {
		if (byObject == null) {
			Map<EObject, List<Finding>> index = new HashMap<>();
			for (Finding finding : source.get()) {
				index.computeIfAbsent(finding.target(), t -> new ArrayList<>()).add(finding);
			}
			byObject = index;
		}
		return byObject.getOrDefault(object, List.of());
	}

	/**
	 * @param found the findings on one object
	 * @return their count and worst severity: "2 findings, worst: error"; empty when there are none
	 */
	public static String summary(List<Finding> found) {
		if (found.isEmpty()) {
			return "";
		}
		return PlacewiseLabels.count(found.size(), "finding", "findings") + ", worst: " + worst(found).label();
	}

	/**
	 * @param found the findings on one object
	 * @return each finding on a line of its own, worst first: "Error: the quorum is more than the voting members"
	 */
	public static String sentences(List<Finding> found) {
		return found.stream().sorted(Comparator.comparing(Finding::severity).reversed())
				.map(f -> capitalised(f.severity().label()) + ": " + f.message()).collect(Collectors.joining("\n"));
	}

	/**
	 * @param found the findings on one object
	 * @return the worst severity among them, {@link Severity#INFO} when there are none
	 */
	public static Severity worst(List<Finding> found) {
		return found.stream().map(Finding::severity).max(Comparator.naturalOrder()).orElse(Severity.INFO);
	}

	private static String capitalised(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
