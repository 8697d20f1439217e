package org.placewise.design.internal;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Plugin;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.BundleContext;

/**
 * Activator of the design bundle, and the class named in its {@code org.eclipse.sirius.componentization} extension.
 * Sirius instantiates that class to make the bundle start; on start the bundle registers {@value #DESCRIPTION} with
 * Sirius's viewpoint registry and on stop it disposes what it registered.
 * <p>
 * Sirius is an optional requirement of this bundle (it is not on Maven Central, so the Placewise build cannot depend on
 * it). The registry is therefore reached by reflection: where Sirius is installed its classes are visible to this
 * bundle and the viewpoint is registered; where it is not, the bundle starts and does nothing.
 */
public class PlacewiseDesignPlugin extends Plugin {

	/** Bundle symbolic name. */
	public static final String PLUGIN_ID = "org.placewise.design";

	/** The viewpoint specification inside this bundle. */
	public static final String DESCRIPTION = "/description/placewise.odesign";

	/** Sirius's viewpoint registry, reached by reflection. */
	static final String REGISTRY_CLASS = "org.eclipse.sirius.business.api.componentization.ViewpointRegistry";

	private final List<Object> viewpoints = new ArrayList<>();

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		try {
			Object registry = registry();
			if (registry == null) {
				return;
			}
			Method register = registry.getClass().getMethod("registerFromPlugin", String.class);
			Object registered = register.invoke(registry, PLUGIN_ID + DESCRIPTION);
			if (registered instanceof Collection<?> collection) {
				viewpoints.addAll(collection);
			}
		} catch (ReflectiveOperationException | LinkageError e) {
			// A Sirius too different from the one the viewpoint was written for: say so, keep running.
			ILog.of(getClass()).log(Status.error("The Placewise diagrams could not be registered with Sirius "
					+ "(viewpoint " + PLUGIN_ID + DESCRIPTION + "). Placewise works without them; see docs/sirius.md.",
					e));
		}
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		try {
			Object registry = viewpoints.isEmpty() ? null : registry();
			if (registry != null) {
				for (Method method : registry.getClass().getMethods()) {
					if (method.getName().equals("disposeFromPlugin") && method.getParameterCount() == 1) {
						for (Object viewpoint : viewpoints) {
							if (method.getParameterTypes()[0].isInstance(viewpoint)) {
								method.invoke(registry, viewpoint);
							}
						}
					}
				}
			}
		} catch (ReflectiveOperationException | LinkageError e) {
			ILog.of(getClass())
					.log(Status.warning("The Placewise viewpoint could not be removed from Sirius's registry", e));
		} finally {
			viewpoints.clear();
			super.stop(context);
		}
	}

	/** @return Sirius's viewpoint registry, or null when Sirius is not installed */
	private Object registry() throws ReflectiveOperationException {
		Class<?> type;
		try {
			type = Class.forName(REGISTRY_CLASS, true, getClass().getClassLoader());
		} catch (ClassNotFoundException | NoClassDefFoundError notInstalled) {
			return null;
		}
		return type.getMethod("getInstance").invoke(null);
	}
}
