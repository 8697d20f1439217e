package org.placewise.ui.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/** File, Edit, Window and Help menus; commands from plugin.xml contribute into their groups. */
final class PlacewiseActionBarAdvisor extends ActionBarAdvisor {

	private IWorkbenchAction quit;
	private IWorkbenchAction close;
	private IWorkbenchAction closeAll;
	private IWorkbenchAction resetPerspective;
	private IWorkbenchAction nextEditor;
	private IWorkbenchAction nextPart;

	PlacewiseActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		quit = ActionFactory.QUIT.create(window);
		register(quit);
		close = ActionFactory.CLOSE.create(window);
		register(close);
		closeAll = ActionFactory.CLOSE_ALL.create(window);
		register(closeAll);
		resetPerspective = ActionFactory.RESET_PERSPECTIVE.create(window);
		register(resetPerspective);
		// keyboard navigation between editors (Ctrl+F6) and views (Ctrl+F7)
		nextEditor = ActionFactory.NEXT_EDITOR.create(window);
		register(nextEditor);
		register(ActionFactory.PREVIOUS_EDITOR.create(window));
		nextPart = ActionFactory.NEXT_PART.create(window);
		register(nextPart);
		register(ActionFactory.PREVIOUS_PART.create(window));
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
		file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
		file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator());
		file.add(close);
		file.add(closeAll);
		file.add(new Separator());
		file.add(quit);
		file.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));

		MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
		edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
		edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));

		MenuManager window = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
		window.add(nextEditor);
		window.add(nextPart);
		window.add(new Separator());
		window.add(resetPerspective);
		window.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

		MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
		help.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
		help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		help.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));

		menuBar.add(file);
		menuBar.add(edit);
		menuBar.add(window);
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(help);
	}
}
