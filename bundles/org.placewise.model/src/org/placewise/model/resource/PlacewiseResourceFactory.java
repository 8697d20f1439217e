package org.placewise.model.resource;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.placewise.model.core.CorePackage;

/**
 * Creates {@link PlacewiseResource}s for Placewise model files ({@code .placewise}, XMI).
 * <p>
 * Registered for the {@code placewise} extension by the bundle's plugin.xml; outside OSGi call
 * {@link #register(ResourceSet)}.
 */
public class PlacewiseResourceFactory extends XMIResourceFactoryImpl {

	/** File extension of Placewise model files, without the dot. */
	public static final String FILE_EXTENSION = "placewise";

	@Override
	public Resource createResource(URI uri) {
		return new PlacewiseResource(uri);
	}

	/**
	 * Makes a resource set able to read and write Placewise model files without the Eclipse extension registry (plain
	 * Java, tests, command line), and registers the Placewise packages.
	 *
	 * @param resourceSet the resource set to prepare
	 * @return the same resource set
	 */
	public static ResourceSet register(ResourceSet resourceSet) {
		// Touching the core package initialises and registers all seven interdependent packages.
		CorePackage.eINSTANCE.eClass();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
				.put(FILE_EXTENSION, new PlacewiseResourceFactory());
		return resourceSet;
	}
}
