package org.placewise.checks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.placewise.model.core.CorePackage;

/**
 * Keeps the findings of a model current while it is edited, re-checking only what an edit can affect: the changed
 * object itself, the targets the rules' {@linkplain CheckRule#dependencies() declared dependencies} lead to, and
 * objects added to or removed from the model. The result is always the same as a full {@link Checker} run (a test
 * proves it on random edit sequences).
 */
public final class IncrementalChecker implements AutoCloseable {
	private final Checker checker;
	private final Notifier root;
	private final CheckContext context;
	private final Map<EStructuralFeature, List<RuleDependency>> dependenciesByFeature = new HashMap<>();
	private final Map<EClass, List<RuleDependency>> dependenciesByType = new ConcurrentHashMap<>();
	private final Map<EObject, Map<CheckRule<?>, List<Finding>>> results = new IdentityHashMap<>();
	private final Map<EObject, Set<CheckRule<?>>> dirty = new LinkedHashMap<>();
	/**
	 * The model's objects of each type an {@linkplain Dependency#everywhereOfType() everywhere} dependency re-checks:
	 * kept as objects are added (removed ones are dropped when next met), so that a change of such a feature costs the
	 * objects of that type, not a walk of the whole model.
	 */
	private final Map<EClass, Set<EObject>> everywhereTargets = new HashMap<>();
	private final Adapter adapter = new Adapter();
	private boolean removalsPending;

	private record RuleDependency(CheckRule<?> rule, Dependency dependency) {
	}

	/**
	 * Checks the whole model once, then listens to its changes.
	 *
	 * @param checker the rules, profile and date to check with
	 * @param root    the model: a {@link Resource} or its root object
	 */
	public IncrementalChecker(Checker checker, Notifier root) {
		this.checker = Objects.requireNonNull(checker);
		this.root = Objects.requireNonNull(root);
		this.context = checker.newContext();
		for (CheckRule<?> rule : checker.catalogue().rules()) {
			if (checker.profile().isEnabled(rule)) {
				for (Dependency dependency : rule.dependencies()) {
					dependenciesByFeature.computeIfAbsent(dependency.feature(), f -> new ArrayList<>())
							.add(new RuleDependency(rule, dependency));
					if (dependency.everywhereOfType() != null) {
						everywhereTargets.putIfAbsent(dependency.everywhereOfType(), new LinkedHashSet<>());
					}
				}
			}
		}
		for (Iterator<EObject> all = allContents(); all.hasNext();) {
			EObject object = all.next();
			markAllRules(object);
			keepByType(object);
		}
		recheck();
		root.eAdapters().add(adapter);
	}

	/** @return the current findings, after re-checking whatever changed since the last call */
	public List<Finding> findings() {
		recheck();
		List<Finding> all = new ArrayList<>();
		for (Map<CheckRule<?>, List<Finding>> byRule : results.values()) {
			for (List<Finding> findings : byRule.values()) {
				all.addAll(findings);
			}
		}
		return all;
	}

	/** @return how many objects wait to be re-checked */
	public int pendingObjects() {
		return dirty.size();
	}

	/** Re-checks the objects changes have marked; cheap when nothing changed. */
	public void recheck() {
		if (removalsPending) {
			results.keySet().removeIf(target -> !inModel(target));
			removalsPending = false;
		}
		if (dirty.isEmpty()) {
			return;
		}
		Map<EObject, Set<CheckRule<?>>> work = new LinkedHashMap<>(dirty);
		dirty.clear();
		work.forEach((target, rules) -> {
			if (!inModel(target)) {
				results.remove(target);
				return;
			}
			Map<CheckRule<?>, List<Finding>> byRule = results.computeIfAbsent(target, t -> new LinkedHashMap<>());
			for (CheckRule<?> rule : rules) {
				List<Finding> found = checker.checkObject(rule, target, context);
				if (found.isEmpty()) {
					byRule.remove(rule);
				} else {
					byRule.put(rule, found);
				}
			}
			if (byRule.isEmpty()) {
				results.remove(target);
			}
		});
	}

	/**
	 * Objects of these types left the model and can no longer be read: another user removed them from a shared model,
	 * and the repository made them unreadable before this model's adapters were told (the containment {@code REMOVE}
	 * notification then carries no old value). Their findings are dropped by identity at the next {@link #recheck()}
	 * (they are no longer in the model), and, since what the rules' dependencies would find from the removed objects'
	 * features cannot be read, every object a rule with a dependency on a feature of these types applies to is
	 * re-checked: more than a removal read here re-checks, never less, and far less than checking the model afresh.
	 *
	 * @param types the classes of the removed objects, contained ones included
	 */
	public void removedUnread(Collection<EClass> types) {
		if (types.isEmpty()) {
			return;
		}
		removalsPending = true;
		Set<CheckRule<?>> rulesOnAnyTarget = new LinkedHashSet<>();
		for (EClass type : types) {
			for (RuleDependency rd : dependenciesFor(type)) {
				EClass everywhere = rd.dependency().everywhereOfType();
				if (everywhere != null) {
					everywhereTargets.get(everywhere).forEach(target -> mark(rd.rule(), target));
				} else {
					rulesOnAnyTarget.add(rd.rule());
				}
			}
		}
		if (!rulesOnAnyTarget.isEmpty()) {
			for (Iterator<EObject> all = allContents(); all.hasNext();) {
				EObject object = all.next();
				rulesOnAnyTarget.forEach(rule -> mark(rule, object));
			}
		}
	}

	/** Stops listening to the model. */
	@Override
	public void close() {
		root.eAdapters().remove(adapter);
		if (root instanceof Resource resource) {
			resource.getAllContents().forEachRemaining(o -> o.eAdapters().remove(adapter));
		} else {
			((EObject) root).eAllContents().forEachRemaining(o -> o.eAdapters().remove(adapter));
		}
	}

	private Iterator<EObject> allContents() {
		if (root instanceof Resource resource) {
			return resource.getAllContents();
		}
		EObject top = (EObject) root;
		List<EObject> rootAndContents = new ArrayList<>();
		rootAndContents.add(top);
		top.eAllContents().forEachRemaining(rootAndContents::add);
		return rootAndContents.iterator();
	}

	private boolean inModel(EObject object) {
		if (root instanceof Resource resource) {
			return object.eResource() == resource;
		}
		return EcoreUtil.isAncestor((EObject) root, object);
	}

	private void mark(CheckRule<?> rule, EObject target) {
		if (rule.appliesTo(target)) {
			dirty.computeIfAbsent(target, t -> new LinkedHashSet<>()).add(rule);
		}
	}

	private void markAllRules(EObject object) {
		for (CheckRule<?> rule : checker.catalogue().rulesFor(object.eClass())) {
			if (checker.profile().isEnabled(rule)) {
				mark(rule, object);
			}
		}
	}

	/**
	 * Messages quote the names of the objects involved, not only the target's; a rename is rare, and re-checking the
	 * objects that have findings is cheap and keeps every message current.
	 */
	private void markObjectsWithFindings() {
		results.forEach((target, byRule) -> byRule.keySet().forEach(rule -> mark(rule, target)));
	}

	private void markDependents(EStructuralFeature feature, EObject changed) {
		List<RuleDependency> dependencies = dependenciesByFeature.get(feature);
		if (dependencies != null) {
			for (RuleDependency rd : dependencies) {
				markTargets(rd, changed);
			}
		}
	}

	private void keepByType(EObject object) {
		everywhereTargets.forEach((type, objects) -> {
			if (type.isSuperTypeOf(object.eClass())) {
				objects.add(object);
			}
		});
	}

	private void markTargets(RuleDependency rd, EObject changed) {
		EClass everywhere = rd.dependency().everywhereOfType();
		if (everywhere != null) {
			if (rd.dependency().feature().getEContainingClass().isSuperTypeOf(changed.eClass())) {
				for (Iterator<EObject> objects = everywhereTargets.get(everywhere).iterator(); objects.hasNext();) {
					EObject target = objects.next();
					if (inModel(target)) {
						mark(rd.rule(), target);
					} else {
						objects.remove();
					}
				}
			}
			return;
		}
		Collection<? extends EObject> targets = rd.dependency().affectedTargets(changed);
		for (EObject target : targets) {
			mark(rd.rule(), target);
		}
	}

	/** An object arrived in or left the model: as if each of its features changed. */
	private void markTree(EObject top) {
		List<EObject> tree = new ArrayList<>();
		tree.add(top);
		top.eAllContents().forEachRemaining(tree::add);
		for (EObject object : tree) {
			markAllRules(object);
			keepByType(object);
			for (RuleDependency rd : dependenciesFor(object.eClass())) {
				markTargets(rd, object);
			}
		}
	}

	private List<RuleDependency> dependenciesFor(EClass type) {
		return dependenciesByType.computeIfAbsent(type, t -> {
			List<RuleDependency> applicable = new ArrayList<>();
			dependenciesByFeature.forEach((feature, rds) -> {
				if (feature.getEContainingClass().isSuperTypeOf(t)) {
					applicable.addAll(rds);
				}
			});
			return List.copyOf(applicable);
		});
	}

	private static List<EObject> objects(Object value) {
		List<EObject> objects = new ArrayList<>();
		if (value instanceof EObject object) {
			objects.add(object);
		} else if (value instanceof Collection<?> collection) {
			for (Object element : collection) {
				if (element instanceof EObject object) {
					objects.add(object);
				}
			}
		}
		return objects;
	}

	private final class Adapter extends EContentAdapter {
		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (notification.isTouch()) {
				return;
			}
			boolean containment = notification.getNotifier() instanceof Resource
					|| notification.getFeature() instanceof EReference reference && reference.isContainment();
			if (notification.getNotifier() instanceof EObject changed
					&& notification.getFeature() instanceof EStructuralFeature feature) {
				markAllRules(changed);
				markDependents(feature, changed);
				if (feature == CorePackage.Literals.NAMED_ELEMENT__NAME) {
					markObjectsWithFindings();
				}
			}
			if (containment) {
				for (EObject added : objects(notification.getNewValue())) {
					markTree(added);
				}
				List<EObject> removed = objects(notification.getOldValue());
				if (notification.getEventType() == Notification.SET || notification.getEventType() == Notification.UNSET
						|| notification.getEventType() == Notification.REMOVE
						|| notification.getEventType() == Notification.REMOVE_MANY) {
					for (EObject gone : removed) {
						markTree(gone);
					}
					removalsPending |= !removed.isEmpty();
				}
			}
		}

		@Override
		protected boolean resolve() {
			return false;
		}
	}
}
