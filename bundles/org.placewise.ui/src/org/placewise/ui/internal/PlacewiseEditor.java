package org.placewise.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.EventObject;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.placewise.checks.Finding;
import org.placewise.checks.Severity;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.governance.Delegation;
import org.placewise.store.ModelFileException;
import org.placewise.store.ModelMigration;
import org.placewise.store.ModelFiles;
import org.placewise.ui.internal.pages.BoardsPage;
import org.placewise.ui.internal.pages.MeasuresPage;
import org.placewise.ui.internal.pages.OutcomeTreePage;
import org.placewise.ui.internal.register.DelegationRegisterPart;

/**
 * The editor of one Placewise model file. It owns the model, the editing domain whose command stack is this model's
 * undo history, and the incremental checker of its findings; the Model Explorer, Properties, Findings and Diagram views
 * show whichever editor is active, through {@link #getAdapter(Class) getAdapter(PlacewiseModelContext.class)}. Several
 * editors (models) can be open at once. Saving is atomic through {@link ModelFiles}; a dirty editor is saved or
 * discarded only when the user says so (the workbench's prompt on close); when the file changes on disk the user
 * chooses between reloading it and keeping the edits.
 */
public final class PlacewiseEditor extends FormEditor {

	/** The editor id, as declared in plugin.xml. */
	public static final String ID = "org.placewise.ui.editor";

	/** Commands whose menu labels follow this editor's command stack ("Undo Set name of 'X'"). */
	private static final String[] STACK_COMMANDS = { "org.eclipse.ui.edit.undo", "org.eclipse.ui.edit.redo" };

	private final ModelFiles files = new ModelFiles();
	private final CommandStackListener stackListener = this::commandStackChanged;
	private PlacewiseModelContext context;
	private FileTime knownModified;
	private boolean askingAboutDisk;
	private OverviewPage overview;
	private DelegationRegisterPage register;
	private BoardsPage boards;
	private MeasuresPage measures;
	private PropertySheetPage propertySheet;
	private final Runnable refreshProperties = this::refreshProperties;
	/** The editor's selection: that of its active page (the register's rows), else nothing. */
	private final StructuredSelectionProvider selection = new StructuredSelectionProvider();

	private final IPartListener2 activation = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == PlacewiseEditor.this) {
				checkFileOnDisk();
			}
		}
	};

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		ModelSource source = input instanceof ModelFileInput ? null : input.getAdapter(ModelSource.class);
		if (source != null) {
			super.init(site, input);
			site.setSelectionProvider(selection);
			context = new PlacewiseModelContext(source);
			context.commandStack().addCommandStackListener(stackListener);
			context.addListener(changedElsewhere);
			source.attached(context);
			setPartName(input.getName());
			setTitleToolTip(input.getToolTipText());
			return;
		}
		if (!(input instanceof ModelFileInput modelInput)) {
			throw new PartInitException("A Placewise editor opens .placewise model files, not " + input.getName());
		}
		PlacewiseModel model = modelInput.takeLoaded();
		if (model == null) {
			try {
				model = files.load(modelInput.file());
			} catch (ModelFileException e) {
				throw new PartInitException(e.getMessage(), e);
			}
		}
		super.init(site, input);
		site.setSelectionProvider(selection);
		context = new PlacewiseModelContext(model, modelInput.file());
		context.commandStack().addCommandStackListener(stackListener);
		knownModified = lastModified(modelInput.file());
		setPartName(modelInput.getName());
		setTitleToolTip(modelInput.file().toString());
		// A file written by an earlier Placewise was migrated on opening: say so where the user looks.
		ModelMigration.of(model).ifPresent(migration -> {
			String message = migration.message(modelInput.getName());
			setTitleToolTip(modelInput.file() + "\n" + message);
			site.getActionBars().getStatusLineManager().setMessage(message);
		});
		site.getPage().addPartListener(activation);
	}

	/** A model that lives elsewhere changed there: the pages show it again (the views follow the context). */
	private final PlacewiseModelContext.Listener changedElsewhere = changed -> {
		firePropertyChange(PROP_DIRTY);
		if (overview != null) {
			overview.refresh();
		}
		if (register != null) {
			register.build();
		}
	};

	@Override
	protected void addPages() {
		try {
			overview = new OverviewPage(this);
			addPage(overview);
			register = new DelegationRegisterPage(this, event -> {
				if (getActivePageInstance() == register) {
					selection.setSelection(event.getSelection());
				}
			});
			addPage(register);
			ISelectionChangedListener pageSelection = event -> selection.setSelection(event.getSelection());
			boards = new BoardsPage(this, pageSelection);
			addPage(boards);
			addPage(new OutcomeTreePage(this, pageSelection));
			measures = new MeasuresPage(this, pageSelection);
			addPage(measures);
		} catch (PartInitException e) {
			throw new IllegalStateException(e);
		}
	}

	/** @return what this editor edits: model, file, editing domain, checker */
	public PlacewiseModelContext context() {
		return context;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == PlacewiseModelContext.class) {
			return adapter.cast(context);
		}
		if (adapter == IPropertySheetPage.class) {
			if (propertySheet == null) {
				propertySheet = new PropertySheetPage();
				if (context != null) {
					// Someone reserved or released the object shown: its "Reserved by" line comes or goes.
					context.objectMarks().addListener(refreshProperties);
				}
				propertySheet.setPropertySourceProvider(
						object -> context == null ? null
								: new ModelPropertySource(object, context.adapterFactory(), context.objectMarks()));
			}
			return adapter.cast(propertySheet);
		}
		return super.getAdapter(adapter);
	}

	@Override
	protected void pageChange(int newPageIndex) {
		super.pageChange(newPageIndex);
		// Properties and the explorer follow the rows selected on the register page, and nothing on the others
		DelegationRegisterPart shown = getActivePageInstance() == register ? register.register() : null;
		selection.setSelection(shown == null ? StructuredSelection.EMPTY : shown.viewer().getSelection());
	}

	/**
	 * Shows the Delegations page (creating it the first time).
	 *
	 * @return the delegation register of this editor
	 */
	public DelegationRegisterPart showRegister() {
		setActivePage(DelegationRegisterPage.ID);
		return register.register();
	}

	/** Shows an object where this editor shows it: a delegation's row on the Delegations page. */
	public void reveal(EObject object) {
		if (context == null || object == null || object.eResource() != context.model().eResource()) {
			return;
		}
		// the page that shows the object, or the one that shows what holds it (a member's board, an observation's
		// measure)
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (o instanceof Delegation delegation) {
				showRegister();
				register.reveal(delegation);
				return;
			}
			if (o instanceof org.placewise.model.governance.Board board) {
				setActivePage(BoardsPage.ID);
				boards.select(board);
				return;
			}
			if (o instanceof org.placewise.model.measures.Measure measure) {
				setActivePage(MeasuresPage.ID);
				measures.select(measure);
				return;
			}
		}
	}

	private void commandStackChanged(EventObject event) {
		// before the register re-reads its rows on this same event
		if (register != null) {
			register.findingsChanged();
		}
		Display display = getSite().getShell().getDisplay();
		display.asyncExec(() -> {
			if (context == null) {
				return;
			}
			firePropertyChange(PROP_DIRTY);
			refreshStackCommands();
			if (overview != null) {
				overview.refresh();
			}
			if (register != null) {
				register.refresh();
			}
			if (propertySheet != null && propertySheet.getControl() != null
					&& !propertySheet.getControl().isDisposed()) {
				propertySheet.refresh();
			}
		});
	}

	/** Updates the Undo/Redo menu labels, which name the command they would undo or redo. */
	static void refreshStackCommands() {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		for (String id : STACK_COMMANDS) {
			commands.refreshElements(id, null);
		}
	}

	@Override
	public boolean isDirty() {
		return context != null && context.isDirty();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (context.source() != null) {
			if (!context.isReadOnly() && context.source().save(context, getSite().getShell())) {
				context.commandStack().saveIsDone();
				saved();
			}
			return;
		}
		save(context.file());
	}

	private boolean save(Path file) {
		try {
			files.save(context.model(), file);
		} catch (ModelFileException e) {
			MessageDialog.openError(getSite().getShell(), "Cannot save model",
					e.getMessage() + "\n\nThe file on disk was left as it was.");
			return false;
		}
		context.commandStack().saveIsDone();
		knownModified = lastModified(file);
		saved();
		return true;
	}

	/** The model is saved: the editor's tab and the Overview's "(changed, not saved)" say so. */
	private void saved() {
		firePropertyChange(PROP_DIRTY);
		if (overview != null) {
			overview.refresh();
		}
	}

	@Override
	public boolean isSaveAsAllowed() {
		return context == null || context.source() == null;
	}

	@Override
	public void doSaveAs() {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setText("Save Placewise model as");
		dialog.setFilterExtensions(new String[] { "*.placewise", "*.*" });
		dialog.setFileName(context.file().getFileName().toString());
		dialog.setFilterPath(context.file().getParent().toString());
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			saveAs(Path.of(chosen));
		}
	}

	/**
	 * Saves the model to another file, which this editor then edits.
	 *
	 * @return whether it was saved
	 */
	public boolean saveAs(Path file) {
		Path target = file.toAbsolutePath().normalize();
		if (!save(target)) {
			return false;
		}
		context.moveTo(target);
		ModelFileInput input = new ModelFileInput(target, null);
		setInputWithNotify(input);
		setPartName(input.getName());
		setTitleToolTip(target.toString());
		if (overview != null) {
			overview.refresh();
		}
		return true;
	}

	/** Discards the edits and shows the file as it is on disk; nothing changes when it cannot be read. */
	public void revert() {
		if (context.source() != null) {
			context.source().revert(context);
			context.commandStack().flush();
			context.changedElsewhere();
			firePropertyChange(PROP_DIRTY);
			refreshStackCommands();
			return;
		}
		try {
			reload();
		} catch (ModelFileException e) {
			MessageDialog.openError(getSite().getShell(), "Cannot revert", e.getMessage());
		}
	}

	private void reload() throws ModelFileException {
		PlacewiseModel loaded = files.load(context.file());
		context.replace(loaded);
		knownModified = lastModified(context.file());
		firePropertyChange(PROP_DIRTY);
		refreshStackCommands();
		if (overview != null) {
			overview.refresh();
		}
		if (register != null) {
			register.build();
		}
		selection.setSelection(StructuredSelection.EMPTY);
	}

	/**
	 * When the file changed on disk since it was opened or saved, reloads it, or, when there are edits, lets the user
	 * choose between the file on disk and the edits.
	 */
	void checkFileOnDisk() {
		if (context == null || context.file() == null || askingAboutDisk) {
			return;
		}
		FileTime now = lastModified(context.file());
		if (now == null || now.equals(knownModified)) {
			return;
		}
		askingAboutDisk = true;
		try {
			knownModified = now;
			boolean reload = !isDirty() || askReload(getSite().getShell(), context.file());
			if (reload) {
				reload();
			}
		} catch (ModelFileException e) {
			MessageDialog.openError(getSite().getShell(), "Cannot reload model", e.getMessage()
					+ "\n\nThe model stays as it is in the editor.");
		} finally {
			askingAboutDisk = false;
		}
	}

	private static boolean askReload(Shell shell, Path file) {
		MessageDialog dialog = new MessageDialog(shell, "File changed on disk", null, file.getFileName()
				+ " has been changed on disk since you opened it, and you have edits that are not saved.\n\n"
				+ "Reload it from disk (your edits are discarded), or keep your edits (saving them replaces the file on disk)?",
				MessageDialog.WARNING, 1, "Reload from disk", "Keep my edits");
		return dialog.open() == 0;
	}

	private static FileTime lastModified(Path file) {
		try {
			return Files.getLastModifiedTime(file);
		} catch (IOException e) {
			return null;
		}
	}

	@Override
	public void setFocus() {
		super.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(activation);
		if (context != null) {
			context.objectMarks().removeListener(refreshProperties);
			context.commandStack().removeCommandStackListener(stackListener);
			context.removeListener(changedElsewhere);
			context.dispose();
			context = null;
		}
		super.dispose();
		refreshStackCommands();
	}

	private void refreshProperties() {
		if (propertySheet != null && propertySheet.getControl() != null && !propertySheet.getControl().isDisposed()) {
			propertySheet.refresh();
		}
	}

	/** The editor's page: what the model holds and what the checks find, with where to work on it. */
	private static final class OverviewPage extends FormPage {
		private final PlacewiseEditor editor;
		private Label file;
		private Label contents;
		private Label findings;

		OverviewPage(PlacewiseEditor editor) {
			super(editor, "overview", "Overview");
			this.editor = editor;
		}

		@Override
		protected void createFormContent(IManagedForm managedForm) {
			FormToolkit toolkit = managedForm.getToolkit();
			ScrolledForm form = managedForm.getForm();
			form.setText(
					editor.context.model().getName() == null ? "Placewise model" : editor.context.model().getName());
			form.getBody().setLayout(new GridLayout(1, false));
			file = toolkit.createLabel(form.getBody(), "", SWT.WRAP);
			contents = toolkit.createLabel(form.getBody(), "", SWT.WRAP);
			findings = toolkit.createLabel(form.getBody(), "", SWT.WRAP);
			toolkit.createLabel(form.getBody(),
					"Work on the model in the Model Explorer: right-click an object for New Child, "
							+ "New Sibling, Rename (F2) and Delete (Del); edit its values in Properties. Every change can be undone "
							+ "(Ctrl+Z) and is saved with File > Save (Ctrl+S). The Delegations page (below) is the delegation register.",
					SWT.WRAP);
			for (org.eclipse.swt.widgets.Control control : form.getBody().getChildren()) {
				GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
				data.widthHint = 400;
				control.setLayoutData(data);
			}
			refresh();
		}

		void refresh() {
			if (file == null || file.isDisposed() || editor.context == null) {
				return;
			}
			PlacewiseModelContext context = editor.context;
			getManagedForm().getForm()
					.setText(context.model().getName() == null ? "Placewise model" : context.model().getName());
			file.setText((context.file() != null ? "File: " : context.isReadOnly() ? "Read-only: " : "Shared model: ")
					+ context.location() + (context.isDirty() ? " (changed, not saved)" : ""));
			Map<org.eclipse.emf.ecore.EClass, Integer> byType = new java.util.HashMap<>();
			for (var all = context.model().eAllContents(); all.hasNext();) {
				byType.merge(all.next().eClass(), 1, Integer::sum);
			}
			Map<String, Integer> counts = new TreeMap<>();
			byType.forEach((type, n) -> counts.merge(CommandLabels.typeName(type), n, Integer::sum));
			StringBuilder text = new StringBuilder("Contains: ");
			counts.forEach((type, n) -> text.append(type).append(' ').append(n).append(" \u00b7 "));
			contents.setText(counts.isEmpty() ? "The model is empty." : text.substring(0, text.length() - 3));
			int errors = 0;
			int warnings = 0;
			int others = 0;
			for (Finding finding : context.checker().findings()) {
				if (finding.severity() == Severity.ERROR) {
					errors++;
				} else if (finding.severity() == Severity.WARNING) {
					warnings++;
				} else {
					others++;
				}
			}
			findings.setText("Findings: " + PlacewiseLabels.count(errors, "error", "errors") + ", "
					+ PlacewiseLabels.count(warnings, "warning", "warnings") + ", "
					+ PlacewiseLabels.count(others, "note", "notes")
					+ " (see the Findings view)");
			getManagedForm().getForm().reflow(true);
		}
	}
}
