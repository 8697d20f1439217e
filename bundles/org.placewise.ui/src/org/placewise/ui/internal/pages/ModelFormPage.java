package org.placewise.ui.internal.pages;

import java.util.EventObject;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.placewise.ui.internal.PlacewiseEditor;
import org.placewise.ui.internal.PlacewiseModelContext;

/**
 * A form page of the model editor over the editor's model: it follows the model's command stack (every edit, Undo and
 * Redo refreshes the page, once, when it is next shown), builds itself again when the model is read again from its file
 * (Revert), and hands what the user selects on it to the editor, so the Model Explorer and Properties follow.
 */
public abstract class ModelFormPage extends FormPage {

	private final PlacewiseEditor editor;
	private final ISelectionChangedListener selectionForwarder;
	private final CommandStackListener stackListener = this::commandStackChanged;
	private final PlacewiseModelContext.Listener replaced = c -> rebuild();
	/** The findings of the model, by object. */
	protected final FindingsIndex findings;
	private PlacewiseModelContext context;
	private Composite body;
	private FormToolkit toolkit;
	private boolean stale;
	private boolean refreshQueued;

	/**
	 * @param editor             the editor
	 * @param id                 the page id
	 * @param title              the tab's title
	 * @param selectionForwarder told what is selected on the page while it is the active page
	 */
	protected ModelFormPage(PlacewiseEditor editor, String id, String title,
			ISelectionChangedListener selectionForwarder) {
		super(editor, id, title);
		this.editor = editor;
		this.selectionForwarder = selectionForwarder;
		this.findings = new FindingsIndex(() -> editor.context().checker().findings());
	}

	/** @return the model, editing domain and checker of the editor */
	protected PlacewiseModelContext context() {
		return editor.context();
	}

	/** @return the editor */
	protected PlacewiseEditor modelEditor() {
		return editor;
	}

	@Override
	protected final void createFormContent(IManagedForm managedForm) {
		managedForm.getForm().setText(formTitle());
		toolkit = managedForm.getToolkit();
		body = managedForm.getForm().getBody();
		body.setLayout(new WholeAreaLayout());
		context = editor.context();
		context.commandStack().addCommandStackListener(stackListener);
		context.addListener(replaced);
		createContent(body, toolkit);
		body.layout(true, true);
	}

	/** @return the heading of the page */
	protected abstract String formTitle();

	/** Creates the page's controls in {@code parent} over the current model. */
	protected abstract void createContent(Composite parent, FormToolkit toolkit);

	/** Shows the model as it is now (after an edit, Undo or Redo); findings have been marked changed. */
	protected abstract void refresh();

	/** @return the viewer whose selection is the page's selection, {@code null} while there is none */
	protected abstract ISelectionProvider selectionSource();

	/** Hands a selection made on the page to the editor, when the page is the one shown. */
	protected void selectionChanged(ISelectionProvider from, ISelection selection) {
		if (isActive()) {
			selectionForwarder.selectionChanged(new SelectionChangedEvent(from, selection));
		}
	}

	/** @return whether the page's controls exist */
	protected boolean isBuilt() {
		return body != null && !body.isDisposed();
	}

	private void commandStackChanged(EventObject event) {
		findings.changed();
		stale = true;
		if (!isBuilt() || refreshQueued) {
			return;
		}
		refreshQueued = true;
		// after the command has finished and the checker has seen the change; pages not shown wait until they are
		body.getDisplay().asyncExec(() -> {
			refreshQueued = false;
			if (isBuilt() && isActive()) {
				refreshNow();
			}
		});
	}

	/** Shows the model as it is now, at once (tests, and after changes made by the page itself). */
	public void refreshNow() {
		if (isBuilt()) {
			stale = false;
			findings.changed();
			refresh();
		}
	}

	private void rebuild() {
		if (!isBuilt()) {
			return;
		}
		findings.changed();
		for (Control child : body.getChildren()) {
			child.dispose();
		}
		createContent(body, toolkit);
		body.layout(true, true);
		stale = false;
	}

	@Override
	public void setActive(boolean active) {
		super.setActive(active);
		if (active && isBuilt()) {
			if (stale) {
				refreshNow();
			}
			// the editor clears its selection on a page change: give it this page's, once it has
			Display.getCurrent().asyncExec(() -> {
				ISelectionProvider source = isBuilt() && isActive() ? selectionSource() : null;
				if (source != null) {
					selectionChanged(source, source.getSelection());
				}
			});
		}
	}

	@Override
	public void dispose() {
		if (context != null) {
			context.commandStack().removeCommandStackListener(stackListener);
			context.removeListener(replaced);
		}
		super.dispose();
	}
}
