package org.placewise.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;

/**
 * Creating and deleting model objects through EMF.Edit, for the explorer's context menu and the Edit menu: one action
 * per child descriptor of the item providers (only the types that fit, with domain labels such as "New Delegation"),
 * and deletion that says first what else goes.
 */
final class ModelEditing {

	private ModelEditing() {
	}

	/**
	 * @param context  the model
	 * @param owner    the selected object
	 * @param sibling  {@code true} for New Sibling (children of the owner's parent), else New Child
	 * @param selected told the created object, to select it
	 * @return one action per kind of object that can be created there
	 */
	static List<IAction> newObjectActions(PlacewiseModelContext context, EObject owner, boolean sibling,
			Consumer<Object> selected) {
		EditingDomain domain = context.domain();
		Collection<?> descriptors = sibling ? domain.getNewChildDescriptors(null, owner)
				: domain.getNewChildDescriptors(owner, null);
		Object parent = sibling ? domain.getParent(owner) : owner;
		if (parent == null || descriptors == null) {
			return List.of();
		}
		Map<String, Integer> typeCounts = new HashMap<>();
		for (Object descriptor : descriptors) {
			if (descriptor instanceof CommandParameter parameter && parameter.getValue() instanceof EObject child) {
				typeCounts.merge(CommandLabels.typeName(child.eClass()), 1, Integer::sum);
			}
		}
		List<IAction> actions = new ArrayList<>();
		for (Object descriptor : descriptors) {
			if (!(descriptor instanceof CommandParameter parameter)
					|| !(parameter.getValue() instanceof EObject child)) {
				continue;
			}
			String type = CommandLabels.typeName(child.eClass());
			String label = "New " + type;
			if (typeCounts.get(type) > 1 && parameter.getEStructuralFeature() != null && parent instanceof EObject p) {
				label += " (" + CommandLabels.featureName(p.eClass(), parameter.getEStructuralFeature())
						.toLowerCase(java.util.Locale.UK) + ")";
			}
			Command command = FreshIdentities
					.after(CreateChildCommand.create(domain, parent, descriptor, List.of(owner)), label);
			Action action = new Action(label) {
				@Override
				public void run() {
					if (command.canExecute()) {
						domain.getCommandStack().execute(command);
						command.getAffectedObjects().stream().findFirst().ifPresent(selected);
					}
				}
			};
			action.setEnabled(command.canExecute());
			actions.add(action);
		}
		actions.sort(java.util.Comparator.comparing(IAction::getText));
		return actions;
	}

	/** @return the command deleting the objects and every reference to them, undoable */
	static Command deleteCommand(PlacewiseModelContext context, Collection<? extends EObject> objects) {
		return DeleteCommand.create(context.domain(), objects);
	}

	/**
	 * Says what deleting the objects also does: the objects inside them that go too, and the references elsewhere that
	 * will be cleared ("3 delegations name it as delegate").
	 */
	static String deletionSummary(PlacewiseModelContext context, Collection<? extends EObject> objects) {
		Set<EObject> going = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
		Map<org.eclipse.emf.ecore.EClass, Integer> contained = new LinkedHashMap<>();
		for (EObject object : objects) {
			going.add(object);
			for (var all = object.eAllContents(); all.hasNext();) {
				EObject inner = all.next();
				going.add(inner);
				contained.merge(inner.eClass(), 1, Integer::sum);
			}
		}
		Map<EObject, Collection<EStructuralFeature.Setting>> usages = EcoreUtil.UsageCrossReferencer.findAll(going,
				context.model().eResource());
		// referrer type + feature -> referrers
		Map<String, Set<EObject>> references = new LinkedHashMap<>();
		Map<String, EObject> sample = new HashMap<>();
		for (Collection<EStructuralFeature.Setting> settings : usages.values()) {
			for (EStructuralFeature.Setting setting : settings) {
				EObject referrer = setting.getEObject();
				if (going.contains(referrer) || !(setting.getEStructuralFeature() instanceof EReference reference)
						|| reference.isContainment() || reference.isContainer() || reference.isDerived()) {
					continue;
				}
				String key = referrer.eClass().getName() + "." + reference.getName();
				references
						.computeIfAbsent(key,
								k -> java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()))
						.add(referrer);
				sample.putIfAbsent(key, referrer);
			}
		}
		String subject = objects.size() == 1 ? CommandLabels.quoted(objects.iterator().next())
				: objects.size() + " objects";
		StringBuilder text = new StringBuilder("Delete " + subject + "?");
		if (!contained.isEmpty()) {
			text.append("\n\nAlso deleted, because they are inside it:");
			contained.forEach(
					(type, n) -> text.append("\n  ").append(n).append(' ').append(CommandLabels.plural(type, n)));
		}
		if (!references.isEmpty()) {
			text.append("\n\nReferences that will be cleared:");
			String it = objects.size() == 1 ? "it" : "them";
			references.forEach((key, referrers) -> {
				EObject referrer = sample.get(key);
				EStructuralFeature feature = referrer.eClass()
						.getEStructuralFeature(key.substring(key.indexOf('.') + 1));
				int n = referrers.size();
				String featureName = CommandLabels.featureName(referrer.eClass(), feature)
						.toLowerCase(java.util.Locale.UK);
				text.append("\n  ").append(n).append(' ').append(CommandLabels.plural(referrer.eClass(), n));
				if (feature.isMany()) {
					// "1 organisation lists it among its boards"
					text.append(n == 1 ? " lists " : " list ").append(it).append(" among ")
							.append(n == 1 ? "its " : "their ").append(featureName);
				} else {
					// "3 delegations name it as delegate"
					text.append(n == 1 ? " names " : " name ").append(it).append(" as ").append(featureName);
				}
			});
		}
		text.append("\n\nYou can undo this with Edit > Undo (Ctrl+Z).");
		return text.toString();
	}
}
