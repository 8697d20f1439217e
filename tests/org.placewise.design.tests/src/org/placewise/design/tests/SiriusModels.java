package org.placewise.design.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Loads the Sirius description metamodels (copied into {@code sirius-metamodel/}), the Placewise metamodel (the
 * {@code .ecore} files of org.placewise.model) and {@code placewise.odesign} with plain, dynamic EMF: no Sirius runtime
 * and no generated Sirius code.
 */
public final class SiriusModels {

	/** Folder of the Sirius reference files, relative to this test bundle. */
	public static final Path SIRIUS = Path.of("sirius-metamodel");
	/** The Placewise metamodel. */
	public static final Path PLACEWISE_MODEL = Path.of("../../bundles/org.placewise.model/model");
	/** The viewpoint specification under test. */
	public static final Path ODESIGN = Path.of("../../bundles/org.placewise.design/description/placewise.odesign");

	private static final Set<String> SIRIUS_ECORES = Set.of("viewpoint.ecore", "diagram.ecore", "table.ecore",
			"tree.ecore",
			"properties.ecore");

	private static final String ECORE_PLATFORM_URI = "platform:/plugin/org.eclipse.emf.ecore/model/Ecore.ecore";

	private final ResourceSetImpl resourceSet = new ResourceSetImpl();
	private final List<EPackage> placewisePackages = new ArrayList<>();

	/** Loads both metamodels into a fresh resource set. */
	public SiriusModels() {
		Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
		factories.put("ecore", new EcoreResourceFactoryImpl());
		factories.put("odesign", new XMIResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		// properties.ecore reaches Ecore by a relative path into the Sirius source tree instead.
		Map<URI, Resource> known = new HashMap<>();
		known.put(URI.createURI(ECORE_PLATFORM_URI), EcorePackage.eINSTANCE.eResource());
		known.put(fileUri(SIRIUS.resolve("../../org.eclipse.emf.ecore/model/Ecore.ecore")),
				EcorePackage.eINSTANCE.eResource());
		resourceSet.setURIResourceMap(known);
		resourceSet.setURIConverter(new ExtensibleURIConverterImpl() {
			@Override
			public URI normalize(URI uri) {
				// The Sirius .ecore files point at each other through their source-tree layout and at
				// Ecore through platform:/plugin; redirect both to what is available here.
				if ("platform".equals(uri.scheme()) && "Ecore.ecore".equals(uri.lastSegment())) {
					return URI.createURI(EcorePackage.eNS_URI);
				}
				if ("file".equals(uri.scheme()) && SIRIUS_ECORES.contains(uri.lastSegment())) {
					return fileUri(SIRIUS.resolve(uri.lastSegment()));
				}
				if ("environment".equals(uri.scheme())) {
					String file = "/viewpoint".equals(uri.path()) ? "Environment.odesign"
							: "DiagramEnvironment.odesign";
					return fileUri(SIRIUS.resolve(file));
				}
				return super.normalize(uri);
			}
		});
		for (String name : SIRIUS_ECORES) {
			registerAll((EPackage) load(SIRIUS.resolve(name)).getContents().get(0));
		}
		try (var files = Files.list(PLACEWISE_MODEL)) {
			for (Path ecore : files.filter(p -> p.toString().endsWith(".ecore")).sorted().toList()) {
				EPackage pkg = (EPackage) load(ecore).getContents().get(0);
				placewisePackages.add(pkg);
				resourceSet.getPackageRegistry().put(pkg.getNsURI(), pkg);
			}
		} catch (IOException e) {
			throw new IllegalStateException(
					"Cannot list the Placewise metamodel in " + PLACEWISE_MODEL.toAbsolutePath(), e);
		}
		// EMF's key-uniqueness check reads reference keys without resolving them, so resolve every
		// cross-reference of the metamodels now (otherwise the Diagnostician fails on a proxy).
		EcoreUtil.resolveAll(resourceSet);
	}

	private void registerAll(EPackage pkg) {
		resourceSet.getPackageRegistry().put(pkg.getNsURI(), pkg);
		pkg.getESubpackages().forEach(this::registerAll);
	}

	private static URI fileUri(Path path) {
		return URI.createFileURI(path.toAbsolutePath().normalize().toString());
	}

	/**
	 * @param file a model file
	 * @return its resource, loaded into this resource set
	 */
	public Resource load(Path file) {
		return resourceSet.getResource(fileUri(file), true);
	}

	/** @return the root {@code Group} of {@code placewise.odesign} */
	public EObject odesign() {
		return load(ODESIGN).getContents().get(0);
	}

	/** @return the Placewise packages, loaded from their .ecore files */
	public List<EPackage> placewisePackages() {
		return List.copyOf(placewisePackages);
	}

	/** @return the resource set holding everything */
	public ResourceSet resourceSet() {
		return resourceSet;
	}
}
