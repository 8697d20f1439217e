package org.placewise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placewise.io.ImportProblem;
import org.placewise.io.ModelImport;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.measures.Measure;
import org.placewise.ui.internal.wizards.ImportWizard;

/** The import wizard on the Mid and South Essex model (8 measures, no observations yet). */
class ImportWizardTest {

	private static final String FRAILTY = "Frailty avoided admissions per week";
	private static final String UCRT = "UCRT avoided admissions per week";

	private PartFixture fixture;
	private ImportWizard wizard;
	private TestWizardDialog dialog;

	@BeforeEach
	void open() throws Exception {
		fixture = new PartFixture("mid-and-south-essex-older-adults.placewise");
		wizard = new ImportWizard(fixture.domain, fixture.model);
		dialog = new TestWizardDialog(wizard);
		dialog.open();
	}

	@AfterEach
	void close() {
		if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
		fixture.close();
	}

	private Measure measure(String name) {
		return fixture.model.getMeasures().stream().filter(m -> name.equals(m.getName())).findFirst().orElseThrow();
	}

	private static Path csv(String text) throws Exception {
		Path file = Files.createTempDirectory("import").resolve("observations.csv");
		Files.writeString(file, text);
		return file;
	}

	@Test
	void aFileWithOneBadRowChangesNothingAndTheProblemNamesRowAndColumn() throws Exception {
		PlacewiseModel before = EcoreUtil.copy(fixture.model);
		Path file = csv("measure,date,value\n"
				+ FRAILTY + ",2024-04-07,41\n"
				+ FRAILTY + ",2024-04-14,forty\n"
				+ UCRT + ",2024-04-07,12\n");

		wizard.page().choose(file, ModelImport.Kind.OBSERVATIONS);

		assertEquals(3, wizard.page().previewRowCount(), "every row of the file is previewed");
		List<ImportProblem> problems = wizard.page().problems();
		assertEquals(1, problems.size(), problems.toString());
		assertEquals(3, problems.get(0).row());
		assertEquals("C", problems.get(0).column());
		assertTrue(wizard.page().problemLines().get(0).startsWith("3 | C (value) | "),
				wizard.page().problemLines().toString());
		assertFalse(dialog.finishEnabled(), "all or nothing: nothing can be imported");
		assertTrue(wizard.page().getErrorMessage().contains("Nothing will be imported"),
				wizard.page().getErrorMessage());
		PartFixture.screenshot(dialog.getShell(), "wizard-import-problems");

		assertFalse(wizard.performFinish());
		assertTrue(EcoreUtil.equals(before, fixture.model), "the model is unchanged");
		assertFalse(fixture.domain.getCommandStack().canUndo());
	}

	@Test
	void aGoodFileImportsAsOneCommandThatOneUndoRemoves() throws Exception {
		Path file = csv("measure,date,value\n"
				+ FRAILTY + ",2024-04-07,41\n"
				+ FRAILTY + ",14/04/2024,44\n"
				+ UCRT + ",2024-04-07,12\n");
		wizard.page().choose(file, ModelImport.Kind.OBSERVATIONS);
		assertTrue(dialog.finishEnabled());
		assertTrue(wizard.page().getMessage().contains("3 observations added"), wizard.page().getMessage());
		PartFixture.screenshot(dialog.getShell(), "wizard-import");

		dialog.pressFinish();

		assertEquals(2, measure(FRAILTY).getObservations().size());
		assertEquals(1, measure(UCRT).getObservations().size());
		assertEquals("Import observations from observations.csv",
				fixture.domain.getCommandStack().getUndoCommand().getLabel());

		fixture.domain.getCommandStack().undo();

		assertEquals(0, measure(FRAILTY).getObservations().size());
		assertEquals(0, measure(UCRT).getObservations().size());
		assertFalse(fixture.domain.getCommandStack().canUndo(), "one Undo took the whole import back");

		fixture.domain.getCommandStack().redo();
		assertEquals(2, measure(FRAILTY).getObservations().size());
	}

	@Test
	void measureDefinitionsImportIntoTheModelInMemory() throws Exception {
		Path file = Files.createTempDirectory("import").resolve("measures.csv");
		Files.writeString(file, "name,unit\nHospital at home beds,beds\n");
		int before = fixture.model.getMeasures().size();
		wizard.page().choose(file, ModelImport.Kind.MEASURES);
		dialog.pressFinish();
		assertEquals(before + 1, fixture.model.getMeasures().size());
		fixture.domain.getCommandStack().undo();
		assertEquals(before, fixture.model.getMeasures().size());
	}
}
