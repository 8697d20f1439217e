package org.placewise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.footprint.FootprintKind;
import org.placewise.store.ModelFiles;
import org.placewise.ui.internal.wizards.NewModelWizard;
import org.placewise.ui.internal.wizards.NewModelWizard.Start;

class NewModelWizardTest {

	private final List<Path> opened = new ArrayList<>();
	private TestWizardDialog dialog;

	@AfterEach
	void close() {
		if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
	}

	private NewModelWizard open() {
		NewModelWizard wizard = new NewModelWizard(PartFixture.sample("greater-manchester.placewise").getParent(),
				opened::add);
		dialog = new TestWizardDialog(wizard);
		dialog.open();
		return wizard;
	}

	@Test
	void anIcsSkeletonIsWrittenAsAFileThatLoadsWithItsPlaces() throws Exception {
		Path folder = Files.createTempDirectory("new-model");
		NewModelWizard wizard = open();
		wizard.page().fill(folder.resolve("north-cumbria").toString(), Start.ICS_SKELETON, "North Cumbria",
				List.of("Carlisle", "West Cumbria", "Eden"), null);
		assertTrue(dialog.finishEnabled());
		PartFixture.screenshot(dialog.getShell(), "wizard-new-model");

		dialog.pressFinish();

		Path written = folder.resolve("north-cumbria.placewise");
		assertEquals(written, wizard.createdFile());
		assertEquals(List.of(written), opened, "the file is handed to the editor to open");
		PlacewiseModel model = new ModelFiles().load(written);
		assertEquals("North Cumbria", model.getName());
		Footprint ics = model.getFootprints().get(0);
		assertEquals(FootprintKind.INTEGRATED_CARE_SYSTEM, ics.getKind());
		assertEquals(List.of("Carlisle", "West Cumbria", "Eden"),
				ics.getChildren().stream().map(Footprint::getName).toList());
		assertTrue(ics.getChildren().stream().allMatch(p -> p.getKind() == FootprintKind.PLACE));
	}

	@Test
	void aCopyOfASampleLoadsAsTheSample() throws Exception {
		Path target = Files.createTempDirectory("new-model").resolve("copy.placewise");
		NewModelWizard wizard = open();
		wizard.page().fill(target.toString(), Start.SAMPLE, null, List.of(),
				"exampleshire-scheme-of-delegation.placewise");
		dialog.pressFinish();
		PlacewiseModel copy = new ModelFiles().load(target);
		PlacewiseModel sample = new ModelFiles()
				.load(PartFixture.sample("exampleshire-scheme-of-delegation.placewise"));
		assertEquals(sample.getName(), copy.getName());
		assertEquals(sample.getDelegations().size(), copy.getDelegations().size());
	}

	@Test
	void anExistingFileIsKeptWhenThePersonSaysNo() throws Exception {
		Path existing = Files.createTempFile("existing", ".placewise");
		Files.writeString(existing, "keep me");
		NewModelWizard wizard = open();
		List<Path> asked = new ArrayList<>();
		wizard.setReplaceExisting(file -> {
			asked.add(file);
			return false;
		});
		wizard.page().fill(existing.toString(), Start.EMPTY, "Empty", List.of(), null);
		assertTrue(wizard.page().getMessage() != null && wizard.page().getMessage().contains("exists"),
				wizard.page().getMessage());

		dialog.pressFinish();

		assertEquals(List.of(existing), asked);
		assertEquals("keep me", Files.readString(existing));
		assertNull(wizard.createdFile());
		assertTrue(opened.isEmpty());
		assertFalse(dialog.getShell().isDisposed(), "the wizard stays open for another name");
	}

	@Test
	void anExistingFileIsReplacedWhenThePersonSaysYes() throws Exception {
		Path existing = Files.createTempFile("existing", ".placewise");
		Files.writeString(existing, "old");
		NewModelWizard wizard = open();
		wizard.setReplaceExisting(file -> true);
		wizard.page().fill(existing.toString(), Start.EMPTY, "Fresh start", List.of(), null);
		dialog.pressFinish();
		assertEquals("Fresh start", new ModelFiles().load(existing).getName());
	}

	@Test
	void finishIsOffUntilTheSkeletonHasAPlace() throws Exception {
		NewModelWizard wizard = open();
		wizard.page().fill(Files.createTempDirectory("m").resolve("x").toString(), Start.ICS_SKELETON, "North Cumbria",
				List.of(), null);
		assertFalse(dialog.finishEnabled());
		assertTrue(wizard.page().getErrorMessage().contains("at least one place"), wizard.page().getErrorMessage());
	}

	@Test
	void theSamplesAreFoundFromThePropertyOrTheSampleTheWorkbenchOpened() throws Exception {
		String samples = System.getProperty(NewModelWizard.SAMPLES_PROPERTY);
		String model = System.getProperty("placewise.model");
		try {
			Path named = Files.createTempDirectory("my-samples");
			System.setProperty(NewModelWizard.SAMPLES_PROPERTY, named.toString());
			assertEquals(named, NewModelWizard.samplesFolder());

			System.clearProperty(NewModelWizard.SAMPLES_PROPERTY);
			Path gm = PartFixture.sample("greater-manchester.placewise");
			System.setProperty("placewise.model", gm.toString());
			assertEquals(gm.getParent(), NewModelWizard.samplesFolder());

			System.setProperty("placewise.model", Files.createTempFile("elsewhere", ".placewise").toString());
			assertNull(NewModelWizard.samplesFolder(), "a model outside a samples folder says nothing about samples");
		} finally {
			restore(NewModelWizard.SAMPLES_PROPERTY, samples);
			restore("placewise.model", model);
		}
	}

	private static void restore(String key, String value) {
		if (value == null) {
			System.clearProperty(key);
		} else {
			System.setProperty(key, value);
		}
	}
}
