package org.placewise.ui.internal.wizards;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.placewise.diagram.kinds.DiagramKind;
import org.placewise.ui.internal.wizards.ExportWizard.What;

/**
 * The page of the export wizard: what to export (measures, observations in either layout, or a diagram and which), and
 * the file, whose extension chooses the format. The page says what is wrong with the file before Finish (an extension
 * the export cannot write, a folder that does not exist) and, after Finish, why writing failed.
 */
public final class ExportPage extends WizardPage {

	private final Path modelFile;
	private final Button[] choices = new Button[What.values().length];
	private Combo kind;
	private Text file;
	private What what = What.MEASURES;

	ExportPage(Path modelFile) {
		super("export");
		this.modelFile = modelFile;
		setTitle("Export");
		setDescription("The model as it is in the editor, unsaved edits included. The file's extension chooses the "
				+ "format.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		Group group = new Group(page, SWT.NONE);
		group.setText("Export");
		group.setLayout(new GridLayout(2, false));
		group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
		String[] mnemonics = { "&Measure definitions", "&Observations (one a row)",
				"Observations (a &column per measure)", "A &diagram:" };
		for (What each : What.values()) {
			Button choice = new Button(group, SWT.RADIO);
			choice.setText(mnemonics[each.ordinal()] + "  (" + String.join(", ", each.extensions()) + ")");
			choice.setLayoutData(
					new GridData(SWT.BEGINNING, SWT.CENTER, false, false, each == What.DIAGRAM ? 1 : 2, 1));
			choice.setSelection(each == what);
			choice.addListener(SWT.Selection, e -> {
				if (choice.getSelection()) {
					choose(each);
				}
			});
			choices[each.ordinal()] = choice;
		}
		kind = new Combo(group, SWT.READ_ONLY);
		for (DiagramKind k : DiagramKind.values()) {
			kind.add(k.title());
		}
		kind.select(0);
		kind.setEnabled(false);
		kind.addListener(SWT.Selection, e -> suggestFile());
		kind.getAccessible().addAccessibleListener(new org.eclipse.swt.accessibility.AccessibleAdapter() {
			@Override
			public void getName(org.eclipse.swt.accessibility.AccessibleEvent e) {
				e.result = "Diagram to export";
			}
		});
		Label fileLabel = new Label(page, SWT.NONE);
		fileLabel.setText("&File:");
		file = new Text(page, SWT.BORDER);
		file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		file.addListener(SWT.Modify, e -> validate());
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("&Browse...");
		browse.addListener(SWT.Selection, e -> browse());
		suggestFile();
		setControl(page);
		validate();
	}

	private void choose(What chosen) {
		what = chosen;
		kind.setEnabled(chosen == What.DIAGRAM);
		suggestFile();
	}

	/** Proposes a file beside the model, named after it and what is exported, in the first format offered. */
	private void suggestFile() {
		String base = modelFile == null ? "placewise"
				: modelFile.getFileName().toString().replaceFirst("\\.[^.]*$", "");
		String suffix = switch (what) {
		case MEASURES -> "-measures";
		case OBSERVATIONS -> "-observations";
		case OBSERVATIONS_WIDE -> "-observations-wide";
		case DIAGRAM -> "-" + diagramKind().id();
		};
		Path folder = modelFile == null ? Path.of(System.getProperty("user.home"))
				: modelFile.toAbsolutePath().getParent();
		String current = file.getText().strip();
		if (!current.isEmpty()) {
			try {
				Path typed = Path.of(current).toAbsolutePath().getParent();
				folder = typed != null ? typed : folder;
			} catch (InvalidPathException e) {
				// keep the model's folder
			}
		}
		file.setText(folder.resolve(base + suffix + "." + what.extensions().get(0)).toString());
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setText("Export to");
		dialog.setOverwrite(true);
		dialog.setFilterExtensions(what.extensions().stream().map(x -> "*." + x).toArray(String[]::new));
		Path current = file();
		if (current != null) {
			dialog.setFilterPath(String.valueOf(current.toAbsolutePath().getParent()));
			dialog.setFileName(String.valueOf(current.getFileName()));
		}
		String chosen = dialog.open();
		if (chosen != null) {
			file.setText(chosen);
		}
	}

	private void validate() {
		String problem = problem(what, file());
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	/**
	 * @param what what is exported
	 * @param file the file typed, or {@code null} when it is not a path
	 * @return what is wrong with writing it there, or {@code null}
	 */
	static String problem(What what, Path file) {
		if (file == null || file.getFileName() == null) {
			return "Give the file to write.";
		}
		String extension = extension(file);
		if (!what.extensions().contains(extension)) {
			return what.label() + ": the file must end in ." + String.join(" or .", what.extensions()) + ", not "
					+ (extension.isEmpty() ? "have no extension" : "in ." + extension) + ".";
		}
		if (!ExportWizard.folderExists(file)) {
			return "The folder " + file.toAbsolutePath().getParent() + " does not exist.";
		}
		if (Files.isDirectory(file)) {
			return file + " is a folder.";
		}
		return null;
	}

	static String extension(Path file) {
		return ExportWizard.extensionOf(file);
	}

	/** @return the file typed, or {@code null} when it is not a path */
	public Path file() {
		String text = file == null ? "" : file.getText().strip();
		if (text.isEmpty()) {
			return null;
		}
		try {
			return Path.of(text);
		} catch (InvalidPathException e) {
			return null;
		}
	}

	/** @return what is chosen */
	public What what() {
		return what;
	}

	/** @return the diagram chosen */
	public DiagramKind diagramKind() {
		return DiagramKind.values()[Math.max(0, kind.getSelectionIndex())];
	}

	/** Chooses what to export and the file, as a user does on the page. */
	public void choose(What chosen, DiagramKind diagram, Path target) {
		for (Button choice : choices) {
			choice.setSelection(choice == choices[chosen.ordinal()]);
		}
		if (diagram != null) {
			kind.select(diagram.ordinal());
		}
		choose(chosen);
		file.setText(target.toString());
	}
}
