package org.placewise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.placewise.ui.internal.ModelHandlers;
import org.placewise.ui.internal.PlacewiseEditor;

/** Driving the real workbench from UI tests: commands, menus, dialogs and sample copies. */
final class UiTestSupport {

	private UiTestSupport() {
	}

	static IWorkbenchWindow window() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(window, "the workbench has an open window");
		return window;
	}

	static IWorkbenchPage page() {
		return window().getActivePage();
	}

	/** Runs what the views scheduled (asynchronous refreshes). */
	static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// drain
		}
	}

	/** @return a copy of a sample in a fresh folder, so that saving never touches the samples */
	static Path copyOfSample(String name) throws IOException {
		Path sample = Path.of("../../samples", name).toAbsolutePath().normalize();
		assertTrue(Files.isRegularFile(sample), "sample " + sample);
		Path folder = Files.createTempDirectory("placewise-ui-test");
		return Files.copy(sample, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
	}

	/** Opens a model the way File > Open Model does. */
	static PlacewiseEditor open(Path file) {
		PlacewiseEditor editor = ModelHandlers.open(window(), file);
		processEvents();
		return editor;
	}

	/** Runs a command of the workbench (Edit > Undo, File > Save, ...) as a key or menu would. */
	static void execute(String commandId) {
		try {
			window().getService(IHandlerService.class).executeCommand(commandId, null);
		} catch (CommandException e) {
			fail("command " + commandId + " did not run: " + e);
		}
		processEvents();
	}

	/** Closes every editor without saving (test clean-up; no prompt). */
	static void closeAllEditors() {
		page().closeAllEditors(false);
		processEvents();
	}

	/**
	 * Answers the next dialog whose title starts with {@code title} by pressing the button labelled {@code button},
	 * recording the dialog's text. Call before the action that opens it.
	 */
	static DialogAnswer answer(String title, String button) {
		DialogAnswer answer = new DialogAnswer(title, button);
		Display.getCurrent().timerExec(20, answer);
		return answer;
	}

	/** A dialog to be answered, and what it said. */
	static final class DialogAnswer implements Runnable {
		private final String title;
		private final String button;
		private String text;
		private int polls;

		DialogAnswer(String title, String button) {
			this.title = title;
			this.button = button;
		}

		@Override
		public void run() {
			Display display = Display.getCurrent();
			for (Shell shell : display.getShells()) {
				if (!shell.isDisposed() && shell.isVisible() && shell.getText().startsWith(title)) {
					List<String> texts = new ArrayList<>();
					collect(shell, texts);
					Button press = findButton(shell, button);
					if (press != null) {
						text = String.join("\n", texts);
						press.notifyListeners(SWT.Selection, new Event());
						return;
					}
				}
			}
			// a dialog not yet open: look again soon (at most ~1 minute; the test then fails on seen())
			if (++polls < 3000) {
				display.timerExec(20, this);
			}
		}

		/** @return whether the dialog was shown (and answered) */
		boolean seen() {
			return text != null;
		}

		/** @return the labels of the dialog, one a line */
		String text() {
			return text;
		}

		private static void collect(Composite parent, List<String> texts) {
			for (Control child : parent.getChildren()) {
				if (child instanceof Label label && !label.getText().isBlank()) {
					texts.add(label.getText());
				} else if (child instanceof Composite composite) {
					collect(composite, texts);
				}
			}
		}

		private static Button findButton(Composite parent, String label) {
			for (Control child : parent.getChildren()) {
				if (child instanceof Button b && b.getText().replace("&", "").equalsIgnoreCase(label)) {
					return b;
				}
				if (child instanceof Composite composite) {
					Button found = findButton(composite, label);
					if (found != null) {
						return found;
					}
				}
			}
			return null;
		}
	}

	/**
	 * Opens a (context or menu-bar) menu and returns the item at a path of labels, e.g. "New Child", "New Board"; menus
	 * are filled when shown, as they are for a user.
	 */
	static MenuItem menuItem(Menu menu, String... path) {
		Menu current = menu;
		MenuItem found = null;
		for (String label : path) {
			current.notifyListeners(SWT.Show, new Event());
			found = null;
			List<String> seen = new ArrayList<>();
			for (MenuItem item : current.getItems()) {
				String text = item.getText().replace("&", "");
				int tab = text.indexOf('\t');
				text = tab < 0 ? text : text.substring(0, tab);
				seen.add(text);
				if (text.equals(label) || text.startsWith(label + " ")) {
					found = item;
					break;
				}
			}
			assertNotNull(found, "menu item '" + label + "' among " + seen);
			if (found.getMenu() != null) {
				current = found.getMenu();
			}
		}
		return found;
	}

	/** Chooses a menu item as a click would. */
	static void choose(MenuItem item) {
		item.notifyListeners(SWT.Selection, new Event());
		processEvents();
	}

	/** @return the item of the window's menu bar, e.g. "Edit", "Undo" */
	static MenuItem menuBarItem(String... path) {
		return menuItem(window().getShell().getMenuBar(), path);
	}
}
