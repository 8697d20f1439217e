package org.placewise.ui.internal.wizards;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.placewise.io.ImportException;
import org.placewise.io.ImportPlan;
import org.placewise.io.ImportPreview;
import org.placewise.io.ImportProblem;
import org.placewise.io.ModelImport;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.edit.label.PlacewiseLabels;

/** The page of the import wizard: file, what it holds, its rows, and the import's problems. */
public final class ImportPage extends WizardPage {

	private final PlacewiseModel model;
	private Text file;
	private Button measures;
	private Button observations;
	private Table preview;
	private Table problems;
	private ImportPreview rows;
	private List<ImportProblem> found = List.of();
	private ImportPlan plan;

	ImportPage(PlacewiseModel model) {
		super("import");
		this.model = model;
		setTitle("Import Measures or Observations");
		setDescription(
				"From a CSV or XLSX file. When any row is wrong nothing is imported: fix the file and try again.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		Label fileLabel = new Label(page, SWT.NONE);
		fileLabel.setText("&File:");
		file = new Text(page, SWT.BORDER);
		file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		file.setMessage("observations.csv or .xlsx");
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("&Browse...");
		browse.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*.csv;*.xlsx", "*.csv", "*.xlsx" });
			String chosen = dialog.open();
			if (chosen != null) {
				file.setText(chosen);
			}
		});
		Label kindLabel = new Label(page, SWT.NONE);
		kindLabel.setText("The file holds:");
		Composite kinds = new Composite(page, SWT.NONE);
		kinds.setLayout(new GridLayout(2, false));
		kinds.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		observations = new Button(kinds, SWT.RADIO);
		observations.setText("&Observations of measures");
		observations.setSelection(true);
		measures = new Button(kinds, SWT.RADIO);
		measures.setText("&Measure definitions");

		Label previewLabel = new Label(page, SWT.NONE);
		previewLabel.setText("Rows of the file:");
		previewLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		preview = new Table(page, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION);
		preview.setHeaderVisible(true);
		preview.setLinesVisible(true);
		GridData previewData = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
		previewData.heightHint = 160;
		preview.setLayoutData(previewData);
		NewDelegationPage.accessibleName(preview, "Rows of the file");
		preview.addListener(SWT.SetData, e -> {
			TableItem item = (TableItem) e.item;
			int index = preview.indexOf(item);
			if (rows != null && index < rows.rows().size()) {
				ImportPreview.Row row = rows.rows().get(index);
				List<String> texts = new ArrayList<>();
				texts.add(Integer.toString(row.number()));
				texts.addAll(row.cells());
				item.setText(texts.toArray(String[]::new));
			}
		});

		Label problemsLabel = new Label(page, SWT.NONE);
		problemsLabel.setText("Problems to fix:");
		problemsLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		problems = new Table(page, SWT.BORDER | SWT.FULL_SELECTION);
		problems.setHeaderVisible(true);
		problems.setLinesVisible(true);
		GridData problemsData = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
		problemsData.heightHint = 90;
		problems.setLayoutData(problemsData);
		NewDelegationPage.accessibleName(problems, "Problems to fix");
		for (String title : List.of("Row", "Column", "Problem")) {
			TableColumn column = new TableColumn(problems, SWT.LEFT);
			column.setText(title);
			column.setWidth(title.equals("Problem") ? 520 : 90);
		}

		file.addModifyListener(e -> update());
		measures.addListener(SWT.Selection, e -> update());
		observations.addListener(SWT.Selection, e -> update());
		setControl(page);
		update();
	}

	/** @return the file chosen, or {@code null} */
	public Path file() {
		if (file.getText().isBlank()) {
			return null;
		}
		try {
			return Path.of(file.getText().strip()).toAbsolutePath().normalize();
		} catch (InvalidPathException e) {
			return null;
		}
	}

	/** @return what the file holds */
	public ModelImport.Kind kind() {
		return measures.getSelection() ? ModelImport.Kind.MEASURES : ModelImport.Kind.OBSERVATIONS;
	}

	/**
	 * Chooses a file and what it holds, as a person would.
	 *
	 * @param path the file
	 * @param kind what it holds
	 */
	public void choose(Path path, ModelImport.Kind kind) {
		measures.setSelection(kind == ModelImport.Kind.MEASURES);
		observations.setSelection(kind == ModelImport.Kind.OBSERVATIONS);
		file.setText(path.toString());
	}

	/** @return the problems listed, in file order */
	public List<ImportProblem> problems() {
		return found;
	}

	/** @return the problems as their table rows read: row, column and problem */
	public List<String> problemLines() {
		List<String> lines = new ArrayList<>();
		for (TableItem item : problems.getItems()) {
			lines.add(item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2));
		}
		return lines;
	}

	/** @return how many rows the preview shows */
	public int previewRowCount() {
		return preview.getItemCount();
	}

	/** @return what the import would change, or {@code null} while the file cannot be imported */
	public ImportPlan plan() {
		return plan;
	}

	private void update() {
		plan = null;
		rows = null;
		found = List.of();
		Path chosen = file();
		String problem = null;
		if (chosen == null) {
			problem = file.getText().isBlank() ? "Choose the CSV or XLSX file to import."
					: "'" + file.getText()
							+ "' is not a file name.";
		} else if (!Files.isRegularFile(chosen)) {
			problem = "There is no file " + chosen + ".";
		} else {
			try {
				rows = ImportPreview.read(chosen, kind());
				plan = ImportWizard.plan(model, chosen, kind());
			} catch (ImportException e) {
				found = e.getProblems();
				problem = "Nothing will be imported: " + PlacewiseLabels.count(found.size(), "problem", "problems")
						+ " to fix in " + chosen.getFileName() + ".";
			}
		}
		showPreview();
		showProblemRows();
		setErrorMessage(problem);
		if (plan != null) {
			setMessage(plan.changesModel() ? "Finish imports: " + plan.summary() + "."
					: "Nothing to import: the model already has these values (" + plan.summary() + ").",
					IMessageProvider.INFORMATION);
		} else {
			setMessage(null);
		}
		setPageComplete(plan != null);
	}

	/** Lists the problems Finish met (the model changed since the page was filled). */
	void showProblems(ImportException e) {
		found = e.getProblems();
		plan = null;
		showProblemRows();
		setErrorMessage("Nothing was imported: " + PlacewiseLabels.count(found.size(), "problem", "problems")
				+ " to fix.");
		setPageComplete(false);
	}

	private void showPreview() {
		preview.setRedraw(false);
		try {
			preview.removeAll();
			for (TableColumn column : preview.getColumns()) {
				column.dispose();
			}
			if (rows == null) {
				return;
			}
			TableColumn number = new TableColumn(preview, SWT.RIGHT);
			number.setText("Row");
			number.setWidth(50);
			for (int i = 0; i < rows.headers().size(); i++) {
				TableColumn column = new TableColumn(preview, SWT.LEFT);
				column.setText(ImportPreview.columnLetter(i) + ": " + rows.headers().get(i));
				column.setWidth(width(i));
			}
			preview.setItemCount(rows.rows().size());
		} finally {
			preview.setRedraw(true);
		}
	}

	/** Wide enough for the header and the first rows' text, within reason. */
	private int width(int column) {
		int chars = rows.headers().get(column).length() + 3;
		for (ImportPreview.Row row : rows.rows().subList(0, Math.min(50, rows.rows().size()))) {
			if (column < row.cells().size()) {
				chars = Math.max(chars, row.cells().get(column).length());
			}
		}
		return Math.min(360, Math.max(70, chars * 8 + 16));
	}

	private void showProblemRows() {
		problems.removeAll();
		for (ImportProblem problem : found) {
			TableItem item = new TableItem(problems, SWT.NONE);
			item.setText(new String[] { problem.row() > 0 ? Integer.toString(problem.row()) : "",
					problem.column() == null ? ""
							: problem.column() + (problem.header() == null || problem.header().isBlank() ? ""
									: " (" + problem.header().strip() + ")"),
					Objects.toString(problem.message(), "") });
		}
	}
}
