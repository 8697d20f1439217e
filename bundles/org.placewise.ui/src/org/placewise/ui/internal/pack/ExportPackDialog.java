package org.placewise.ui.internal.pack;

import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks where to write the leaders' pack, as of which date, and whether to write the board paper too. */
final class ExportPackDialog extends TitleAreaDialog {

	private final Path suggested;
	private Text folderText;
	private DateTime asOfDate;
	private Button pdfCheck;
	private PackExport export;

	/**
	 * @param shell     the parent shell
	 * @param suggested the folder offered first (beside the model file)
	 */
	ExportPackDialog(Shell shell, Path suggested) {
		super(shell);
		this.suggested = suggested;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Export Leaders' Pack");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle("Leaders' pack");
		setMessage("Write the leaders' pack of this model as a static web site (and a PDF board paper), the same as "
				+ "'placewise report'.");
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		body.setLayout(new GridLayout(3, false));

		new Label(body, SWT.NONE).setText("&Folder:");
		folderText = new Text(body, SWT.BORDER);
		folderText.setText(suggested.toString());
		GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
		wide.widthHint = 420;
		folderText.setLayoutData(wide);
		folderText.addModifyListener(e -> validate());
		Button browse = new Button(body, SWT.PUSH);
		browse.setText("&Browse...");
		browse.addListener(SWT.Selection, e -> {
			DirectoryDialog dialog = new DirectoryDialog(getShell());
			dialog.setFilterPath(folderText.getText());
			String chosen = dialog.open();
			if (chosen != null) {
				folderText.setText(chosen);
			}
		});

		new Label(body, SWT.NONE).setText("&As of:");
		asOfDate = new DateTime(body, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		LocalDate today = LocalDate.now();
		asOfDate.setDate(today.getYear(), today.getMonthValue() - 1, today.getDayOfMonth());
		new Label(body, SWT.NONE).setText("reviews before it are overdue");

		pdfCheck = new Button(body, SWT.CHECK);
		pdfCheck.setText("Also write the &board paper (" + PackExport.BOARD_PAPER + ")");
		pdfCheck.setSelection(true);
		pdfCheck.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Export", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	private void validate() {
		String text = folderText.getText().strip();
		boolean ok = !text.isEmpty() && !java.nio.file.Files.isRegularFile(Path.of(text));
		setErrorMessage(
				ok ? null : text.isEmpty() ? "Choose a folder for the pack." : text + " is a file, not a folder.");
		Button export = getButton(IDialogConstants.OK_ID);
		if (export != null) {
			export.setEnabled(ok);
		}
	}

	@Override
	protected void okPressed() {
		export = new PackExport(Path.of(folderText.getText().strip()),
				LocalDate.of(asOfDate.getYear(), asOfDate.getMonth() + 1, asOfDate.getDay()), pdfCheck.getSelection());
		super.okPressed();
	}

	/** @return what the user asked for, after Export; {@code null} when cancelled */
	PackExport export() {
		return export;
	}
}
