package org.placewise.model.resource;

import java.util.Iterator;
import java.util.UUID;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.placewise.model.core.Identified;

/**
 * Stable identities of model objects: random UUIDs, assigned once and never changed.
 */
public final class Identities {

	private Identities() {
	}

	/**
	 * @return a new random UUID in its canonical text form
	 */
	public static String newId() {
		return UUID.randomUUID().toString();
	}

	/**
	 * Gives every {@link Identified} object in the tree (a resource, resource set or object and its contents) that has
	 * no id yet a new one; existing ids are never changed.
	 *
	 * @param root where to start
	 * @return how many ids were assigned
	 */
	public static int assignMissing(Notifier root) {
		int assigned = 0;
		Iterator<?> all;
		if (root instanceof Resource resource) {
			all = resource.getAllContents();
		} else if (root instanceof ResourceSet resourceSet) {
			all = resourceSet.getAllContents();
		} else {
			EObject object = (EObject) root;
			assigned += assign(object);
			all = object.eAllContents();
		}
		while (all.hasNext()) {
			if (all.next() instanceof EObject object) {
				assigned += assign(object);
			}
		}
		return assigned;
	}

	private static int assign(EObject object) {
		if (object instanceof Identified identified && identified.getId() == null) {
			identified.setId(newId());
			return 1;
		}
		return 0;
	}

	/**
	 * Finds an object by its id in the resource of {@code context}.
	 *
	 * @param context any object of the model
	 * @param id      the id
	 * @return the object, or {@code null} when there is none
	 */
	public static EObject find(EObject context, String id) {
		Resource resource = context.eResource();
		if (resource != null) {
			return resource.getEObject(id);
		}
		EObject root = EcoreUtil.getRootContainer(context);
		if (root instanceof Identified identified && id.equals(identified.getId())) {
			return root;
		}
		for (Iterator<EObject> all = root.eAllContents(); all.hasNext();) {
			EObject candidate = all.next();
			if (candidate instanceof Identified identified && id.equals(identified.getId())) {
				return candidate;
			}
		}
		return null;
	}
}
