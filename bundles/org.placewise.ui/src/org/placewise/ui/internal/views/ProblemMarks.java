package org.placewise.ui.internal.views;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.placewise.checks.Finding;
import org.placewise.checks.Severity;

/**
 * Which objects of a model carry an error or a warning, on themselves or on anything inside them, as the problem
 * decorations of a tree show it (the way JDT marks a package whose class has a compile error). Built from the findings
 * alone: each finding marks its target and the target's containers, so bringing the marks up to date after an edit
 * costs the number of findings times the depth of the tree, never a walk of the model; and {@link #update} says which
 * objects' marks changed, so a viewer refreshes only those rows. Notes are not marked.
 */
public final class ProblemMarks {
	private Map<EObject, Severity> marks = new IdentityHashMap<>();

	/**
	 * Takes the current findings.
	 *
	 * @param findings every finding of the model, as the incremental checker keeps them
	 * @return the objects whose mark appeared, went or changed severity
	 */
	public List<EObject> update(Collection<Finding> findings) {
		Map<EObject, Severity> fresh = new IdentityHashMap<>(Math.max(16, marks.size()));
		for (Finding finding : findings) {
			Severity severity = finding.severity();
			if (severity.compareTo(Severity.WARNING) < 0 || finding.target() == null) {
				continue;
			}
			for (EObject at = finding.target(); at != null; at = at.eContainer()) {
				Severity before = fresh.get(at);
				if (before != null && before.compareTo(severity) >= 0) {
					break; // this container and all above it are already marked at least as badly
				}
				fresh.put(at, severity);
			}
		}
		List<EObject> changed = new ArrayList<>();
		fresh.forEach((object, severity) -> {
			if (marks.get(object) != severity) {
				changed.add(object);
			}
		});
		marks.forEach((object, severity) -> {
			if (!fresh.containsKey(object)) {
				changed.add(object);
			}
		});
		marks = fresh;
		return changed;
	}

	/** Forgets every mark (the model was replaced or closed). */
	public void clear() {
		marks = new IdentityHashMap<>();
	}

	/**
	 * @param element a tree element
	 * @return {@link Severity#ERROR} or {@link Severity#WARNING} when the element or something inside it has such a
	 *         finding, else {@code null}
	 */
	public Severity severity(Object element) {
		return element instanceof EObject object ? marks.get(object) : null;
	}

	/** @return how many objects are marked */
	public int size() {
		return marks.size();
	}
}
