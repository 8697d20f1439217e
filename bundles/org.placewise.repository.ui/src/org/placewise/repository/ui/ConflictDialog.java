package org.placewise.repository.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.custom.TableEditor;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.store.repository.Conflict;
import org.placewise.store.repository.Resolution;

/**
 * Another user committed a different value for something you changed: one row per value with the object, the value's
 * name, yours, theirs and who made theirs, and in the last column what to keep (Mine or Theirs), per value or for all
 * at once. Commit applies the choices and commits; Cancel commits nothing and keeps every edit.
 */
public final class ConflictDialog extends TitleAreaDialog {

	private static final String MINE = "Mine";
	private static final String THEIRS = "Theirs";

	private final List<Conflict> conflicts;
	private final Map<String, EObject> byId;
	private final Map<Conflict, Resolution> choices = new LinkedHashMap<>();
	private final CCombo[] keep;

	/**
	 * @param parent    the parent shell
	 * @param conflicts the conflicting values
	 * @param byId      the model's objects by id, to name objects and referenced values
	 */
	public ConflictDialog(Shell parent, List<Conflict> conflicts, Map<String, EObject> byId) {
		super(parent);
		this.conflicts = List.copyOf(conflicts);
		this.byId = byId;
		this.keep = new CCombo[conflicts.size()];
		conflicts.forEach(conflict -> choices.put(conflict, Resolution.KEEP_MINE));
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	/**
	 * Asks the user in this dialog.
	 *
	 * @return the choice for each conflict, or {@code null} when cancelled
	 */
	static Map<Conflict, Resolution> choose(Shell shell, List<Conflict> conflicts, Map<String, EObject> byId) {
		ConflictDialog dialog = new ConflictDialog(shell, conflicts, byId);
		return dialog.open() == Window.OK ? dialog.choices() : null;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Conflicting changes");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(PlacewiseLabels.count(conflicts.size(), "value was", "values were")
				+ " changed by someone else since you opened the model");
		setMessage("Choose what to keep for each. Nothing is lost: values you do not keep stay in the history "
				+ "(theirs) or in the commit comment (yours).");
		Composite body = new Composite(area, SWT.NONE);
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		body.setLayout(new GridLayout(1, false));
		Table table = new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
		tableData.heightHint = 200;
		tableData.widthHint = 920;
		table.setLayoutData(tableData);
		String[] headings = { "Object", "Value", "Yours", "Theirs", "Committed by", "Keep" };
		int[] widths = { 260, 140, 150, 150, 110, 100 };
		for (int i = 0; i < headings.length; i++) {
			TableColumn column = new TableColumn(table, SWT.NONE);
			column.setText(headings[i]);
			column.setWidth(widths[i]);
		}
		for (int row = 0; row < conflicts.size(); row++) {
			Conflict conflict = conflicts.get(row);
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { object(conflict, byId), feature(conflict, byId), mine(conflict, byId),
					theirs(conflict, byId), conflict.theirUser(), "" });
			CCombo combo = new CCombo(table, SWT.READ_ONLY | SWT.FLAT);
			combo.setItems(new String[] { MINE, THEIRS });
			combo.select(0);
			int index = row;
			combo.addListener(SWT.Selection, e -> choose(index,
					combo.getSelectionIndex() == 1 ? Resolution.TAKE_THEIRS : Resolution.KEEP_MINE));
			TableEditor editor = new TableEditor(table);
			editor.grabHorizontal = true;
			editor.setEditor(combo, item, 5);
			keep[row] = combo;
		}
		Composite all = new Composite(body, SWT.NONE);
		all.setLayout(new GridLayout(2, true));
		Button mine = new Button(all, SWT.PUSH);
		mine.setText("Keep all &mine");
		mine.addListener(SWT.Selection, e -> chooseAll(Resolution.KEEP_MINE));
		Button theirs = new Button(all, SWT.PUSH);
		theirs.setText("Take all &theirs");
		theirs.addListener(SWT.Selection, e -> chooseAll(Resolution.TAKE_THEIRS));
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Commit", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	/**
	 * Chooses for one value, as its Keep column does.
	 *
	 * @param row        the row
	 * @param resolution keep mine or take theirs
	 */
	public void choose(int row, Resolution resolution) {
		choices.put(conflicts.get(row), resolution);
		if (keep[row] != null && !keep[row].isDisposed()) {
			keep[row].select(resolution == Resolution.TAKE_THEIRS ? 1 : 0);
		}
	}

	/** @param resolution keep mine or take theirs, for every value */
	public void chooseAll(Resolution resolution) {
		for (int row = 0; row < conflicts.size(); row++) {
			choose(row, resolution);
		}
	}

	/** @return the choice for each conflict */
	public Map<Conflict, Resolution> choices() {
		return Map.copyOf(choices);
	}

	/** @return the rows as shown: object, value, yours, theirs, committed by */
	public List<List<String>> rows() {
		return conflicts.stream().map(c -> List.of(object(c, byId), feature(c, byId), mine(c, byId), theirs(c, byId),
				c.theirUser())).toList();
	}

	/** Presses Commit, as the user would. */
	public void pressCommit() {
		buttonPressed(IDialogConstants.OK_ID);
	}

	static String object(Conflict conflict, Map<String, EObject> byId) {
		EObject object = byId.get(conflict.objectId());
		return object != null ? PlacewiseLabels.text(object) : conflict.object();
	}

	static String feature(Conflict conflict, Map<String, EObject> byId) {
		if (conflict.feature() == null) {
			return "(the whole object)";
		}
		EStructuralFeature feature = featureOf(conflict, byId);
		return feature != null ? Words.feature(feature) : conflict.feature();
	}

	static String mine(Conflict conflict, Map<String, EObject> byId) {
		return conflict.feature() == null ? "changed" : Words.value(featureOf(conflict, byId), conflict.mine(), byId);
	}

	static String theirs(Conflict conflict, Map<String, EObject> byId) {
		return conflict.feature() == null ? "removed"
				: Words.value(featureOf(conflict, byId), conflict.theirs(), byId);
	}

	private static EStructuralFeature featureOf(Conflict conflict, Map<String, EObject> byId) {
		EObject object = byId.get(conflict.objectId());
		return object == null || conflict.feature() == null ? null
				: object.eClass().getEStructuralFeature(conflict.feature());
	}
}
