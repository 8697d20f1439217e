package org.placewise.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EPackage;
import org.junit.jupiter.api.Test;

/** {@link PlacewisePackages} is the whole metamodel. */
class PlacewisePackagesTest {

	@Test
	void listsEveryPlacewisePackageTheRegistryKnowsOnce() {
		Set<String> registered = EPackage.Registry.INSTANCE.keySet().stream()
				.filter(uri -> uri.startsWith("http://placewise.org/")).collect(Collectors.toSet());
		List<String> listed = PlacewisePackages.all().stream().map(EPackage::getNsURI).toList();

		assertEquals(7, listed.size(), listed::toString);
		assertEquals(registered, Set.copyOf(listed));
		assertEquals(listed.size(), Set.copyOf(listed).size(), "listed twice: " + listed);
	}
}
