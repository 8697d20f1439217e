package org.placewise.model.resource;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.placewise.model.core.Identified;

/**
 * XMI resource for Placewise models.
 * <p>
 * Every {@link Identified} object gets a UUID when it is attached to the resource (or, for objects
 * loaded without one, when the resource is next saved); references in the file use those ids, so
 * they survive edits, diffs and the move to a shared repository. An intrinsic id index makes
 * resolving references while loading linear in the size of the model.
 */
public class PlacewiseResource extends XMIResourceImpl {

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
    }

    @Override
    protected boolean useUUIDs() {
        // Identity is the model's own id attribute, not an extra xmi:id.
        return false;
    }

    @Override
    protected void attachedHelper(EObject eObject) {
        // While loading the id attribute is read after the object is attached: leave it alone then.
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
