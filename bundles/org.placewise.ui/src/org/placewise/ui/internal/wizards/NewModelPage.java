package org.placewise.ui.internal.wizards;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.placewise.ui.internal.wizards.NewModelWizard.Start;

/** The one page of the new model wizard: where the file goes and what the model starts from. */
public final class NewModelPage extends WizardPage {

	private final List<Path> samples;
	private Text file;
	private Text name;
	private Button empty;
	private Button skeleton;
	private Button sample;
	private Text icsName;
	private Text places;
	private Combo sampleChoice;

	NewModelPage(List<Path> samples) {
		super("newModel");
		this.samples = samples;
		setTitle("New Placewise Model");
		setDescription("Where the model file goes, and what it starts from.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));

		label(page, "&File:");
		file = new Text(page, SWT.BORDER);
		file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		file.setMessage("/path/to/model.placewise");
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("&Browse...");
		browse.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
			dialog.setFilterExtensions(new String[] { "*" + ModelFileNames.EXTENSION });
			String chosen = dialog.open();
			if (chosen != null) {
				file.setText(chosen);
			}
		});

		label(page, "Model &name:");
		name = new Text(page, SWT.BORDER);
		name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

		Label starts = new Label(page, SWT.NONE);
		starts.setText("Start from:");
		starts.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		empty = radio(page, "&An empty model");
		skeleton = radio(page, "An integrated care &system and its places");
		label(page, "    Integrated care &system:");
		icsName = new Text(page, SWT.BORDER);
		icsName.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		icsName.setMessage("e.g. Greater Manchester");
		label(page, "    &Places, one a line:");
		places = new Text(page, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
		GridData placesData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		placesData.heightHint = 90;
		places.setLayoutData(placesData);
		sample = radio(page, "A &copy of a sample");
		label(page, "    Sa&mple:");
		sampleChoice = new Combo(page, SWT.READ_ONLY);
		sampleChoice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		samples.forEach(s -> sampleChoice.add(s.getFileName().toString()));
		if (samples.isEmpty()) {
			sample.setEnabled(false);
			sample.setText("A copy of a sample (no samples folder was given to the workbench)");
		} else {
			sampleChoice.select(0);
		}
		empty.setSelection(true);

		file.addModifyListener(e -> validate());
		name.addModifyListener(e -> validate());
		icsName.addModifyListener(e -> validate());
		places.addModifyListener(e -> validate());
		sampleChoice.addListener(SWT.Selection, e -> validate());
		for (Button radio : List.of(empty, skeleton, sample)) {
			radio.addListener(SWT.Selection, e -> validate());
		}
		setControl(page);
		validate();
	}

	private static void label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
	}

	private static Button radio(Composite parent, String text) {
		Button radio = new Button(parent, SWT.RADIO);
		radio.setText(text);
		radio.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		return radio;
	}

	private void validate() {
		boolean ics = skeleton.getSelection();
		icsName.setEnabled(ics);
		places.setEnabled(ics);
		sampleChoice.setEnabled(sample.getSelection());
		name.setEnabled(empty.getSelection());
		String problem = null;
		Path chosen = file();
		if (file.getText().isBlank()) {
			problem = "Give the file the model is written to.";
		} else if (chosen == null) {
			problem = "'" + file.getText() + "' is not a file name.";
		} else if (Files.isDirectory(chosen)) {
			problem = chosen + " is a folder: give a file name.";
		} else if (empty.getSelection() && name.getText().isBlank()) {
			problem = "Give the model a name.";
		} else if (ics && icsName.getText().isBlank()) {
			problem = "Name the integrated care system.";
		} else if (ics && places().isEmpty()) {
			problem = "Name at least one place of the integrated care system, one a line.";
		}
		setErrorMessage(problem);
		if (problem == null && Files.exists(chosen)) {
			setMessage(chosen.getFileName() + " exists: Finish asks before replacing it.", IMessageProvider.WARNING);
		} else {
			setMessage(null);
		}
		setPageComplete(problem == null);
	}

	/** @return the file to write (with {@code .placewise} added when missing), or {@code null} */
	public Path file() {
		if (file.getText().isBlank()) {
			return null;
		}
		try {
			return ModelFileNames.withExtension(file.getText());
		} catch (InvalidPathException e) {
			return null;
		}
	}

	/** @return what the model starts from */
	public Start start() {
		return skeleton.getSelection() ? Start.ICS_SKELETON : sample.getSelection() ? Start.SAMPLE : Start.EMPTY;
	}

	String modelName() {
		return name.getText().strip();
	}

	String icsName() {
		return icsName.getText().strip();
	}

	List<String> places() {
		return Arrays.stream(places.getText().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	Path sample() {
		int index = sampleChoice.getSelectionIndex();
		return index < 0 ? null : samples.get(index);
	}

	/**
	 * Fills the page as a person would (tests, and callers that know the answers).
	 *
	 * @param path       the file
	 * @param start      what the model starts from
	 * @param nameOrIcs  the model's name (empty model) or the integrated care system's (skeleton)
	 * @param placeNames the places of the skeleton
	 * @param sampleFile the sample's file name, for a copy
	 */
	public void fill(String path, Start start, String nameOrIcs, List<String> placeNames, String sampleFile) {
		file.setText(path);
		empty.setSelection(start == Start.EMPTY);
		skeleton.setSelection(start == Start.ICS_SKELETON);
		sample.setSelection(start == Start.SAMPLE);
		if (start == Start.EMPTY) {
			name.setText(nameOrIcs);
		} else if (start == Start.ICS_SKELETON) {
			icsName.setText(nameOrIcs);
			places.setText(String.join("\n", placeNames));
		} else {
			sampleChoice.select(sampleChoice.indexOf(sampleFile));
		}
		validate();
	}
}
