package org.placewise.ui.internal.register;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EventObject;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ICellEditorListener;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.placewise.checks.Finding;
import org.placewise.model.core.CorePackage;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.governance.DecisionMaker;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.LegalBasis;
import org.placewise.ui.internal.pages.TableEditing;

/**
 * The delegation register: one row per delegation of a model, every column sortable, a filter across the columns, cells
 * edited in place and rows added, every change a command on the editing domain so Undo and Redo work. The table is
 * virtual, so only the rows on screen are worded: a model with thousands of delegations stays quick.
 * <p>
 * It depends only on what an editor holds: the editing domain, the model and, optionally, the findings of an object. It
 * follows the editing domain's command stack (edits, Undo, Redo); call {@link #refresh()} when the findings change by
 * other means.
 */
public final class DelegationRegisterPart {

	private final EditingDomain domain;
	private final PlacewiseModel model;
	private final Function<EObject, List<Finding>> findings;
	private final Function<EObject, String> reservations;
	private final List<RegisterColumn> columns;

	private final Composite control;
	private final Text filter;
	private final TableViewer viewer;
	private final Label status;
	private final Button add;
	private final CommandStackListener stackListener = this::commandStackChanged;

	private List<Delegation> rows = List.of();
	private RegisterColumn sortColumn;
	private boolean ascending = true;

	/**
	 * @param parent   where the register goes (it fills a {@code GridLayout} cell or the whole parent)
	 * @param domain   the editing domain of the model; every edit goes through its command stack
	 * @param model    the model whose delegations are shown
	 * @param findings the findings on an object, or {@code null} for no findings column
	 */
	public DelegationRegisterPart(Composite parent, EditingDomain domain, PlacewiseModel model,
			Function<EObject, List<Finding>> findings) {
		this(parent, domain, model, findings, null);
	}

	/**
	 * @param parent       where the register goes (it fills a {@code GridLayout} cell or the whole parent)
	 * @param domain       the editing domain of the model; every edit goes through its command stack
	 * @param model        the model whose delegations are shown
	 * @param findings     the findings on an object, or {@code null} for no findings column
	 * @param reservations who holds an object's reservation ("alice since ..."), or {@code null} for no reserved-by
	 *                     column (a model file)
	 */
	public DelegationRegisterPart(Composite parent, EditingDomain domain, PlacewiseModel model,
			Function<EObject, List<Finding>> findings, Function<EObject, String> reservations) {
		this.domain = Objects.requireNonNull(domain);
		this.model = Objects.requireNonNull(model);
		this.findings = findings;
		this.reservations = reservations;
		this.columns = List.of(RegisterColumn.values()).stream()
				.filter(c -> c != RegisterColumn.FINDINGS || findings != null)
				.filter(c -> c != RegisterColumn.RESERVED_BY || reservations != null).toList();

		control = new Composite(parent, SWT.NONE);
		control.setLayout(new GridLayout(3, false));
		if (parent.getLayout() instanceof GridLayout) {
			control.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		}

		Label filterLabel = new Label(control, SWT.NONE);
		filterLabel.setText("Fil&ter:"); // not Alt+F: that is the File menu
		filter = new Text(control, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
		filter.setMessage("Text in any column");
		filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		TableEditing.accessibleName(filter, "Filter delegations");
		filter.addModifyListener(e -> reload());

		add = new Button(control, SWT.PUSH);
		add.setText("&Add delegation");
		add.addListener(SWT.Selection, e -> addDelegation());

		viewer = new TableViewer(control, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
		TableEditing.accessibleName(table, "Delegation register");
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new RowProvider());
		for (RegisterColumn column : columns) {
			createColumn(column);
		}
		TableEditing.enableKeyboardEditing(viewer);

		status = new Label(control, SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));

		viewer.setInput(model);
		reload();
		domain.getCommandStack().addCommandStackListener(stackListener);
		control.addDisposeListener(e -> domain.getCommandStack().removeCommandStackListener(stackListener));
	}

	/** @return the top control of the register */
	public Control getControl() {
		return control;
	}

	/** @return the table viewer (its selection is the selected delegations) */
	public TableViewer viewer() {
		return viewer;
	}

	/** @return the delegations shown, in the order shown (filtered and sorted) */
	public List<Delegation> shownDelegations() {
		return rows;
	}

	/** @return the columns shown, in order */
	public List<RegisterColumn> columns() {
		return columns;
	}

	/** @param text the filter: rows with this text in any column are shown (case ignored) */
	public void setFilter(String text) {
		filter.setText(text == null ? "" : text);
	}

	/** @return the filter box */
	public Text filterBox() {
		return filter;
	}

	/** @return the line under the table: why a typed value was refused, or what was just added */
	public String status() {
		return status.getText();
	}

	/**
	 * @param column the column to sort by
	 * @param up     whether ascending
	 */
	public void sortBy(RegisterColumn column, boolean up) {
		sortColumn = column;
		ascending = up;
		Table table = viewer.getTable();
		table.setSortColumn(table.getColumn(columns.indexOf(column)));
		table.setSortDirection(up ? SWT.UP : SWT.DOWN);
		reload();
	}

	/** Re-reads the delegations, for example after the findings changed. */
	public void refresh() {
		reload();
	}

	/**
	 * Applies an edit as if typed into a cell: refused values leave the model as it is and say why in the
	 * {@link #status() status line}.
	 *
	 * @param delegation the row
	 * @param column     a column edited as text
	 * @param text       what was typed
	 * @return whether the model changed
	 */
	public boolean edit(Delegation delegation, RegisterColumn column, String text) {
		String problem = DelegationEdits.problem(column, text);
		if (problem != null) {
			status.setText(problem);
			return false;
		}
		status.setText("");
		return execute(DelegationEdits.setText(domain, delegation, column, text));
	}

	/**
	 * Adds a delegation to the model through the model's child descriptor for delegations (a
	 * {@link CreateChildCommand}), clears the filter so it shows, selects it and starts editing its name.
	 *
	 * @return the new delegation, or {@code null} when the model cannot take one
	 */
	public Delegation addDelegation() {
		CommandParameter descriptor = domain.getNewChildDescriptors(model, null).stream()
				.filter(CommandParameter.class::isInstance).map(CommandParameter.class::cast)
				.filter(p -> p.getEStructuralFeature() == CorePackage.Literals.PLACEWISE_MODEL__DELEGATIONS
						&& p.getValue() instanceof Delegation)
				.findFirst().orElse(null);
		if (descriptor == null) {
			return null;
		}
		Command create = CreateChildCommand.create(domain, model, descriptor, List.of(model));
		if (!execute(create)) {
			return null;
		}
		Delegation created = create.getResult().stream().filter(Delegation.class::isInstance)
				.map(Delegation.class::cast).findFirst().orElse((Delegation) descriptor.getValue());
		filter.setText("");
		viewer.setSelection(new StructuredSelection(created), true);
		status.setText("Added a delegation: give its name, delegator, delegate and limit.");
		if (!control.isDisposed() && control.isVisible()) {
			viewer.editElement(created, columns.indexOf(RegisterColumn.NAME));
		}
		return created;
	}

	private boolean execute(Command command) {
		if (command == null || !command.canExecute()) {
			return false;
		}
		domain.getCommandStack().execute(command);
		return true;
	}

	private void commandStackChanged(EventObject event) {
		Display display = control.getDisplay();
		if (Display.getCurrent() == display) {
			reload();
		} else {
			display.asyncExec(this::reload);
		}
	}

	private void reload() {
		if (control.isDisposed()) {
			return;
		}
		String wanted = filter.getText().strip().toLowerCase(Locale.UK);
		List<Delegation> shown = new ArrayList<>(model.getDelegations().size());
		for (Delegation delegation : model.getDelegations()) {
			if (wanted.isEmpty() || matches(delegation, wanted)) {
				shown.add(delegation);
			}
		}
		if (sortColumn != null) {
			Comparator<Delegation> order = sortColumn.comparator(findings, reservations);
			shown.sort(ascending ? order : order.reversed());
		}
		rows = shown;
		viewer.setItemCount(rows.size());
		viewer.refresh();
		add.setEnabled(true);
	}

	private boolean matches(Delegation delegation, String wanted) {
		for (RegisterColumn column : columns) {
			if (column.text(delegation, findings, reservations).toLowerCase(Locale.UK).contains(wanted)) {
				return true;
			}
		}
		return false;
	}

	private void createColumn(RegisterColumn column) {
		TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.LEFT);
		TableColumn tableColumn = viewerColumn.getColumn();
		tableColumn.setText(column.title());
		tableColumn.setToolTipText(column.title() + ": click to sort");
		tableColumn.setWidth(column.width());
		tableColumn.setMoveable(true);
		tableColumn.addListener(SWT.Selection,
				e -> sortBy(column, sortColumn == column ? !ascending : true));
		viewerColumn.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return column.text((Delegation) element, findings, reservations);
			}
		});
		if (column != RegisterColumn.FINDINGS && column != RegisterColumn.ESCALATION
				&& column != RegisterColumn.RESERVED_BY) {
			viewerColumn.setEditingSupport(new CellEditing(column));
		}
	}

	/** Hands the viewer the delegation of each row as it comes on screen. */
	private final class RowProvider implements ILazyContentProvider {
		@Override
		public void updateElement(int index) {
			if (index < rows.size()) {
				viewer.replace(rows.get(index), index);
			}
		}

		@Override
		public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
			// rows are re-read by reload()
		}
	}

	/** Edits one column: text for names, amounts, dates and matters, a list for choices. */
	private final class CellEditing extends EditingSupport {
		private final RegisterColumn column;
		private List<? extends Object> choices = List.of();

		CellEditing(RegisterColumn column) {
			super(viewer);
			this.column = column;
		}

		private boolean isChoice() {
			return column == RegisterColumn.DELEGATOR || column == RegisterColumn.DELEGATE
					|| column == RegisterColumn.LEGAL_BASIS;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			Table table = viewer.getTable();
			if (column == RegisterColumn.LEGAL_BASIS) {
				choices = LegalBasis.VALUES;
				return new ComboBoxCellEditor(table, DelegationEdits.legalBasisChoices(), SWT.READ_ONLY);
			}
			if (isChoice()) {
				List<DecisionMaker> makers = DelegationEdits.decisionMakers(model);
				choices = makers;
				return new ComboBoxCellEditor(table,
						makers.stream().map(DelegationEdits::choiceText).toArray(String[]::new), SWT.READ_ONLY);
			}
			TextCellEditor editor = new TextCellEditor(table);
			editor.setValidator(value -> DelegationEdits.problem(column, (String) value));
			editor.addListener(new ICellEditorListener() {
				@Override
				public void editorValueChanged(boolean oldValidState, boolean newValidState) {
					status.setText(Objects.toString(editor.getErrorMessage(), ""));
				}

				@Override
				public void cancelEditor() {
					status.setText("");
				}

				@Override
				public void applyEditorValue() {
					// the value is applied by setValue
				}
			});
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			Delegation delegation = (Delegation) element;
			if (isChoice()) {
				return choices.indexOf(delegation.eGet(column.feature()));
			}
			return DelegationEdits.editText(column, delegation);
		}

		@Override
		protected void setValue(Object element, Object value) {
			Delegation delegation = (Delegation) element;
			if (isChoice()) {
				int index = (Integer) value;
				if (index >= 0 && index < choices.size()) {
					execute(DelegationEdits.setChoice(domain, delegation, column, choices.get(index)));
				}
				return;
			}
			edit(delegation, column, (String) value);
		}
	}

	/** @return the names of the columns, as their headings read */
	public List<String> columnTitles() {
		Collection<String> titles = new ArrayList<>();
		for (TableColumn column : viewer.getTable().getColumns()) {
			titles.add(column.getText());
		}
		return List.copyOf(titles);
	}
}
