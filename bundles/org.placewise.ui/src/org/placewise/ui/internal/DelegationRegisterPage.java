package org.placewise.ui.internal;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.placewise.checks.Finding;
import org.placewise.model.governance.Delegation;
import org.placewise.ui.internal.pages.FindingsIndex;
import org.placewise.ui.internal.pages.WholeAreaLayout;
import org.placewise.ui.internal.register.DelegationRegisterPart;

/**
 * The editor's Delegations page: the {@link DelegationRegisterPart} over the editor's editing domain, with the findings
 * of the editor's incremental checker in its Findings column. Its selection is the editor's selection, so Properties
 * shows the selected delegation and the Model Explorer reveals it.
 */
final class DelegationRegisterPage extends FormPage {

	/** The page id. */
	static final String ID = "delegations";

	private final PlacewiseEditor editor;
	private final ISelectionChangedListener selectionForwarder;
	private Composite body;
	private DelegationRegisterPart register;
	private final FindingsIndex findings;

	DelegationRegisterPage(PlacewiseEditor editor, ISelectionChangedListener selectionForwarder) {
		super(editor, ID, "Delegations");
		this.editor = editor;
		this.selectionForwarder = selectionForwarder;
		this.findings = new FindingsIndex(() -> editor.context().checker().findings());
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		managedForm.getForm().setText("Delegation register");
		body = managedForm.getForm().getBody();
		// the table scrolls its rows itself: the form must not grow to the height of every row and scroll the page
		body.setLayout(new WholeAreaLayout());
		build();
	}

	/** Builds the register over the editor's current model (again after Revert or a reload from disk). */
	void build() {
		if (body == null || body.isDisposed()) {
			return;
		}
		if (register != null) {
			register.getControl().dispose();
		}
		PlacewiseModelContext context = editor.context();
		findings.changed();
		ObjectMarks marks = context.objectMarks();
		register = new DelegationRegisterPart(body, context.domain(), context.model(), this::findingsOn,
				marks == ObjectMarks.NONE ? null : marks::reservation);
		register.viewer().addSelectionChangedListener(selectionForwarder);
		if (marks != ObjectMarks.NONE) {
			// Someone reserved or released a delegation: the Reserved by column shows it.
			Runnable reservationsChanged = this::refresh;
			marks.addListener(reservationsChanged);
			register.getControl().addDisposeListener(e -> marks.removeListener(reservationsChanged));
		}
		body.layout(true);
		getManagedForm().getForm().reflow(true);
	}

	/** The findings changed (an edit, Undo, Redo): they are read again when the register next words a row. */
	void findingsChanged() {
		findings.changed();
	}

	/** Shows the findings as they are now; call after {@link #findingsChanged()}. */
	void refresh() {
		findings.changed();
		if (register != null && !register.getControl().isDisposed()) {
			register.refresh();
		}
	}

	private List<Finding> findingsOn(EObject object) {
		return findings.on(object);
	}

	/** Selects and shows a delegation's row. */
	void reveal(Delegation delegation) {
		if (register != null && !register.getControl().isDisposed()) {
			register.setFilter("");
			register.viewer().setSelection(new StructuredSelection(delegation), true);
		}
	}

	/** @return the register, or {@code null} before the page is first shown */
	DelegationRegisterPart register() {
		return register;
	}

	@Override
	public void setFocus() {
		if (register != null && !register.getControl().isDisposed()) {
			register.viewer().getControl().setFocus();
		} else {
			super.setFocus();
		}
	}
}
