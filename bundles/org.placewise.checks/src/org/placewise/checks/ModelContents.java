package org.placewise.checks;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** The objects of one model, for rules whose findings depend on objects they cannot navigate to. */
public final class ModelContents {

	private ModelContents() {
	}

	/**
	 * @return every object of the given type in the model {@code member} belongs to (the tree under its root container,
	 *         the root included), in model order
	 */
	public static <T extends EObject> List<T> all(EObject member, EClass type, Class<T> javaType) {
		List<T> result = new ArrayList<>();
		EObject root = EcoreUtil.getRootContainer(member);
		if (type.isSuperTypeOf(root.eClass())) {
			result.add(javaType.cast(root));
		}
		for (Iterator<EObject> all = root.eAllContents(); all.hasNext();) {
			EObject object = all.next();
			if (type.isSuperTypeOf(object.eClass())) {
				result.add(javaType.cast(object));
			}
		}
		return result;
	}
}
