package org.placewise.design.services;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.placewise.checks.Finding;
import org.placewise.checks.Severity;

/**
 * The check catalogue's findings for one model, looked up by object. A diagram asks about every box and line on each
 * refresh, so the findings are computed once per model and again only after the model has changed. The index is an
 * adapter on the model root: it notices edits, and it lives exactly as long as the model.
 */
public final class FindingIndex extends EContentAdapter {

	private final EObject root;
	private final Function<EObject, List<Finding>> checker;
	private Map<EObject, List<Finding>> byTarget;

	private FindingIndex(EObject root, Function<EObject, List<Finding>> checker) {
		// Kept explicitly: an EContentAdapter's target changes as it spreads to the contents.
		this.root = root;
		this.checker = checker;
	}

	/**
	 * The index of the model an object belongs to, for the given checker; created and attached to the model root on
	 * first use.
	 *
	 * @param element any object of the model
	 * @param checker runs the checks over a model root and returns the findings
	 * @return the index
	 */
	public static FindingIndex of(EObject element, Function<EObject, List<Finding>> checker) {
		EObject root = EcoreUtil.getRootContainer(element);
		synchronized (root) {
			for (Adapter adapter : root.eAdapters()) {
				if (adapter instanceof FindingIndex index && index.checker == checker) {
					return index;
				}
			}
			FindingIndex index = new FindingIndex(root, checker);
			root.eAdapters().add(index);
			return index;
		}
	}

	@Override
	public void notifyChanged(Notification notification) {
		super.notifyChanged(notification);
		if (!notification.isTouch()) {
			synchronized (this) {
				byTarget = null;
			}
		}
	}

	/**
	 * @param element a model object
	 * @return the findings about it, most severe first, in catalogue order within a severity
	 */
	public synchronized List<Finding> findings(EObject element) {
		if (byTarget == null) {
			Map<EObject, List<Finding>> index = new IdentityHashMap<>();
			for (Finding finding : checker.apply(root)) {
				index.computeIfAbsent(finding.target(), t -> new ArrayList<>()).add(finding);
			}
			index.values().forEach(list -> list.sort((a, b) -> b.severity().compareTo(a.severity())));
			byTarget = index;
		}
		return List.copyOf(byTarget.getOrDefault(element, List.of()));
	}

	/**
	 * @param element a model object
	 * @return the severity of its most severe finding, or empty when it has none
	 */
	public Optional<Severity> worstSeverity(EObject element) {
		List<Finding> findings = findings(element);
		return findings.isEmpty() ? Optional.empty() : Optional.of(findings.get(0).severity());
	}
}
