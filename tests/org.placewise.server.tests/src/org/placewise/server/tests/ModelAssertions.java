package org.placewise.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Compares object trees feature by feature across sessions and packages (classes and features matched by name, cross
 * references by the target's containment path), so an expected tree may be a transient copy.
 */
final class ModelAssertions {
	private ModelAssertions() {
	}

	static void assertSameContent(EObject expected, EObject actual, String path) {
		assertNotNull(actual, path + " is missing");
		assertEquals(expected.eClass().getName(), actual.eClass().getName(), path + " class");
		for (EStructuralFeature expectedFeature : expected.eClass().getEAllStructuralFeatures()) {
			EStructuralFeature actualFeature = actual.eClass().getEStructuralFeature(expectedFeature.getName());
			String where = path + "." + expectedFeature.getName();
			assertNotNull(actualFeature, where + " feature");
			Object expectedValue = expected.eGet(expectedFeature);
			Object actualValue = actual.eGet(actualFeature);
			if (expectedFeature instanceof EAttribute) {
				if (expectedValue instanceof EObject literal) // dynamic enum literal
				{
					assertEquals(String.valueOf(literal), String.valueOf(actualValue), where);
				} else {
					assertEquals(expectedValue, actualValue, where);
				}
			} else if (((EReference) expectedFeature).isContainment()) {
				if (expectedFeature.isMany()) {
					List<?> expectedList = (List<?>) expectedValue;
					List<?> actualList = (List<?>) actualValue;
					assertEquals(expectedList.size(), actualList.size(), where + " size");
					for (int i = 0; i < expectedList.size(); i++) {
						assertSameContent((EObject) expectedList.get(i), (EObject) actualList.get(i),
								where + "[" + i + "]");
					}
				} else if (expectedValue != null) {
					assertSameContent((EObject) expectedValue, (EObject) actualValue, where);
				}
			} else if (expectedFeature.isMany()) {
				assertEquals(ids((List<?>) expectedValue), ids((List<?>) actualValue), where);
			} else {
				assertEquals(id(expectedValue), id(actualValue), where);
			}
		}
	}

	private static List<Object> ids(List<?> objects) {
		return objects.stream().map(ModelAssertions::id).toList();
	}

	private static Object id(Object object) {
		if (object == null) {
			return null;
		}
		StringBuilder path = new StringBuilder();
		for (EObject current = (EObject) object; current.eContainer() != null; current = current.eContainer()) {
			EStructuralFeature feature = current.eContainingFeature();
			Object siblings = current.eContainer().eGet(feature);
			int index = feature.isMany() ? ((List<?>) siblings).indexOf(current) : 0;
			path.insert(0, "/" + feature.getName() + "[" + index + "]");
		}
		return path.toString();
	}
}
