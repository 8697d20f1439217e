package org.placewise.model.resource;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.placewise.model.core.Identified;

/**
 * XMI resource for Placewise models.
 * <p>
 * Every {@link Identified} object gets a UUID when it is attached to the resource (or, for objects loaded without one,
 * when the resource is next saved); references in the file use those ids, so they survive edits, diffs and the move to
 * a shared repository. An intrinsic id index makes resolving references while loading linear in the size of the model.
 */
public class PlacewiseResource extends XMIResourceImpl {

	/**
	 * Fewest bytes a model file spends on one object (an element with a 36-character UUID id attribute, a name and its
	 * indentation). Placewise files average well over 100 bytes per object, so sizing the id index at file size / this
	 * never leaves it to grow while loading.
	 */
	private static final int MIN_BYTES_PER_OBJECT = 100;

	/** Beyond this many expected objects the id index is left to grow on its own. */
	private static final int MAX_PRESIZED_OBJECTS = 1 << 22;

	/** Whether the last load met a reference written as a URI (see {@link #loadedProxies()}). */
	private boolean loadedProxies;

	/**
	 * Creates a resource for the given URI.
	 *
	 * @param uri where the resource is stored
	 */
	public PlacewiseResource(URI uri) {
		super(uri);
		setIntrinsicIDToEObjectMap(new HashMap<>());
		setEncoding("UTF-8");
		Map<Object, Object> save = getDefaultSaveOptions();
		// Same model, same bytes, on every platform.
		save.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
		save.put(XMLResource.OPTION_LINE_WIDTH, Integer.valueOf(Integer.MAX_VALUE));
		save.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
		save.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.FALSE);
		Map<Object, Object> load = getDefaultLoadOptions();
		load.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		load.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
		// Build the tree detached and attach it once at the end, when the ids are read: attaching each
		// object as it is created walked its (empty) contents every time and indexed no id.
		load.put(XMLResource.OPTION_DEFER_ATTACHMENT, Boolean.TRUE);
	}

	@Override
	protected XMLHelper createXMLHelper() {
		return new PlacewiseXmlHelper(this);
	}

	@Override
	protected XMLLoad createXMLLoad() {
		return new XMILoadImpl(createXMLHelper()) {
			@Override
			protected SAXXMIHandler makeDefaultHandler() {
				return new SAXXMIHandler(resource, helper, options) {
					@Override
					protected void handleProxy(InternalEObject proxy, String uriLiteral) {
						// Every proxy a load creates is made here (references to other files, or
						// to this one by URI): noting it lets callers skip searching for proxies.
						loadedProxies = true;
						super.handleProxy(proxy, uriLiteral);
					}
				};
			}
		};
	}

	/**
	 * Tells whether the last load of this resource may have left proxies in it. Placewise files refer to objects by id,
	 * which never makes a proxy; only a reference written as a URI (an {@code href}, or an id reference containing
	 * {@code #}) does, and then it may point to another file. When this is {@code false}, checking the loaded model for
	 * proxies can be skipped: there are none.
	 *
	 * @return {@code true} if loading met at least one reference written as a URI
	 */
	public boolean loadedProxies() {
		return loadedProxies;
	}

	@Override
	public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
		loadedProxies = false;
		// The id index gets one entry per object. Growing a default-sized map to a national model's
		// 200,000 entries rehashes it some 18 times, which profiling showed as a sixth of the load
		// time; size it once from the file instead. available() is the bytes left for file streams
		// and 0 (no estimate) for streams that cannot tell, which then keep the default.
		Map<String, EObject> index = getIntrinsicIDToEObjectMap();
		long expected = inputStream.available() / MIN_BYTES_PER_OBJECT;
		if (index != null && index.isEmpty() && expected > 16) {
			setIntrinsicIDToEObjectMap(HashMap.newHashMap((int) Math.min(expected, MAX_PRESIZED_OBJECTS)));
		}
		super.doLoad(inputStream, options);
	}

	@Override
	protected boolean useUUIDs() {
		// Identity is the model's own id attribute, not an extra xmi:id.
		return false;
	}

	@Override
	protected void attachedHelper(EObject eObject) {
		// Loading never changes the model: an object the file gave no id gets one when next saved.
		if (!isLoading() && eObject instanceof Identified identified && identified.getId() == null) {
			identified.setId(Identities.newId());
		}
		super.attachedHelper(eObject);
	}

	@Override
	public void doSave(java.io.OutputStream outputStream, Map<?, ?> options) throws IOException {
		// Both save paths come here: the last moment to give new objects their ids.
		Identities.assignMissing(this);
		super.doSave(outputStream, options);
	}
}
