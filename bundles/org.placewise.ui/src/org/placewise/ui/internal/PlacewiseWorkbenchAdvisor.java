package org.placewise.ui.internal;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Opens every window in the Placewise perspective and remembers the layout between sessions. */
final class PlacewiseWorkbenchAdvisor extends WorkbenchAdvisor {
	/** System property naming the model to open at start. */
	static final String MODEL_PROPERTY = "placewise.model";

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		configurer.setSaveAndRestore(true);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return PlacewisePerspective.ID;
	}

	/** Opens the model named by the {@value #MODEL_PROPERTY} system property (./placewise sets it) in an editor. */
	@Override
	public void postStartup() {
		String model = System.getProperty(MODEL_PROPERTY);
		if (model != null && !model.isBlank()) {
			ModelHandlers.open(getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow(),
					java.nio.file.Path.of(model));
		}
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new PlacewiseWindowAdvisor(configurer);
	}
}
