package org.placewise.ui.internal.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.placewise.model.core.CoreFactory;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.footprint.FootprintFactory;
import org.placewise.model.footprint.FootprintKind;
import org.placewise.store.ModelFileException;
import org.placewise.store.ModelFiles;

/**
 * New Placewise model: an empty model, the skeleton of an integrated care system with its places, or a copy of a
 * sample, written atomically through {@link ModelFiles}. An existing file is only replaced when the person says so.
 * After Finish, {@link #createdFile()} is the file written, and it is handed to the opener given (the editor opens it).
 */
public final class NewModelWizard extends Wizard implements INewWizard {

	/** What the new model starts from. */
	public enum Start {
		/** Nothing but its name. */
		EMPTY,
		/** An integrated care system footprint with its places. */
		ICS_SKELETON,
		/** A copy of a bundled sample. */
		SAMPLE
	}

	/** System property naming the folder of the sample models (the launcher knows where they are). */
	public static final String SAMPLES_PROPERTY = "placewise.samples";

	private final Path samplesFolder;
	private final Consumer<Path> opener;
	private Predicate<Path> replaceExisting = NewModelWizard::askToReplace;
	private NewModelPage page;
	private Path created;

	/** For the workbench's New wizard list: samples from {@link #samplesFolder()}, nothing opened. */
	public NewModelWizard() {
		this(samplesFolder(), file -> {
		});
	}

	/**
	 * @param samplesFolder the folder of the sample models, or {@code null} when there are none
	 * @param opener        what to do with the file once written, for example open it in an editor
	 */
	public NewModelWizard(Path samplesFolder, Consumer<Path> opener) {
		this.samplesFolder = samplesFolder;
		this.opener = opener;
		setWindowTitle("New Placewise Model");
		setNeedsProgressMonitor(false);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		// nothing to take from the selection: a model is a file of its own
	}

	@Override
	public void addPages() {
		page = new NewModelPage(samples());
		addPage(page);
	}

	/** @return the page (file, start, ICS and places, sample) */
	public NewModelPage page() {
		return page;
	}

	/**
	 * @param question asked with the path of a file that exists; true replaces it (tests answer without a dialog)
	 */
	public void setReplaceExisting(Predicate<Path> question) {
		this.replaceExisting = question;
	}

	/** @return the file written by Finish, or {@code null} before */
	public Path createdFile() {
		return created;
	}

	/**
	 * @return the folder of the sample models: the {@value #SAMPLES_PROPERTY} system property, else the folder of the
	 *         model the launcher opens ({@code placewise.model}) when it is called {@code samples}; {@code null} when
	 *         neither names a folder
	 */
	public static Path samplesFolder() {
		String named = System.getProperty(SAMPLES_PROPERTY);
		if (named != null && Files.isDirectory(Path.of(named))) {
			return Path.of(named);
		}
		String model = System.getProperty("placewise.model");
		if (model != null) {
			Path folder = Path.of(model).toAbsolutePath().getParent();
			if (folder != null && folder.getFileName() != null && folder.getFileName().toString().equals("samples")
					&& Files.isDirectory(folder)) {
				return folder;
			}
		}
		return null;
	}

	private List<Path> samples() {
		if (samplesFolder == null || !Files.isDirectory(samplesFolder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(samplesFolder)) {
			return files.filter(f -> f.getFileName().toString().endsWith(ModelFileNames.EXTENSION)).sorted().toList();
		} catch (IOException e) {
			return List.of();
		}
	}

	@Override
	public boolean performFinish() {
		Path file = page.file();
		if (file == null) {
			return false;
		}
		if (Files.exists(file) && !replaceExisting.test(file)) {
			page.setErrorMessage(file.getFileName() + " exists and was kept: choose another file name.");
			return false;
		}
		try {
			PlacewiseModel model = switch (page.start()) {
			case EMPTY -> empty(page.modelName());
			case ICS_SKELETON -> skeleton(page.icsName(), page.places());
			case SAMPLE -> new ModelFiles().load(page.sample());
			};
			new ModelFiles().save(model, file);
		} catch (ModelFileException e) {
			page.setErrorMessage(e.getMessage());
			return false;
		}
		created = file;
		opener.accept(file);
		return true;
	}

	private static boolean askToReplace(Path file) {
		return MessageDialog.openQuestion(null, "Replace Model File",
				file + " exists. Replace it with the new model? Its previous version is kept as "
						+ ModelFiles.backupOf(file).getFileName() + ".");
	}

	/**
	 * @param name the model's name
	 * @return an empty model
	 */
	public static PlacewiseModel empty(String name) {
		PlacewiseModel model = CoreFactory.eINSTANCE.createPlacewiseModel();
		model.setName(name);
		return model;
	}

	/**
	 * @param icsName the integrated care system
	 * @param places  its places
	 * @return a model named after the system, holding its footprint with one footprint per place
	 */
	public static PlacewiseModel skeleton(String icsName, List<String> places) {
		PlacewiseModel model = empty(icsName);
		Footprint ics = FootprintFactory.eINSTANCE.createFootprint();
		ics.setName(icsName);
		ics.setKind(FootprintKind.INTEGRATED_CARE_SYSTEM);
		List<Footprint> children = new ArrayList<>();
		for (String name : places) {
			Footprint place = FootprintFactory.eINSTANCE.createFootprint();
			place.setName(name);
			place.setKind(FootprintKind.PLACE);
			children.add(place);
		}
		ics.getChildren().addAll(children);
		model.getFootprints().add(ics);
		return model;
	}
}
