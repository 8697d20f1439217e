package org.placewise.ui.internal.wizards;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.wizard.Wizard;
import org.placewise.io.ImportException;
import org.placewise.io.ImportPlan;
import org.placewise.io.MeasureImport;
import org.placewise.io.ModelImport;
import org.placewise.io.ObservationImport;
import org.placewise.model.core.PlacewiseModel;

/**
 * Import measures or observations from a CSV or XLSX file into the model open in an editor: a preview of the rows, the
 * import's problems with their row and column, and all or nothing as on the command line. Finish applies the import to
 * the model in memory as one command on the editing domain (one Undo takes it all back); the file is saved with the
 * editor, never behind its back.
 */
public final class ImportWizard extends Wizard {

	private final EditingDomain domain;
	private final PlacewiseModel model;
	private ImportPage page;
	private Command executed;

	/**
	 * @param domain the model's editing domain
	 * @param model  the model imported into
	 */
	public ImportWizard(EditingDomain domain, PlacewiseModel model) {
		this.domain = Objects.requireNonNull(domain);
		this.model = Objects.requireNonNull(model);
		setWindowTitle("Import Measures or Observations");
	}

	@Override
	public void addPages() {
		page = new ImportPage(model);
		addPage(page);
	}

	/** @return the page */
	public ImportPage page() {
		return page;
	}

	/** @return the command Finish executed, or {@code null} before */
	public Command executedCommand() {
		return executed;
	}

	/**
	 * Works out the import of a file into a model without changing the model.
	 *
	 * @param model the model
	 * @param file  the file
	 * @param kind  what the file holds
	 * @return what the import would change
	 * @throws ImportException listing every problem, with row and column
	 */
	static ImportPlan plan(PlacewiseModel model, Path file, ModelImport.Kind kind) throws ImportException {
		return kind == ModelImport.Kind.MEASURES ? MeasureImport.plan(model, file)
				: ObservationImport.plan(model, file);
	}

	@Override
	public boolean performFinish() {
		ImportPlan plan;
		try {
			// planned again: the model is the editor's, and must be read as it is now
			plan = plan(model, page.file(), page.kind());
		} catch (ImportException e) {
			page.showProblems(e);
			return false;
		}
		if (!plan.changesModel()) {
			return true;
		}
		String what = page.kind() == ModelImport.Kind.MEASURES ? "measures" : "observations";
		ChangeCommand apply = new ChangeCommand(model) {
			@Override
			protected void doExecute() {
				plan.apply();
			}
		};
		String label = "Import " + what + " from " + page.file().getFileName();
		apply.setLabel(label);
		apply.setDescription(label + ": " + plan.summary());
		domain.getCommandStack().execute(apply);
		executed = apply;
		return true;
	}
}
