package org.placewise.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.ManifestElement;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;

/**
 * CDO's internals stay behind the library bundle: its internal packages are exported {@code x-internal}, so using them
 * is a visible exception (a discouraged-access warning), and the model does not pass the library on to every bundle
 * that uses the model.
 */
class CdoBoundaryTest {
	private static final String LIBRARY = "org.placewise.lib.cdo";

	@Test
	void everyInternalPackageOfTheCdoLibraryAndNoOtherIsExportedXInternal() throws BundleException {
		ManifestElement[] exports = header(library(), Constants.EXPORT_PACKAGE);
		List<String> internal = Arrays.stream(exports).map(ManifestElement::getValue)
				.filter(CdoBoundaryTest::isInternal)
				.toList();

		assertTrue(internal.size() > 50, "CDO 4.7 has 88 internal packages: " + internal.size());
		for (ManifestElement export : exports) {
			assertEquals(isInternal(export.getValue()) ? "true" : null, export.getDirective("x-internal"),
					export.getValue() + ": run bundles/org.placewise.lib.cdo/update-exports.sh");
		}
	}

	@Test
	void theCdoLibraryExportsEveryPackageOfItsJarsButJavax() throws BundleException, IOException {
		Bundle library = library();
		Set<String> inJars = new TreeSet<>();
		for (URL jar : Collections.list(library.findEntries("lib", "*.jar", false))) {
			try (JarInputStream in = new JarInputStream(jar.openStream())) {
				for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
					String name = entry.getName();
					if (name.endsWith(".class") && name.contains("/") && !name.startsWith("javax/")) {
						inJars.add(name.substring(0, name.lastIndexOf('/')).replace('/', '.'));
					}
				}
			}
		}
		Set<String> exported = new TreeSet<>();
		for (ManifestElement export : header(library, Constants.EXPORT_PACKAGE)) {
			exported.add(export.getValue());
		}

		assertEquals(inJars, exported, "run bundles/org.placewise.lib.cdo/update-exports.sh");
	}

	@Test
	void theModelRequiresTheCdoLibraryWithoutReexportingIt() throws BundleException {
		Bundle model = FrameworkUtil.getBundle(PlacewisePackages.class);
		ManifestElement cdo = Arrays.stream(header(model, Constants.REQUIRE_BUNDLE))
				.filter(required -> required.getValue().equals(LIBRARY)).findFirst().orElse(null);

		assertNotNull(cdo, "the generated model classes are CDO objects");
		assertNotEquals(Constants.VISIBILITY_REEXPORT, cdo.getDirective(Constants.VISIBILITY_DIRECTIVE));
	}

	private static Bundle library() {
		Bundle library = Platform.getBundle(LIBRARY);
		assertNotNull(library, LIBRARY);
		return library;
	}

	private static ManifestElement[] header(Bundle bundle, String name) throws BundleException {
		return ManifestElement.parseHeader(name, bundle.getHeaders("").get(name));
	}

	private static boolean isInternal(String packageName) {
		return Arrays.asList(packageName.split("\\.")).contains("internal");
	}
}
