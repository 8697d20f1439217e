package org.placewise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.placewise.ui.tests.UiTestSupport.answer;
import static org.placewise.ui.tests.UiTestSupport.choose;
import static org.placewise.ui.tests.UiTestSupport.closeAllEditors;
import static org.placewise.ui.tests.UiTestSupport.copyOfSample;
import static org.placewise.ui.tests.UiTestSupport.menuBarItem;
import static org.placewise.ui.tests.UiTestSupport.menuItem;
import static org.placewise.ui.tests.UiTestSupport.open;
import static org.placewise.ui.tests.UiTestSupport.page;
import static org.placewise.ui.tests.UiTestSupport.processEvents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.MenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placewise.model.governance.Delegation;
import org.placewise.ui.internal.ModelExplorerView;
import org.placewise.ui.internal.PlacewiseEditor;
import org.placewise.ui.internal.ModelHandlers;
import org.placewise.ui.internal.register.DelegationRegisterPart;
import org.placewise.ui.internal.register.RegisterColumn;

/** The wizards from the menus and keys; readable undo labels for the register's edits. */
class EditorMenusTest {

	private static final String EXAMPLESHIRE = "exampleshire-scheme-of-delegation.placewise";

	@BeforeEach
	@AfterEach
	void noEditorsOpen() {
		closeAllEditors();
	}

	private static String text(MenuItem item) {
		return item.getText().replace("&", "");
	}

	@Test
	void fileNewPlacewiseModelIsCtrlNAndOpensTheNewModelWizard() {
		MenuItem item = menuBarItem("File", "New", "Placewise model...");
		assertTrue(text(item).endsWith("\tCtrl+N"), text(item));

		UiTestSupport.DialogAnswer wizard = answer("New Placewise Model", "Cancel");
		choose(item);

		assertTrue(wizard.seen(), "the New Placewise Model wizard opened");
	}

	@Test
	void newDelegationIsOfferedOnlyWithAModelOpenAndOpensTheWizard() throws Exception {
		assertFalse(menuBarItem("Edit", "New delegation...").isEnabled(), "no model, no new delegation");

		open(copyOfSample(EXAMPLESHIRE));
		MenuItem item = menuBarItem("Edit", "New delegation...");
		assertTrue(item.isEnabled());
		UiTestSupport.DialogAnswer wizard = answer("New Delegation", "Cancel");
		choose(item);
		assertTrue(wizard.seen(), "the New Delegation wizard opened");
	}

	@Test
	void theExplorersContextMenuOffersNewDelegation() throws Exception {
		PlacewiseEditor editor = open(copyOfSample(EXAMPLESHIRE));
		ModelExplorerView explorer = (ModelExplorerView) page().showView(ModelExplorerView.ID);
		explorer.getViewer().setSelection(new StructuredSelection(editor.context().model()));
		processEvents();

		MenuItem item = menuItem(explorer.getViewer().getControl().getMenu(), "New delegation...");
		assertTrue(item.isEnabled());
	}

	@Test
	void fileImportMeasuresOrObservationsOpensTheImportWizardOnTheOpenModel() throws Exception {
		assertFalse(menuBarItem("File", "Import", "Measures / Observations...").isEnabled(), "no model to import into");

		open(copyOfSample(EXAMPLESHIRE));
		MenuItem item = menuBarItem("File", "Import", "Measures / Observations...");
		assertTrue(item.isEnabled());
		UiTestSupport.DialogAnswer wizard = answer("Import Measures or Observations", "Cancel");
		choose(item);
		assertTrue(wizard.seen(), "the import wizard opened");
	}

	@Test
	void theRegistersEditsHaveReadableUndoLabels() throws Exception {
		PlacewiseEditor editor = open(copyOfSample(EXAMPLESHIRE));
		DelegationRegisterPart register = editor.showRegister();
		Delegation discharge = editor.context().model().getDelegations().stream()
				.filter(d -> "Discharge fund".equals(d.getName())).findFirst().orElseThrow();

		register.edit(discharge, RegisterColumn.REVIEW_DATE, "31/03/2027");
		assertEquals("Undo Set review date of 'Discharge fund'", ModelHandlers.stackLabel("Undo", true));
		register.edit(discharge, RegisterColumn.RESERVED_MATTERS, "Annual budget");
		assertEquals("Undo Set reserved matters of 'Discharge fund'", ModelHandlers.stackLabel("Undo", true));
		register.edit(discharge, RegisterColumn.RESERVED_MATTERS, "Annual budget; Strategy");
		assertEquals("Undo Set reserved matters of 'Discharge fund'", ModelHandlers.stackLabel("Undo", true));
		register.edit(discharge, RegisterColumn.LIMIT, "");
		assertEquals("Undo Set financial limit of 'Discharge fund'", ModelHandlers.stackLabel("Undo", true));
	}

	@Test
	void theRegistersKeysDoNotTakeTheMenuBarsKeys() throws Exception {
		PlacewiseEditor editor = open(copyOfSample(EXAMPLESHIRE));
		Set<Character> menus = new HashSet<>();
		for (MenuItem item : UiTestSupport.window().getShell().getMenuBar().getItems()) {
			mnemonic(item.getText()).ifPresent(menus::add);
		}
		Set<Character> register = new HashSet<>();
		collectMnemonics(editor.showRegister().getControl(), register);

		assertFalse(register.isEmpty(), "the register has keys of its own");
		assertTrue(Collections.disjoint(menus, register), "menu bar " + menus + ", register " + register);
	}

	private static java.util.Optional<Character> mnemonic(String text) {
		int at = text.indexOf('&');
		return at < 0 || at + 1 >= text.length() ? java.util.Optional.empty()
				: java.util.Optional.of(Character.toLowerCase(text.charAt(at + 1)));
	}

	private static void collectMnemonics(Control control, Set<Character> into) {
		if (control instanceof Label label) {
			mnemonic(label.getText()).ifPresent(into::add);
		} else if (control instanceof Button button) {
			mnemonic(button.getText()).ifPresent(into::add);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collectMnemonics(child, into);
			}
		}
	}

	@Test
	void theLauncherTellsTheWorkbenchWhereTheSamplesAre() throws Exception {
		String launcher = Files.readString(Path.of("../../placewise"));
		String gui = launcher.lines().filter(l -> l.startsWith("gui_cmd=")).findFirst().orElseThrow();

		assertTrue(gui.contains("\"-Dplacewise.samples=$root/samples\""), gui);
	}
}
