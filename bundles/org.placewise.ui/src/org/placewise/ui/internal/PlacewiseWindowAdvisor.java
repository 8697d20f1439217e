package org.placewise.ui.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.contexts.IContextService;

/** The main window: title, a sensible first size, menus and status line. */
final class PlacewiseWindowAdvisor extends WorkbenchWindowAdvisor {

	/** The key binding context of the Placewise window, a child of the platform's window context. */
	static final String WINDOW_CONTEXT = "org.placewise.ui.contexts.window";

	PlacewiseWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new PlacewiseActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(new Point(1440, 900));
		configurer.setShowCoolBar(false);
		configurer.setShowStatusLine(true);
		configurer.setShowPerspectiveBar(false);
		configurer.setTitle("Placewise");
	}

	@Override
	public void postWindowOpen() {
		// Placewise's own keys (Ctrl+N: new Placewise model) take precedence over the platform's in this window
		getWindowConfigurer().getWindow().getService(IContextService.class).activateContext(WINDOW_CONTEXT);
	}
}
