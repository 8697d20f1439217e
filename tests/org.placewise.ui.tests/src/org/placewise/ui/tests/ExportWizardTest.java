package org.placewise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.placewise.ui.tests.UiTestSupport.closeAllEditors;
import static org.placewise.ui.tests.UiTestSupport.copyOfSample;
import static org.placewise.ui.tests.UiTestSupport.menuBarItem;
import static org.placewise.ui.tests.UiTestSupport.open;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.MenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placewise.diagram.kinds.DiagramKind;
import org.placewise.io.MeasureExport;
import org.placewise.io.ObservationExport;
import org.placewise.model.core.CorePackage;
import org.placewise.ui.internal.PlacewiseModelContext;
import org.placewise.ui.internal.wizards.ExportWizard;
import org.placewise.ui.internal.wizards.ExportWizard.What;

/** File > Export writes what the command line's export and diagram write, and says on the page what went wrong. */
class ExportWizardTest {

	private PlacewiseModelContext context;
	private ExportWizard wizard;
	private TestWizardDialog dialog;
	private Path folder;

	@BeforeEach
	void openWizard() throws Exception {
		closeAllEditors();
		context = open(copyOfSample("exampleshire-scheme-of-delegation.placewise")).context();
		wizard = new ExportWizard(context.model(), context.checker().findings(), context.file());
		dialog = new TestWizardDialog(wizard);
		dialog.open();
		folder = Files.createTempDirectory("export");
	}

	@AfterEach
	void close() {
		if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
		closeAllEditors();
	}

	@Test
	void fileExportIsInTheFileMenuForTheOpenModel() {
		MenuItem export = menuBarItem("File", "Export...");
		assertNotNull(export);
	}

	@Test
	void measuresAreWrittenAsTheCommandLineWritesThemWithTheEditorsUnsavedEdits() throws Exception {
		var measure = context.model().getMeasures().get(0);
		context.commandStack().execute(SetCommand.create(context.domain(), measure,
				CorePackage.Literals.NAMED_ELEMENT__NAME, "Average delay in days (renamed)"));
		Path target = folder.resolve("measures.csv");

		wizard.page().choose(What.MEASURES, null, target);
		assertTrue(dialog.finishEnabled());
		dialog.pressFinish();

		assertTrue(Files.isRegularFile(target));
		String written = Files.readString(target, StandardCharsets.UTF_8);
		assertTrue(written.contains("Average delay in days (renamed)"), "the unsaved edit is exported: " + written);
		Path cli = folder.resolve("cli.csv");
		MeasureExport.write(context.model(), cli);
		assertArrayEquals(Files.readAllBytes(cli), Files.readAllBytes(target), "the same file as placewise export");
		assertEquals("Wrote 5 measures to measures.csv.", wizard.written());
	}

	@Test
	void observationsGoToXlsxInEitherLayout() throws Exception {
		Path target = folder.resolve("observations.xlsx");
		wizard.page().choose(What.OBSERVATIONS_WIDE, null, target);
		dialog.pressFinish();
		assertTrue(Files.size(target) > 0);
		assertTrue(wizard.written().startsWith("Wrote 164 observations"), wizard.written());
		Path cli = folder.resolve("cli.xlsx");
		assertEquals(164, ObservationExport.write(context.model(), cli, ObservationExport.Layout.WIDE).observations());
	}

	@Test
	void aDiagramIsWrittenAsSvgOrPng() throws Exception {
		Path svg = folder.resolve("governance.svg");
		wizard.page().choose(What.DIAGRAM, DiagramKind.GOVERNANCE, svg);
		dialog.pressFinish();
		String text = Files.readString(svg, StandardCharsets.UTF_8);
		assertTrue(text.contains("<svg"), text.substring(0, Math.min(200, text.length())));
		assertTrue(text.contains("ICB Board"), "the governance diagram names the boards");

		Path png = folder.resolve("governance.png");
		ExportWizard again = new ExportWizard(context.model(), context.checker().findings(), context.file());
		TestWizardDialog second = new TestWizardDialog(again);
		second.open();
		again.page().choose(What.DIAGRAM, DiagramKind.GOVERNANCE, png);
		second.pressFinish();
		byte[] bytes = Files.readAllBytes(png);
		assertEquals((byte) 0x89, bytes[0]);
		assertEquals('P', bytes[1]);
	}

	@Test
	void aFileTheExportCannotWriteIsExplainedOnThePageAndNothingIsWritten() throws Exception {
		wizard.page().choose(What.MEASURES, null, folder.resolve("measures.png"));
		assertFalse(dialog.finishEnabled(), "a .png is no table");
		assertTrue(wizard.page().getErrorMessage().contains("must end in .csv or .xlsx"),
				wizard.page().getErrorMessage());

		Path missing = folder.resolve("no such folder").resolve("measures.csv");
		wizard.page().choose(What.MEASURES, null, missing);
		assertFalse(dialog.finishEnabled());
		assertTrue(wizard.page().getErrorMessage().contains("does not exist"), wizard.page().getErrorMessage());
		assertFalse(wizard.performFinish(), "the wizard stays open");
		assertFalse(Files.exists(missing));
	}

	@Test
	void aFolderWhereTheFileShouldGoIsExplainedOnThePage() throws Exception {
		Path inTheWay = Files.createDirectories(folder.resolve("diagram.svg"));
		wizard.page().choose(What.DIAGRAM, DiagramKind.GOVERNANCE, inTheWay);
		assertFalse(wizard.performFinish(), "the wizard stays open");
		assertTrue(wizard.page().getErrorMessage().contains("is a folder"), wizard.page().getErrorMessage());
		assertTrue(Files.isDirectory(inTheWay), "nothing replaced it");
	}
}
