package org.placewise.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placewise.model.PlacewisePackages;
import org.placewise.server.RepositoryServer;
import org.placewise.server.RepositoryServerException;
import org.placewise.server.StoreKind;

/**
 * A repository created by Placewise 1 (the version-1 model packages, kept in model-v1/ as they were at commit 851a712)
 * met by today's server: CDO 4.7 keeps the packages a repository was created with under their namespace URIs, which
 * version 2 shares, and would read values into the wrong features. The server refuses to start on it, naming what
 * differs and what to do.
 */
class OldStoreTest {
	private static final Path VERSION_ONE = Path.of("model-v1");

	@TempDir
	Path temp;

	private StoreFixture fixture;

	@AfterEach
	void stopServers() {
		if (fixture != null) {
			fixture.close();
		}
	}

	/** @return the version-1 packages, dynamic, cross-referring by namespace URI as CDO stores them */
	static List<EPackage> versionOnePackages() {
		ResourceSet resources = new ResourceSetImpl();
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		List<Resource> loaded = new ArrayList<>();
		for (String name : List.of("core", "organisation", "footprint", "governance", "finance", "outcomes",
				"measures")) {
			loaded.add(resources.getResource(
					URI.createFileURI(VERSION_ONE.resolve(name + ".ecore").toAbsolutePath().toString()), true));
		}
		EcoreUtil.resolveAll(resources);
		List<EPackage> packages = new ArrayList<>();
		for (Resource resource : loaded) {
			EPackage ePackage = (EPackage) resource.getContents().get(0);
			resource.setURI(URI.createURI(ePackage.getNsURI()));
			packages.add(ePackage);
		}
		return packages;
	}

	@Test
	void todaysServerRefusesARepositoryCreatedWithTheVersionOneModelSayingWhatToDo() throws Exception {
		fixture = new StoreFixture(StoreKind.H2, temp);
		List<EPackage> versionOne = versionOnePackages();
		assertEquals(PlacewisePackages.all().size(), versionOne.size());
		RepositoryServer placewiseOne = fixture.start(fixture.configuration().packages(versionOne).build());
		placewiseOne.close();

		RepositoryServerException refused = assertThrows(RepositoryServerException.class,
				() -> fixture.start(fixture.configuration().packages(PlacewisePackages.all()).build()));
		String message = refused.getMessage();
		assertTrue(message.contains("was created by an earlier version of Placewise"), message);
		assertTrue(message.contains(fixture.dataDirectory.toString()), message);
		assertTrue(message.contains(" is not in the repository"), message);
		assertTrue(message.contains("'placewise repository pull'") && message.contains("'placewise repository push'"),
				message);
	}

	@Test
	void aRepositoryCreatedWithTodaysModelStartsAgain() throws Exception {
		fixture = new StoreFixture(StoreKind.H2, temp);
		fixture.start(fixture.configuration().packages(PlacewisePackages.all()).build()).close();
		fixture.start(fixture.configuration().packages(PlacewisePackages.all()).build()).close();
	}
}
