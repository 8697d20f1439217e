package org.placewise.ui.internal.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ICellEditorListener;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/**
 * A table of model objects edited in place, the way the delegation register is: a virtual table (only the rows on
 * screen are worded), cells edited from the keyboard ({@link TableEditing}), a refused value explained in the status
 * line under the table, the findings on each row in a column of their own, and buttons for adding and removing rows.
 * Every change is a command on the editing domain. The owner calls {@link #refresh()} after the model changed.
 *
 * @param <T> the type of the rows
 */
public final class EditableRows<T extends EObject> {

	private final EditingDomain domain;
	private final Supplier<List<T>> source;
	private final List<RowColumn<T>> columns = new ArrayList<>();
	private final Composite control;
	private final Composite buttons;
	private final TableViewer viewer;
	private final Label status;
	private List<T> rows = List.of();

	/**
	 * @param parent   where the table goes (a {@code GridLayout} parent gets it filling a cell)
	 * @param name     the table's accessible name ("Members of the board")
	 * @param domain   the editing domain every edit goes through
	 * @param source   the rows, read again on each {@link #refresh()}
	 * @param columns  the columns
	 * @param findings the findings, for a findings column; {@code null} for none
	 */
	public EditableRows(Composite parent, String name, EditingDomain domain, Supplier<List<T>> source,
			List<RowColumn<T>> columns, FindingsIndex findings) {
		this.domain = Objects.requireNonNull(domain);
		this.source = Objects.requireNonNull(source);
		this.columns.addAll(columns);
		if (findings != null) {
			this.columns.add(RowColumn.shown("Findings", 170, row -> FindingsIndex.summary(findings.on(row))));
		}
		control = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		control.setLayout(layout);
		if (parent.getLayout() instanceof GridLayout) {
			control.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		}
		viewer = new TableViewer(control, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
		tableData.heightHint = 120;
		table.setLayoutData(tableData);
		TableEditing.accessibleName(table, name);
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new RowProvider());
		for (RowColumn<T> column : this.columns) {
			createColumn(column);
		}
		TableEditing.enableKeyboardEditing(viewer);

		buttons = new Composite(control, SWT.NONE);
		RowLayout row = new RowLayout(SWT.HORIZONTAL);
		row.marginLeft = 0;
		buttons.setLayout(row);
		status = new Label(control, SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		viewer.setInput(source);
	}

	/**
	 * Adds a button under the table.
	 *
	 * @param text   its label, with a mnemonic ("&amp;Add member")
	 * @param action what it does
	 * @return the button
	 */
	public Button button(String text, Runnable action) {
		Button button = new Button(buttons, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	/** @return the top control */
	public Control getControl() {
		return control;
	}

	/** @return the table viewer; its selection is the selected rows */
	public TableViewer viewer() {
		return viewer;
	}

	/** @return the rows shown, in order */
	public List<T> rows() {
		return rows;
	}

	/** @return the rows selected */
	@SuppressWarnings("unchecked")
	public List<T> selected() {
		return ((IStructuredSelection) viewer.getSelection()).toList();
	}

	/** @return the columns, in order (the findings column last, when shown) */
	public List<RowColumn<T>> columns() {
		return List.copyOf(columns);
	}

	/** @return the line under the table: why a value was refused, or what was just done */
	public String status() {
		return status.getText();
	}

	/** @param text what to say under the table */
	public void setStatus(String text) {
		if (!status.isDisposed()) {
			status.setText(text == null ? "" : text);
			control.layout(true);
		}
	}

	/** Reads the rows again and shows them as they are now. */
	public void refresh() {
		if (control.isDisposed()) {
			return;
		}
		rows = List.copyOf(source.get());
		viewer.setItemCount(rows.size());
		viewer.refresh();
	}

	/**
	 * @param row    a row
	 * @param column a column
	 * @return what the cell shows
	 */
	public String text(T row, RowColumn<T> column) {
		return column.text.apply(row);
	}

	/**
	 * Applies an edit as if typed into a cell: a refused value leaves the model as it is and says why in the
	 * {@link #status() status line}.
	 *
	 * @return whether the model changed
	 */
	public boolean edit(T row, RowColumn<T> column, String text) {
		String problem = column.problem == null ? null : column.problem.apply(text);
		if (problem != null) {
			setStatus(column.title + ": " + problem);
			return false;
		}
		setStatus("");
		return execute(column.typed.apply(row, text));
	}

	/**
	 * Applies a choice as if picked in a cell.
	 *
	 * @return whether the model changed
	 */
	public boolean choose(T row, RowColumn<T> column, Object choice) {
		setStatus("");
		return execute(column.chosen.apply(row, choice));
	}

	/**
	 * Runs a command on the editing domain's stack.
	 *
	 * @return whether it ran
	 */
	public boolean execute(Command command) {
		if (command == null || !command.canExecute()) {
			return false;
		}
		domain.getCommandStack().execute(command);
		return true;
	}

	/** Selects a row, shows it, and starts editing one of its cells when the table is on screen. */
	public void editRow(T row, RowColumn<T> column) {
		refresh();
		viewer.setSelection(new StructuredSelection(row), true);
		if (viewer.getTable().isVisible() && columns.contains(column)) {
			viewer.editElement(row, columns.indexOf(column));
		}
	}

	private void createColumn(RowColumn<T> column) {
		TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.LEFT);
		TableColumn tableColumn = viewerColumn.getColumn();
		tableColumn.setText(column.title);
		tableColumn.setWidth(column.width);
		tableColumn.setMoveable(true);
		viewerColumn.setLabelProvider(new ColumnLabelProvider() {
			@SuppressWarnings("unchecked")
			@Override
			public String getText(Object element) {
				return column.text.apply((T) element);
			}
		});
		if (column.isTyped() || column.isChosen()) {
			viewerColumn.setEditingSupport(new CellEditing(column));
		}
	}

	/** Hands the viewer the object of each row as it comes on screen. */
	private final class RowProvider implements ILazyContentProvider {
		@Override
		public void updateElement(int index) {
			if (index < rows.size()) {
				viewer.replace(rows.get(index), index);
			}
		}

		@Override
		public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
			// rows are read by refresh()
		}
	}

	/** Edits one column: text, or a choice from a list. */
	private final class CellEditing extends EditingSupport {
		private final RowColumn<T> column;
		private List<?> choices = List.of();

		CellEditing(RowColumn<T> column) {
			super(viewer);
			this.column = column;
		}

		@SuppressWarnings("unchecked")
		@Override
		protected CellEditor getCellEditor(Object element) {
			Table table = viewer.getTable();
			if (column.isChosen()) {
				choices = column.choices.apply((T) element);
				return new ComboBoxCellEditor(table, choices.stream().map(column.choiceText).toArray(String[]::new),
						SWT.READ_ONLY);
			}
			TextCellEditor editor = new TextCellEditor(table);
			if (column.problem != null) {
				editor.setValidator(value -> column.problem.apply((String) value));
			}
			editor.addListener(new ICellEditorListener() {
				@Override
				public void editorValueChanged(boolean oldValidState, boolean newValidState) {
					String error = editor.getErrorMessage();
					setStatus(error == null ? "" : column.title + ": " + error);
				}

				@Override
				public void cancelEditor() {
					setStatus("");
				}

				@Override
				public void applyEditorValue() {
					// applied by setValue
				}
			});
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@SuppressWarnings("unchecked")
		@Override
		protected Object getValue(Object element) {
			if (column.isChosen()) {
				return choices.indexOf(column.current.apply((T) element));
			}
			return column.editText.apply((T) element);
		}

		@SuppressWarnings("unchecked")
		@Override
		protected void setValue(Object element, Object value) {
			if (column.isChosen()) {
				int index = (Integer) value;
				if (index >= 0 && index < choices.size()) {
					choose((T) element, column, choices.get(index));
				}
				return;
			}
			if (value != null) {
				edit((T) element, column, (String) value);
			}
		}
	}
}
